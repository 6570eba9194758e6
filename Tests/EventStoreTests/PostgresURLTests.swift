import PostgresEventStore
import Testing

/// `--db` and `BAEDAL_DB` take these URLs; every mistake gets a message naming the part that is
/// wrong, and the password shows up nowhere.
@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test func tcpFormWithEverything() throws {
        let url = try PostgresURL(parsing: "postgres://baedal:s3cret@db.example.com:6543/delivery")
        #expect(url.endpoint == .tcp(host: "db.example.com", port: 6543))
        #expect(url.user == "baedal")
        #expect(url.password == "s3cret")
        #expect(url.database == "delivery")
        #expect(url.schema == "public")
        #expect(url.tls == .prefer)
    }

    @Test func tcpFormWithDefaults() throws {
        let url = try PostgresURL(parsing: "postgresql://baedal@localhost/delivery")
        #expect(url.endpoint == .tcp(host: "localhost", port: 5432))
        #expect(url.password == nil)
    }

    @Test func unixSocketForm() throws {
        let url = try PostgresURL(parsing: "postgres:///baedal_test?host=/tmp/baedal-pg.abc123&user=baedal")
        #expect(url.endpoint == .unixSocket(directory: "/tmp/baedal-pg.abc123", port: 5432))
        #expect(url.user == "baedal")
        #expect(url.database == "baedal_test")
    }

    @Test func parametersForPortSchemaAndTLS() throws {
        let url = try PostgresURL(parsing: "postgres:///baedal?host=/run/postgresql&user=app&port=5433&schema=town_2")
        #expect(url.endpoint == .unixSocket(directory: "/run/postgresql", port: 5433))
        #expect(url.schema == "town_2")
        let tls = try PostgresURL(parsing: "postgres://app@db/baedal?sslmode=require")
        #expect(tls.tls == .require)
    }

    @Test func percentEncodedPartsAreDecoded() throws {
        let url = try PostgresURL(parsing: "postgres://%EB%B0%B0%EB%8B%AC:p%40ss%3Aw%2Frd@db/%EB%B0%B0%EB%8B%AC")
        #expect(url.user == "배달")
        #expect(url.password == "p@ss:w/rd")
        #expect(url.database == "배달")
    }

    @Test func ipv6Host() throws {
        let url = try PostgresURL(parsing: "postgres://baedal@[::1]:5433/baedal")
        #expect(url.endpoint == .tcp(host: "::1", port: 5433))
        #expect(url.description == "postgres://baedal@[::1]:5433/baedal")
    }

    @Test func descriptionNeverShowsThePassword() throws {
        let tcp = try PostgresURL(parsing: "postgres://baedal:hunter2@db:5433/delivery")
        #expect(tcp.description == "postgres://baedal:***@db:5433/delivery")
        let socket = try PostgresURL(parsing: "postgres:///delivery?host=/run/pg&user=baedal&password=hunter2")
        #expect(socket.description == "postgres:///delivery?host=/run/pg&user=baedal&password=***")
        var dumped = ""
        dump(tcp, to: &dumped)
        for shown in ["\(tcp)", "\(socket)", String(reflecting: tcp), dumped, "\([tcp])"] {
            #expect(!shown.contains("hunter2"), "\(shown)")
        }
    }

    @Test func descriptionReadsBackAsTheSameURL() throws {
        for text in [
            "postgres://baedal@db/delivery", "postgres://baedal@db:6000/delivery?schema=town_2&sslmode=disable",
            "postgres:///delivery?host=/run/pg&user=baedal&port=5433",
        ] {
            let url = try PostgresURL(parsing: text)
            #expect(try PostgresURL(parsing: url.description) == url, "\(text)")
        }
    }

    @Test(arguments: [
        ("baedal.sqlite", PostgresURLError.notAPostgresURL),
        ("mysql://baedal@db/delivery", .notAPostgresURL),
        ("postgres:///delivery?user=baedal", .missingHost),
        ("postgres://db/delivery", .missingUser),
        ("postgres:///delivery?host=/run/pg", .missingUser),
        ("postgres://baedal@db", .missingDatabase),
        ("postgres://baedal@db/", .missingDatabase),
        ("postgres://baedal@db/a/b", .databaseWithSlash),
        ("postgres://baedal@db:0/delivery", .invalidPort("0")),
        ("postgres:///delivery?host=/run/pg&user=baedal&port=99999", .invalidPort("99999")),
        ("postgres://baedal@db/delivery?sslmod=require", .unknownParameter("sslmod")),
        ("postgres://baedal@db/delivery?user=other", .repeatedParameter("user")),
        ("postgres://baedal@db/delivery?host=/run/pg", .repeatedParameter("host")),
        ("postgres://baedal@db/delivery?sslmode=verify-full", .unknownTLSMode("verify-full")),
        ("postgres://baedal@db/delivery?schema=Town", .invalidSchema("Town")),
        ("postgres://baedal@db/delivery?schema=1town", .invalidSchema("1town")),
    ])
    func mistakesAreNamed(_ text: String, _ expected: PostgresURLError) {
        #expect(throws: expected) { try PostgresURL(parsing: text) }
    }

    @Test func errorMessagesNeverRepeatTheURL() {
        let withPassword = "postgres://baedal:hunter2@db/delivery?sslmode=bogus"
        do {
            _ = try PostgresURL(parsing: withPassword)
            Issue.record("the URL was accepted")
        } catch {
            #expect(!error.description.contains("hunter2"))
            #expect(error.description.contains("sslmode 'bogus'"))
        }
    }

    @Test func theShortNameIsTheDatabaseWithAnyOtherSchema() throws {
        #expect(try PostgresURL(parsing: "postgres://baedal:secret@db.example:5432/orders").shortName == "pg:orders")
        #expect(try PostgresURL(parsing: "postgres:///orders?host=/run/postgresql&user=baedal").shortName == "pg:orders")
        #expect(try PostgresURL(parsing: "postgres://baedal@db/orders?schema=town2").shortName == "pg:orders.town2")
    }

    @Test func looksLikePostgresURLTellsURLsFromPaths() {
        #expect(PostgresURL.looksLikePostgresURL("postgres://baedal@db/delivery"))
        #expect(PostgresURL.looksLikePostgresURL("postgresql:///delivery?host=/tmp&user=baedal"))
        #expect(!PostgresURL.looksLikePostgresURL("/var/lib/baedal/baedal.sqlite"))
        #expect(!PostgresURL.looksLikePostgresURL("postgres.sqlite"))
    }
}
