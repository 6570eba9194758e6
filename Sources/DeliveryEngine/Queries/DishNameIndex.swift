import DeliveryDomain
import GRDB
import Synchronization

/// Every store's dish names, folded for search, kept while the menus stay as they are.
///
/// A customer's store search runs on every key typed, and matching a dish needs every menu's
/// names: reading each `rm_menu` row and folding each name again at every key made a search's
/// cost grow with the whole catalogue. Menus change seldom (an owner's edit, a dish sold out), so
/// the names are read once and kept until ``MenuRevision`` moves on; a search then reads one row.
final class DishNameIndex: Sendable {
    private struct Kept {
        var revision: Int64 = -1
        var byStore: [String: [SearchableName]] = [:]
        var loads = 0
    }

    private let kept = Mutex(Kept())

    /// How many times the names were read from the menus (for tests).
    var loads: Int { kept.withLock { $0.loads } }

    /// Each store's dish names in menu order, as of the read transaction `db` is in.
    func names(_ db: Database) throws -> [String: [SearchableName]] {
        let revision = try MenuRevision.current(db)
        if let byStore = kept.withLock({ $0.revision == revision ? $0.byStore : nil }) { return byStore }
        var byStore: [String: [SearchableName]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT store_id, name FROM rm_menu ORDER BY seq")
        while let row = try rows.next() {
            byStore[row[0] as String, default: []].append(SearchableName(row[1] as String))
        }
        kept.withLock { kept in
            // Two searches may load at once; the newer menus win.
            guard revision >= kept.revision else { return }
            kept.revision = revision
            kept.byStore = byStore
            kept.loads += 1
        }
        return byStore
    }
}
