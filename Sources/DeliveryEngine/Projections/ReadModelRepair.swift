import Foundation
import GRDB
import Synchronization

/// The read models are only a cache of the log. When one of their tables turns out damaged
/// (dropped, altered, or failing with a schema or corruption error), the engine does not show
/// the SQL error: it drops every read model, rebuilds them from the log (the truth) and says so
/// once, in a notice.
///
/// Damage is looked for in two ways: the first catch-up of a process compares the shape of the
/// file's `rm_` tables and indexes with the shape this build creates, and any read or projection
/// that fails with such an error triggers a rebuild and one retry.
final class ReadModelRepair: Sendable {
    private struct State {
        var shapeChecked = false
        /// The secondary indexes are away (``DeferredIndexes``) and this process builds them
        /// at its next catch-up.
        var indexesOwed = false
        var notices: [String] = []
    }

    private let state = Mutex(State())
    /// Where a notice goes as well as into `notices`: standard error by default, so a script's
    /// or a command's user sees it once.
    let announce: @Sendable (String) -> Void

    init(announce: @escaping @Sendable (String) -> Void = ReadModelRepair.printToStandardError) {
        self.announce = announce
    }

    /// The notices of the rebuilds this process made, oldest first.
    var notices: [String] { state.withLock { $0.notices } }

    /// True once: the first catch-up of the process checks the tables' shape.
    func claimShapeCheck() -> Bool {
        state.withLock { state in
            defer { state.shapeChecked = true }
            return !state.shapeChecked
        }
    }

    func oweIndexes() { state.withLock { $0.indexesOwed = true } }

    /// True once after ``oweIndexes()``: the caller builds them.
    func takeIndexesOwed() -> Bool {
        state.withLock { state in
            defer { state.indexesOwed = false }
            return state.indexesOwed
        }
    }

    func record(cause: String, replayed: Int) {
        let notice =
            "The read models were damaged (\(cause)), so baedal rebuilt them from the event log "
            + "(\(replayed) events replayed). The log itself is intact: nothing was lost."
        state.withLock { $0.notices.append(notice) }
        announce(notice)
    }

    static func printToStandardError(_ notice: String) {
        FileHandle.standardError.write(Data("baedal: \(notice)\n".utf8))
    }

    /// True for the errors a damaged read-model table produces: a missing table or column, a
    /// table whose shape no longer fits the projection's statements, corruption, a row GRDB
    /// cannot decode. Busy, full-disk and other I/O errors are not damage: rebuilding would
    /// not help.
    static func isDamage(_ error: any Error) -> Bool {
        if error is RowDecodingError { return true }
        guard let error = error as? DatabaseError else { return false }
        let touchesReadModels = (error.sql ?? error.message ?? "").contains("rm_")
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_MISMATCH:
            return true
        case .SQLITE_ERROR, .SQLITE_CONSTRAINT:
            return touchesReadModels
        default:
            return false
        }
    }

    /// What went wrong, in SQLite's words but without the SQL statement.
    static func cause(of error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return "\(error)"
    }
}

extension ReadModelSchema {
    /// The `rm_` tables and indexes as this build creates them (their `CREATE` statements).
    static let expectedShape: [String: String] = {
        do {
            let queue = try DatabaseQueue()
            return try queue.write { db in
                try create(db)
                return try shape(db)
            }
        } catch {
            return [:]
        }
    }()

    static func shape(_ db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, sql FROM sqlite_master
                WHERE substr(name, 1, 3) = 'rm_' AND name != 'rm_meta' AND sql IS NOT NULL
                """)
        return Dictionary(
            rows.map { ("\($0["type"] as String) \($0["name"] as String)", $0["sql"] as String) },
            uniquingKeysWith: { first, _ in first })
    }

    /// A description of how the file's read-model tables differ from this build's, or nil when
    /// they match. Extra `rm_` objects are not damage: they are left alone.
    static func damage(_ db: Database) throws -> String? {
        let found = try shape(db)
        let expected = expectedShape
        // Tables before indexes: a dropped table takes its indexes with it, and is the news.
        let names = expected.keys.sorted { first, second in
            let firstIsTable = first.hasPrefix("table "), secondIsTable = second.hasPrefix("table ")
            return firstIsTable != secondIsTable ? firstIsTable : first < second
        }
        // Secondary indexes a rebuild has put off are owed, not damaged.
        let deferred = try DeferredIndexes.areDeferred(db)
        let owed = { (name: String) in deferred && found[name] == nil && DeferredIndexes.isSecondary(shapeKey: name) }
        if let missing = names.first(where: { found[$0] == nil && !owed($0) }) { return "\(missing) is missing" }
        if let changed = names.first(where: { found[$0] != expected[$0] && !owed($0) }) { return "\(changed) has been altered" }
        return nil
    }

    /// Drops every read model and creates them empty, with the checkpoint at 0.
    static func recreate(_ db: Database) throws {
        let created = expectedShape.keys.filter { $0.hasPrefix("table ") }.map { String($0.dropFirst("table ".count)) }
        for table in Set(tables + created) { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
        try create(db)
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS rm_meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL)")
        try db.execute(sql: "INSERT OR REPLACE INTO rm_meta(key, value) VALUES ('schema', ?)", arguments: [version])
    }
}

extension DeliveryEngine {
    /// Notices of read-model rebuilds this engine made (see ``ReadModelRepair``), for a screen
    /// or a script to show; each was also printed once on standard error.
    public var readModelNotices: [String] { projector.repair.notices }

    /// Brings the read models up to date and runs `body` on them; if they turn out damaged,
    /// rebuilds them from the log and runs it once more.
    ///
    /// `askingTheLog`: catch up from the log even when this process has heard of nothing new
    /// (``ReadTrust``), for a decision that must see the log's head itself.
    func readRepairing<T: Sendable>(
        askingTheLog: Bool = false, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        if askingTheLog { try await projector.catchUp() } else { try await projector.catchUpForRead() }
        do {
            return try await pool.read(body)
        } catch  where ReadModelRepair.isDamage(error) {
            try await projector.rebuild(because: ReadModelRepair.cause(of: error))
            return try await pool.read(body)
        }
    }
}
