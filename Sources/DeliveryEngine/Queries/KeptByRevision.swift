import GRDB
import Synchronization

/// Something made from a read model (names folded for search, rows decoded), kept while the read
/// model stays as it is.
///
/// A customer's store search runs on every key typed: reading every store and menu row and
/// folding every name again at each key made a search's cost grow with the whole catalogue.
/// Stores and menus change seldom, so what a search needs is made once and kept until the read
/// model's ``ReadModelRevision`` moves on; a search then reads one row to know.
final class KeptByRevision<Value: Sendable>: Sendable {
    private struct Kept {
        var revision: Int64 = -1
        var value: Value?
        var loads = 0
    }

    private let revision: ReadModelRevision
    private let load: @Sendable (Database) throws -> Value
    private let kept = Mutex(Kept())

    init(_ revision: ReadModelRevision, load: @escaping @Sendable (Database) throws -> Value) {
        self.revision = revision
        self.load = load
    }

    /// How many times the value was made from the read model (for tests).
    var loads: Int { kept.withLock { $0.loads } }

    /// The value as of the read transaction `db` is in.
    func value(_ db: Database) throws -> Value {
        let current = try revision.current(db)
        if let value = kept.withLock({ $0.revision == current ? $0.value : nil }) { return value }
        let value = try load(db)
        kept.withLock { kept in
            // Two readers may load at once; the newer rows win.
            guard current >= kept.revision else { return }
            kept.revision = current
            kept.value = value
            kept.loads += 1
        }
        return value
    }
}
