import DeliveryDomain
import Foundation
import GRDB

/// The one place the read models meet SQL: it answers a batch's questions about rows it has
/// not met (``ReadModelSource``) and writes the rows the batch changed, each once, with
/// prepared statements GRDB caches on the connection. Used inside the projector's write
/// transaction, so what it reads and what it writes are one consistent step.
///
/// Upserts rather than `INSERT OR REPLACE`: a replaced row gets a new rowid, and lists of
/// accounts and stores break ties by rowid.
struct ReadModelWriter: ReadModelSource {
    let db: Database

    // MARK: Reading rows a batch has not met

    func order(_ id: String) throws -> OrderSummary? {
        try OrderSummary.fetchOne(db.cachedStatement(sql: "SELECT * FROM rm_orders WHERE order_id = ?"), arguments: [id])
    }

    func pendingPayment(_ order: String) throws -> PendingPaymentProjection.Request? {
        let sql = "SELECT idempotency_key, requested_at, position FROM rm_pending_payments WHERE order_id = ?"
        return try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [order]).map {
            PendingPaymentProjection.Request(
                idempotencyKey: $0[0], requestedAt: Date(timeIntervalSince1970: $0[1]), position: $0[2])
        }
    }

    func store(_ id: String) throws -> StoreSummary? {
        try StoreSummary.fetchOne(db.cachedStatement(sql: "SELECT * FROM rm_stores WHERE store_id = ?"), arguments: [id])
    }

    func menu(_ store: String) throws -> [MenuEntry] {
        try MenuEntry.fetchAll(db.cachedStatement(sql: "SELECT * FROM rm_menu WHERE store_id = ? ORDER BY seq"), arguments: [store])
    }

    func account(_ id: String) throws -> AccountProjection.Account? {
        let sql = "SELECT name, role, signed_up_at, notifications_read_upto FROM rm_accounts WHERE account_id = ?"
        return try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id]).map {
            AccountProjection.Account(
                name: $0[0], role: $0[1], signedUpAt: Date(timeIntervalSince1970: $0[2]), notificationsReadUpTo: $0[3])
        }
    }

    // MARK: Writing what a batch changed

    func write(_ state: ReadModelState) throws {
        var orders: [OrderSummary] = []
        for (id, row) in state.orders.changes {
            if let row { orders.append(row) } else { try delete("rm_orders", "order_id", id) }
        }
        try upsert(Self.orderColumns, rows: orders, values: Self.values)
        try insert(state.notifications)
        let opened = try db.cachedStatement(
            sql: "UPDATE rm_notifications SET opened_at = ? WHERE position = ? AND account_id = ?")
        for entry in state.openedNotifications {
            try opened.execute(arguments: [entry.at.timeIntervalSince1970, entry.position, entry.account])
        }
        for (order, row) in state.pendingPayments.changes {
            guard let row else {
                try delete("rm_pending_payments", "order_id", order)
                continue
            }
            try upsert(
                Self.pendingColumns, values: [order, row.idempotencyKey, row.requestedAt.timeIntervalSince1970, row.position])
        }
        for (order, row) in state.holdsToRelease.changes {
            guard let row else { try delete("rm_holds_to_release", "order_id", order); continue }
            try upsert(Self.holdColumns, values: [order, row.idempotencyKey, row.endedAt.timeIntervalSince1970, row.position])
        }
        for (order, row) in state.kitchenQueue.changes {
            guard let row else {
                try delete("rm_kitchen_queue", "order_id", order)
                continue
            }
            try upsert(Self.queueColumns, values: [order, row.store, row.position, row.queuedAt.timeIntervalSince1970])
        }
        for (order, row) in state.admissions.changes {
            guard let row else { continue }
            try upsert(Self.admissionColumns, values: [order, row.store, row.admittedAt.timeIntervalSince1970])
        }
        for (store, policy) in state.admissionPolicies.changes {
            guard let policy else { continue }
            try upsert(Self.policyColumns, values: [store, policy.kitchenCapacity, policy.ordersPerMinute])
        }
        for (_, row) in state.stores.changes {
            guard let row else { continue }
            try upsert(Self.storeColumns, values: Self.values(row))
        }
        if !state.stores.changes.isEmpty { try ReadModelRevision.stores.moveOn(db) }
        let menus = state.menus.changes
        for (store, menu) in menus {
            // A menu is written whole: a dish no longer in it was removed, so its row goes.
            let kept = Set((menu ?? []).map(\.itemId.rawValue))
            let written = try String.fetchAll(
                db.cachedStatement(sql: "SELECT item_id FROM rm_menu WHERE store_id = ?"), arguments: [store])
            for gone in written where !kept.contains(gone) {
                try db.cachedStatement(sql: "DELETE FROM rm_menu WHERE store_id = ? AND item_id = ?").execute(arguments: [store, gone])
            }
            for dish in menu ?? [] {
                try upsert(
                    Self.menuColumns,
                    values: [dish.storeId, dish.itemId, dish.seq, dish.name, dish.price, dish.description, dish.soldOut])
            }
        }
        if !menus.isEmpty { try ReadModelRevision.menus.moveOn(db) }
        if state.passwordsChanged { try ReadModelRevision.passwords.moveOn(db) }
        for (id, row) in state.accounts.changes {
            guard let row else { continue }
            try upsert(
                Self.accountColumns,
                values: [
                    id, row.name, row.role, row.signedUpAt.timeIntervalSince1970, row.notificationsReadUpTo,
                    NameKey(row.name).rawValue,
                ])
        }
        for (key, row) in state.favourites.changes {
            if let row {
                try upsert(Self.favouriteColumns, values: [key.account, key.store, row.since.timeIntervalSince1970])
            } else {
                try db.cachedStatement(sql: "DELETE FROM rm_favourites WHERE account_id = ? AND store_id = ?")
                    .execute(arguments: [key.account, key.store])
            }
        }
    }

    /// Notifications go in many to a statement: a rebuild writes two for every three events, and
    /// one statement per row was most of the writing.
    private func insert(_ notifications: [NotificationEntry]) throws {
        var start = notifications.startIndex
        while start < notifications.endIndex {
            let rows = notifications[start..<min(start + Self.notificationsPerStatement, notifications.endIndex)]
            var values: [(any DatabaseValueConvertible)?] = []
            values.reserveCapacity(rows.count * 6)
            for entry in rows {
                values.append(entry.position)
                values.append(entry.accountId)
                values.append(entry.orderId)
                values.append(entry.status)
                values.append(try entry.noticeJSON)
                values.append(entry.createdAt.timeIntervalSince1970)
            }
            try db.cachedStatement(sql: Self.notificationInserts[rows.count]).execute(arguments: StatementArguments(values))
            start = rows.endIndex
        }
    }

    static let notificationsPerStatement = 64
    /// The insert of `n` notifications at index `n`.
    static let notificationInserts: [String] = (0...notificationsPerStatement).map { rows in
        "INSERT INTO rm_notifications(position, account_id, order_id, status, notice, created_at) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    private func delete(_ table: String, _ key: String, _ value: String) throws {
        try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(key) = ?").execute(arguments: [value])
    }

    private func upsert(_ table: Upsert, values: [(any DatabaseValueConvertible)?]) throws {
        try db.cachedStatement(sql: table.sql).execute(arguments: StatementArguments(values))
    }

    /// Rows go in up to ``Upsert/rowsPerStatement`` to a statement: a rebuild changes thousands
    /// of orders per batch, and one statement per row was a large part of writing them.
    private func upsert<Row>(_ table: Upsert, rows: [Row], values: (Row) -> [(any DatabaseValueConvertible)?]) throws {
        var start = rows.startIndex
        while start < rows.endIndex {
            let part = rows[start..<min(start + table.rowsPerStatement, rows.endIndex)]
            var arguments: [(any DatabaseValueConvertible)?] = []
            arguments.reserveCapacity(part.count * table.columnCount)
            for row in part { arguments.append(contentsOf: values(row)) }
            try db.cachedStatement(sql: table.sql(rows: part.count)).execute(arguments: StatementArguments(arguments))
            start = part.endIndex
        }
    }

    /// `INSERT … ON CONFLICT(key) DO UPDATE` for one table's columns, the key's first: for one
    /// row (``sql``) or for several (``sql(rows:)``; no key twice in one statement).
    struct Upsert: Sendable {
        let columnCount: Int
        let rowsPerStatement: Int
        /// The statement for `n` rows at index `n - 1`.
        private let statements: [String]

        init(_ table: String, key: [String], rowsPerStatement: Int = 1, columns: [String]) {
            let all = key + columns
            let row = "(" + Array(repeating: "?", count: all.count).joined(separator: ", ") + ")"
            let updates = columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
            let conflict = "ON CONFLICT(\(key.joined(separator: ", "))) DO \(columns.isEmpty ? "NOTHING" : "UPDATE SET \(updates)")"
            columnCount = all.count
            self.rowsPerStatement = rowsPerStatement
            statements = (1...rowsPerStatement).map { rows in
                "INSERT INTO \(table)(\(all.joined(separator: ", "))) VALUES "
                    + Array(repeating: row, count: rows).joined(separator: ", ") + " " + conflict
            }
        }

        var sql: String { statements[0] }

        func sql(rows: Int) -> String { statements[rows - 1] }
    }

    static let pendingColumns = Upsert(
        "rm_pending_payments", key: ["order_id"], columns: ["idempotency_key", "requested_at", "position"])
    static let holdColumns = Upsert("rm_holds_to_release", key: ["order_id"], columns: ["idempotency_key", "ended_at", "position"])
    static let queueColumns = Upsert("rm_kitchen_queue", key: ["order_id"], columns: ["store_id", "position", "queued_at"])
    static let admissionColumns = Upsert("rm_admissions", key: ["order_id"], columns: ["store_id", "admitted_at"])
    static let policyColumns = Upsert(
        "rm_admission_policies", key: ["store_id"], columns: ["kitchen_capacity", "orders_per_minute"])
    static let menuColumns = Upsert(
        "rm_menu", key: ["store_id", "item_id"], columns: ["seq", "name", "price", "description", "sold_out"])
    static let accountColumns = Upsert(
        "rm_accounts", key: ["account_id"], columns: ["name", "role", "signed_up_at", "notifications_read_upto", "name_key"])
    static let favouriteColumns = Upsert("rm_favourites", key: ["account_id", "store_id"], columns: ["since"])
    static let storeColumns = Upsert(
        "rm_stores", key: ["store_id"],
        columns: [
            "owner_id", "name", "category", "address", "hours", "opens_at", "closes_at", "minimum_order", "delivery_fee", "mode",
            "prep_minutes", "busy_extra_minutes", "auto_cancel_minutes", "rating_sum", "rating_count", "registered_at",
        ])
    /// 32 rows of 35 columns: well under SQLite's limit of 32,766 arguments a statement.
    static let orderColumns = Upsert(
        "rm_orders", key: ["order_id"], rowsPerStatement: 32,
        columns: [
            "customer_id", "store_id", "store_name", "owner_id", "rider_id", "status", "item_count", "summary", "subtotal",
            "delivery_fee", "total", "auto_cancel_minutes", "card", "placed_at", "paid_at", "deadline_at", "confirmed_at",
            "cook_minutes", "delivery_started_at", "travel_minutes", "picked_up_at", "delivered_at", "closed_at", "close_reason",
            "refunded", "payment_note", "review_rating", "review_text", "reviewed_at", "reply_text", "replied_at",
            "updated_position", "delivery_address", "delivery_note",
        ])

    /// In ``orderColumns``' order.
    static func values(_ o: OrderSummary) -> [(any DatabaseValueConvertible)?] {
        [
            o.orderId, o.customerId, o.storeId, o.storeName, o.ownerId, o.riderId, o.status, o.itemCount, o.summary, o.subtotal,
            o.deliveryFee, o.total, o.autoCancelMinutes, o.card, seconds(o.placedAt), seconds(o.paidAt), seconds(o.deadlineAt),
            seconds(o.confirmedAt), o.cookMinutes, seconds(o.deliveryStartedAt), o.travelMinutes, seconds(o.pickedUpAt),
            seconds(o.deliveredAt), seconds(o.closedAt), o.closeReason, o.refunded, o.paymentNote, o.reviewRating, o.reviewText,
            seconds(o.reviewedAt), o.replyText, seconds(o.repliedAt), o.updatedPosition, o.deliveryAddress, o.deliveryNote,
        ]
    }

    /// In ``storeColumns``' order.
    static func values(_ s: StoreSummary) -> [(any DatabaseValueConvertible)?] {
        [
            s.storeId, s.ownerId, s.name, s.category, s.address, s.hours, s.opensAt, s.closesAt, s.minimumOrder, s.deliveryFee,
            s.mode, s.prepMinutes, s.busyExtraMinutes, s.autoCancelMinutes, s.ratingSum, s.ratingCount, seconds(s.registeredAt),
        ]
    }

    /// Instants are stored as Unix seconds, as the records' encoding strategy says.
    private static func seconds(_ date: Date?) -> Double? { date?.timeIntervalSince1970 }
}
