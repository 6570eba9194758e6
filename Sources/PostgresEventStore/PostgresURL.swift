import Foundation

/// Where a PostgreSQL database is and who connects to it, read from a URL.
///
/// Two forms, as libpq writes them:
///
///     postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE          TCP (port 5432 unless given)
///     postgres:///DATABASE?host=/socket/dir&user=USER          the Unix socket in /socket/dir
///
/// `postgresql://` works as well. The query may also carry `port=`, `password=`, `user=`,
/// `sslmode=disable|prefer|require` (TCP only; `prefer` unless given) and `schema=NAME`, the
/// PostgreSQL schema that holds baedal's tables (`public` unless given), so that several logs can
/// share one database. User, password and database are percent-decoded.
///
/// The password is never shown: ``description`` prints `***` in its place, so the value may be
/// logged or put in an error message.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// How the client reaches the server.
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The folder holding the server's socket; the socket itself is `.s.PGSQL.<port>` in it.
        case unixSocket(directory: String, port: Int)
    }

    /// Whether a TCP connection is encrypted. Unix sockets never are: they do not leave the machine.
    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    /// The schema holding the log's tables; created on first use if missing.
    public var schema: String
    public var tls: TLSMode

    public init(
        endpoint: Endpoint, user: String, password: String? = nil, database: String, schema: String = "public",
        tls: TLSMode = .prefer
    ) {
        self.endpoint = endpoint
        self.user = user
        self.password = password
        self.database = database
        self.schema = schema
        self.tls = tls
    }

    /// Whether `text` is meant as a PostgreSQL URL rather than a file path.
    public static func looksLikePostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL in either form.
    ///
    /// - Throws: ``PostgresURLError`` saying which part is wrong. The message never repeats the
    ///   URL itself, since it may hold a password.
    public init(parsing text: String) throws(PostgresURLError) {
        guard Self.looksLikePostgresURL(text) else { throw .notAPostgresURL }
        guard let components = URLComponents(string: text) else { throw .malformed }

        var query: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard Self.knownParameters.contains(item.name) else { throw .unknownParameter(item.name) }
            guard query[item.name] == nil else { throw .repeatedParameter(item.name) }
            query[item.name] = item.value ?? ""
        }

        let port: Int
        if let portText = query["port"] {
            guard components.port == nil else { throw .repeatedParameter("port") }
            port = try Self.port(portText)
        } else if let given = components.port {
            port = try Self.port(String(given))
        } else {
            port = 5432
        }

        let authorityHost = components.host.flatMap { $0.isEmpty ? nil : $0 }
        let endpoint: Endpoint
        switch (authorityHost, query["host"]) {
        case (let host?, nil):
            endpoint = .tcp(host: Self.withoutBrackets(host), port: port)
        case (nil, let host?) where host.hasPrefix("/"):
            endpoint = .unixSocket(directory: host, port: port)
        case (nil, let host?) where !host.isEmpty:
            endpoint = .tcp(host: host, port: port)
        case (nil, _):
            throw .missingHost
        case (.some, .some):
            throw .repeatedParameter("host")
        }

        let authorityUser = components.percentEncodedUser.map(Self.decoded)
        if authorityUser != nil, query["user"] != nil { throw .repeatedParameter("user") }
        guard let user = authorityUser ?? query["user"], !user.isEmpty else { throw .missingUser }

        let authorityPassword = components.percentEncodedPassword.map(Self.decoded)
        if authorityPassword != nil, query["password"] != nil { throw .repeatedParameter("password") }

        var path = Self.decoded(components.percentEncodedPath)
        if path.hasPrefix("/") { path.removeFirst() }
        guard !path.isEmpty else { throw .missingDatabase }
        guard !path.contains("/") else { throw .databaseWithSlash }

        let schema = query["schema"] ?? "public"
        guard Self.isPlainIdentifier(schema) else { throw .invalidSchema(schema) }

        let tls: TLSMode
        if let mode = query["sslmode"] {
            guard let known = TLSMode(rawValue: mode) else { throw .unknownTLSMode(mode) }
            tls = known
        } else {
            tls = .prefer
        }

        self.init(
            endpoint: endpoint, user: user, password: authorityPassword ?? query["password"], database: path, schema: schema,
            tls: tls)
    }

    /// The URL with the password replaced by `***`; safe to print.
    public var description: String {
        let credentials = Self.encoded(user) + (password == nil ? "" : ":***")
        var parameters: [String] = []
        let location: String
        switch endpoint {
        case let .tcp(host, port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            location = "\(credentials)@\(shownHost)" + (port == 5432 ? "" : ":\(port)")
        case let .unixSocket(directory, port):
            location = ""
            parameters.append("host=\(directory)")
            parameters.append("user=\(Self.encoded(user))")
            if password != nil { parameters.append("password=***") }
            if port != 5432 { parameters.append("port=\(port)") }
        }
        if schema != "public" { parameters.append("schema=\(schema)") }
        if case .tcp = endpoint, tls != .prefer { parameters.append("sslmode=\(tls.rawValue)") }
        return "postgres://\(location)/\(Self.encoded(database))" + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }

    public var debugDescription: String { description }

    /// A name short enough for a session's title bar: `pg:DATABASE`, with `.SCHEMA` when the log
    /// is not in `public` (two logs in one database must not look alike).
    public var shortName: String {
        "pg:" + database + (schema == "public" ? "" : ".\(schema)")
    }

    /// `dump` and the debugger show the parts, with the password as `***`.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "endpoint": endpoint, "user": user, "password": password == nil ? "nil" : "***", "database": database,
                "schema": schema, "tls": tls,
            ])
    }

    private static let knownParameters: Set<String> = ["host", "port", "user", "password", "sslmode", "schema"]

    private static func port(_ text: String) throws(PostgresURLError) -> Int {
        guard let port = Int(text), (1...65_535).contains(port) else { throw .invalidPort(text) }
        return port
    }

    /// Lower-case letters, digits and underscores, not starting with a digit: a name that reads
    /// the same quoted or not, so `search_path` and `\dn` agree about it.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63 else { return false }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789_")
        return !CharacterSet.decimalDigits.contains(first) && name.unicodeScalars.allSatisfy(allowed.contains)
    }

    private static func withoutBrackets(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    private static func decoded(_ text: String) -> String {
        text.removingPercentEncoding ?? text
    }

    private static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.urlUserAllowed
        allowed.remove(charactersIn: ":@/?#[]&=")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// Why a text is not a PostgreSQL URL baedal can use. Never repeats the URL: it may hold a password.
public enum PostgresURLError: Error, Equatable, CustomStringConvertible {
    case notAPostgresURL
    case malformed
    case missingHost
    case missingUser
    case missingDatabase
    case databaseWithSlash
    case invalidPort(String)
    case unknownParameter(String)
    case repeatedParameter(String)
    case unknownTLSMode(String)
    case invalidSchema(String)

    private static let forms =
        "Write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, or postgres:///DATABASE?host=/socket/dir&user=USER for a Unix socket."

    public var description: String {
        switch self {
        case .notAPostgresURL:
            return "A PostgreSQL URL starts with postgres:// or postgresql://. " + Self.forms
        case .malformed:
            return "The PostgreSQL URL cannot be read as a URL (a password with @, / or : in it must be percent-encoded). "
                + Self.forms
        case .missingHost:
            return "The PostgreSQL URL names no server: put HOST after the @, or add ?host=/socket/dir for a Unix socket. "
                + Self.forms
        case .missingUser:
            return "The PostgreSQL URL names no user: put USER@ before the host, or add &user=USER. " + Self.forms
        case .missingDatabase:
            return "The PostgreSQL URL names no database: put /DATABASE after the host. " + Self.forms
        case .databaseWithSlash:
            return "The PostgreSQL URL's database name holds a '/': the path is the database alone, as in /baedal. "
                + Self.forms
        case .invalidPort(let port):
            return "The PostgreSQL URL's port '\(port)' is not a number from 1 to 65535."
        case .unknownParameter(let name):
            return "The PostgreSQL URL has a parameter '\(name)' that baedal does not know. "
                + "It knows host, port, user, password, sslmode and schema."
        case .repeatedParameter(let name):
            return "The PostgreSQL URL gives '\(name)' twice (in the address and as ?\(name)=, or twice as a parameter). Keep one."
        case .unknownTLSMode(let mode):
            return "The PostgreSQL URL's sslmode '\(mode)' is not one baedal knows: use disable, prefer or require."
        case .invalidSchema(let schema):
            return "The PostgreSQL URL's schema '\(schema)' is not a plain name: use lower-case letters, digits and "
                + "underscores, not starting with a digit, at most 63 of them."
        }
    }
}
