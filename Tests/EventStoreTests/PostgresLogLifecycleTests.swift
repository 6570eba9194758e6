import EventStore
import Foundation
import PostgresEventStore
import Testing

/// Opening a log on PostgreSQL: created on first use, kept on the next, refused when it is
/// someone else's or newer, and closed for good.
@Suite(
    "PostgreSQL log: creation, identity and lifecycle",
    .enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipNote)
)
struct PostgresLogLifecycleTests {
    @Test func aLogIsCreatedOnFirstUseAndKeptOnTheNext() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let first = try await scratch.openStore(url)
            let written = try await first.append(Sample.append("order-1", .noStream, Sample.events(2)))
            await first.close()

            let again = try await scratch.openStore(url)
            #expect(try await again.headPosition() == written.lastPosition)
            #expect(try await again.readStream("order-1", fromVersion: 1).count == 2)
        }
    }

    @Test func processesOpeningOneFreshSchemaAtOnceCreateOneLog() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let stores = try await withThrowingTaskGroup(of: PostgresEventStore.self) { group in
                for _ in 0..<4 { group.addTask { try await scratch.openStore(url) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for (index, store) in stores.enumerated() {
                _ = try await store.append(Sample.append("order-1", .exactly(index), Sample.events(1)))
            }
            #expect(try await stores[0].streamVersion("order-1") == 4)
        }
    }

    @Test func anotherProgramsSchemaIsRefusedAndLeftUntouched() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            try await scratch.execute(
                ["CREATE TABLE menus (id integer PRIMARY KEY, name text)", "INSERT INTO menus VALUES (1, '비빔밥')"], in: url)

            await #expect(throws: PostgresEventStoreError.notABaedalDatabase(url: url.description, schema: url.schema)) {
                try await scratch.openStore(url)
            }
            // Had anything been created, this would fail on the existing table.
            try await scratch.execute(
                ["CREATE TABLE events (id integer)", "DROP TABLE events", "SELECT 1 FROM menus WHERE name = '비빔밥'"], in: url)
        }
    }

    /// A connection keeps the append function's plans, made when the log was young. Found in
    /// `bench engine`: the stored-id check kept a plan that read all of `events` in every call.
    /// The function runs with scans of tables off (it only ever looks events up by index), and
    /// with JIT off, which that setting would otherwise wake at every call.
    @Test func theAppendFunctionNeverScansTheWholeLog() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            try await scratch.openStore(url).close()
            try await scratch.execute(
                [
                    """
                    DO $$ BEGIN
                        IF (SELECT count(*) FROM pg_proc p
                                WHERE p.proname IN ('append_events', 'append_events_unannounced', 'append_one', 'append_one_unannounced')
                                  AND p.pronamespace = current_schema()::regnamespace
                                  AND p.proconfig @> ARRAY['plan_cache_mode=force_generic_plan', 'enable_seqscan=off', 'jit=off']) <> 4 THEN
                            RAISE EXCEPTION 'an append function may plan a scan of the whole log';
                        END IF;
                    END $$
                    """
                ], in: url)
        }
    }

    @Test func aLogFromANewerBaedalIsRefused() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            try await scratch.openStore(url).close()
            try await scratch.execute(["UPDATE baedal_schema SET version = 2"], in: url)

            let refusal = PostgresEventStoreError.newerSchema(url: url.description, schema: url.schema, found: 2, supported: 1)
            await #expect(throws: refusal) { try await scratch.openStore(url) }
            #expect(refusal.description.contains("newer baedal"))
        }
    }

    @Test func aMissingDatabaseIsNamedWithoutThePassword() async throws {
        var url = try PostgresURL(parsing: PostgresTestServer.urlText)
        url.database = "baedal_no_such_database"
        url.password = "hunter2"
        do {
            _ = try await PostgresEventStore.connect(to: url)
            Issue.record("connected to a database that does not exist")
        } catch let error as PostgresEventStoreError {
            guard case .cannotConnect(_, let reason) = error else {
                Issue.record("expected cannotConnect, got \(error)")
                return
            }
            #expect(reason.contains("baedal_no_such_database"))
            #expect(error.description.contains("baedal_no_such_database"))
            #expect(!error.description.contains("hunter2"))
        }
    }

    @Test func aClosedStoreSaysSo() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let store = try await scratch.makeStore()
            _ = try await store.headPosition()
            await store.close()
            await #expect(throws: PostgresEventStoreError.closed) { try await store.headPosition() }
            await #expect(throws: PostgresEventStoreError.closed) {
                try await store.append(Sample.append("order-1", .any, Sample.events(1)))
            }
        }
    }

    /// The wake-up later sessions listen for: one notification per writing append, carrying the
    /// new head; none for a refused append.
    @Test func aWritingAppendNotifiesTheNewHead() async throws {
        try await PostgresTestServer.withScratch { scratch in
            let url = scratch.freshURL()
            let store = try await scratch.openStore(url)
            let heads = try await PostgresNotifications.collect(from: url, count: 2) {
                _ = try await store.append(Sample.append("order-1", .noStream, Sample.events(2)))
                _ = try? await store.append(Sample.append("order-1", .noStream, Sample.events(1)))
                _ = try await store.append(Sample.append("order-2", .noStream, Sample.events(1)))
            }
            #expect(heads == ["2", "3"])
        }
    }
}

/// Without a server: a socket folder with no server in it.
@Suite("PostgreSQL store without a server")
struct PostgresUnreachableTests {
    @Test func anUnreachableServerIsReportedWithoutThePassword() async throws {
        let url = try PostgresURL(parsing: "postgres:///baedal?host=/nonexistent-baedal-socket-dir&user=baedal&password=hunter2")
        do {
            _ = try await PostgresEventStore.connect(to: url, options: .init(connectTimeout: .seconds(5)))
            Issue.record("connected to a server that is not there")
        } catch let error as PostgresEventStoreError {
            guard case .cannotConnect(let shown, _) = error else {
                Issue.record("expected cannotConnect, got \(error)")
                return
            }
            #expect(shown == url.description)
            #expect(error.description.contains("cannot connect"))
            #expect(!error.description.contains("hunter2"))
        }
    }
}
