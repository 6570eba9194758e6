import GRDB

/// The `rm_orders` rows one projector batch touches, each read at most once and written once
/// when the batch ends.
///
/// An order usually meets the projector two or three events at a time (placed and its payment
/// request; paid and queued): reading and rewriting its whole row for each event doubled the
/// time the projector holds the database's single writer, and every placement waits for that.
/// Nothing else in a batch reads `rm_orders`, so deferring the writes to the end of the same
/// transaction changes no outcome.
final class OrderRows {
    private struct Row {
        var summary: OrderSummary
        var isNew: Bool
        var changed: Bool
    }

    private var rows: [String: Row] = [:]
    /// Ids in the order they were first touched, so the writes are replayed deterministically.
    private var touched: [String] = []

    func summary(_ id: String, _ db: Database) throws -> OrderSummary? {
        if let row = rows[id] { return row.summary }
        let byID = try db.cachedStatement(sql: "SELECT * FROM rm_orders WHERE order_id = ?")
        guard let summary = try OrderSummary.fetchOne(byID, arguments: [id]) else { return nil }
        remember(id, Row(summary: summary, isNew: false, changed: false))
        return summary
    }

    func insert(_ summary: OrderSummary) {
        remember(summary.orderId, Row(summary: summary, isNew: true, changed: true))
    }

    func update(_ summary: OrderSummary) {
        guard var row = rows[summary.orderId] else { return }
        row.summary = summary
        row.changed = true
        rows[summary.orderId] = row
    }

    func write(_ db: Database) throws {
        for id in touched {
            guard let row = rows[id], row.changed else { continue }
            if row.isNew { try row.summary.insert(db) } else { try row.summary.update(db) }
        }
        rows.removeAll()
        touched.removeAll()
    }

    private func remember(_ id: String, _ row: Row) {
        if rows[id] == nil { touched.append(id) }
        rows[id] = row
    }
}
