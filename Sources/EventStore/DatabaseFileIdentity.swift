import Foundation
import GRDB

/// What a database file turns out to be when baedal opens it.
package enum DatabaseFileIdentity: Equatable {
    /// No file, an empty file, or an SQLite database with nothing in it: baedal may make it a log.
    case fresh
    /// A baedal database, holding the log in the shape `schemaVersion`.
    case baedal(schemaVersion: Int)
    /// Another program's database: never to be written.
    case foreign

    static func read(_ db: Database) throws -> DatabaseFileIdentity {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if applicationID == EventLogSchema.applicationID {
            return .baedal(schemaVersion: userVersion)
        }
        let schemaObjects = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
        if applicationID == 0 && userVersion == 0 && schemaObjects == 0 {
            return .fresh
        }
        return .foreign
    }

    /// Looks at an existing file without changing it, before the pool opens it.
    ///
    /// Opening a `DatabasePool` already writes to the file (it switches it to WAL mode and
    /// touches the WAL), so a foreign or newer file must be recognised with a plain connection
    /// that only reads.
    static func checkBeforeOpening(path: String, options: SQLiteEventStore.Options) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw EventStoreError.unreadable(path: path, reason: "it is a directory, not a file")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: options.poolConfiguration)
            let identity = try queue.read { try read($0) }
            try queue.close()
            switch identity {
            case .fresh: return
            case .baedal(let schemaVersion): try EventLogSchema.checkReadable(schemaVersion: schemaVersion, path: path)
            case .foreign: throw EventStoreError.notABaedalDatabase(path: path)
            }
        } catch {
            throw openingFailure(error, path: path)
        }
    }

    /// Translates what SQLite says about a file it could not use into words about the file.
    package static func openingFailure(_ error: any Error, path: String) -> EventStoreError {
        if let refusal = error as? EventStoreError { return refusal }
        if DiskSpace.isDiskFull(error, path: path) { return .diskFull(path: path) }
        guard let databaseError = error as? DatabaseError else {
            return .unreadable(path: path, reason: "\(error)")
        }
        switch databaseError.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notABaedalDatabase(path: path)
        default:
            return .unreadable(path: path, reason: databaseError.message ?? "SQLite error \(databaseError.resultCode.rawValue)")
        }
    }
}
