import EventStore
import Foundation
import GRDB

/// Rebuilds the read models from the log alone into a scratch file and compares them, table
/// by table, with the live ones: the proof that incremental projection and a full replay agree.
public struct ReadModelAudit: Sendable {
    public struct TableResult: Sendable, Equatable {
        public let table: String
        public let liveRows: Int
        public let rebuiltRows: Int
        public let matches: Bool
    }

    public struct Report: Sendable {
        public let position: Int64
        /// Events the rebuild applied (every event up to `position`).
        public let events: Int
        public let tables: [TableResult]
        public let rebuildSeconds: Double
        public var allMatch: Bool { tables.allSatisfy(\.matches) }
        public var eventsPerSecond: Double { rebuildSeconds > 0 ? Double(events) / rebuildSeconds : 0 }
    }

    /// Every table the log alone decides, with its key. `rm_holds_to_release` is left out: the
    /// payment worker removes a hold once the processor has answered, which the log does not
    /// record, so a rebuild brings released holds back (harmlessly: releasing is idempotent).
    static let orderings: [String: String] = [
        "rm_accounts": "account_id", "rm_favourites": "account_id, store_id", "rm_stores": "store_id",
        "rm_menu": "store_id, item_id", "rm_orders": "order_id", "rm_notifications": "position",
        "rm_pending_payments": "order_id", "rm_kitchen_queue": "order_id", "rm_admissions": "order_id",
        "rm_admission_policies": "store_id",
    ]

    /// The scratch copy is thrown away when the audit ends, and only this process opens it:
    /// nothing is fsynced, there is no journal (each page goes to the file once, where a WAL
    /// wrote it twice), and its writer keeps up to 128 MiB of pages in memory, so a rebuild's
    /// index updates rarely read back what it has just written.
    static var scratchConfiguration: Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA cache_size = -131072")
        }
        return configuration
    }

    public static func run(engine: DeliveryEngine, scratchPath: String) async throws -> Report {
        let head = try await engine.store.headPosition()
        try await engine.projector.catchUp(upTo: head)
        PrivateFiles.removeDatabase(at: scratchPath)
        try PrivateFiles.prepareDatabaseFile(at: scratchPath)
        let scratch = try DatabaseQueue(path: scratchPath, configuration: scratchConfiguration)
        try await scratch.write { db in try ReadModelSchema.prepare(db) }
        let started = Date()
        let events = try await Projector(store: engine.store, pool: scratch).catchUp(upTo: head)
        let seconds = Date().timeIntervalSince(started)
        var results: [TableResult] = []
        for (table, order) in orderings.sorted(by: { $0.key < $1.key }) {
            let sql = "SELECT * FROM \(table) ORDER BY \(order)"
            let live = try await engine.pool.read { db in try Row.fetchAll(db, sql: sql) }
            let rebuilt = try await scratch.read { db in try Row.fetchAll(db, sql: sql) }
            results.append(TableResult(table: table, liveRows: live.count, rebuiltRows: rebuilt.count, matches: live == rebuilt))
        }
        try scratch.close()
        return Report(position: head, events: events, tables: results, rebuildSeconds: seconds)
    }
}
