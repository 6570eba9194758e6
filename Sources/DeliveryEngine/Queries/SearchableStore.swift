import DeliveryDomain
import GRDB

/// A store as a search looks at it: its row, and its name and category folded once.
struct SearchableStore: Sendable {
    let summary: StoreSummary
    let name: SearchableName
    let category: SearchableName

    /// Every store, in name order as SQLite compares names (byte by byte), each folded for search.
    @Sendable static func load(_ db: Database) throws -> [SearchableStore] {
        try StoreSummary.fetchAll(db, sql: "SELECT * FROM rm_stores ORDER BY name").map {
            SearchableStore(summary: $0, name: SearchableName($0.name), category: SearchableName($0.category))
        }
    }

    /// Each store's dish names in menu order, folded for search.
    @Sendable static func loadDishNames(_ db: Database) throws -> [String: [SearchableName]] {
        var byStore: [String: [SearchableName]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT store_id, name FROM rm_menu ORDER BY seq")
        while let row = try rows.next() {
            byStore[row[0] as String, default: []].append(SearchableName(row[1] as String))
        }
        return byStore
    }
}
