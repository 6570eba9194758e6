import DeliveryDomain
import Foundation
import GRDB

/// One finished order of a store, as its owner's list of past orders shows it: enough to find
/// the order a customer phones about ("yesterday, the jjajangmyeon"), and nothing of where it
/// went.
///
/// Read from `rm_orders`, naming only these columns: the delivery address and the customer's
/// note for the rider stay in the database, since the order is done and the owner has no more
/// need of them.
public struct PastOrder: Sendable, Equatable, Identifiable, FetchableRecord {
    /// How an order ended, as its row can tell.
    public enum Outcome: String, Sendable, Equatable, CaseIterable {
        case delivered
        /// Stopped after it was paid (by the customer, or because the store did not confirm
        /// in time): the payment was refunded.
        case cancelled
        /// Stopped before any payment went through (a declined or failed card, the payment
        /// limit, or the customer): nothing was charged.
        case cancelledUnpaid
        case rejected

        /// How a list of past orders says it, in the owner's page and in a script's transcript:
        /// `배달 완료`, `취소·환불`, `결제 전 취소`, `거절·환불`.
        public func label(in language: Language) -> String {
            switch (self, language) {
            case (.delivered, .korean): "배달 완료"
            case (.delivered, .english): "delivered"
            case (.cancelled, .korean): "취소·환불"
            case (.cancelled, .english): "cancelled, refunded"
            case (.cancelledUnpaid, .korean): "결제 전 취소"
            case (.cancelledUnpaid, .english): "cancelled unpaid"
            case (.rejected, .korean): "거절·환불"
            case (.rejected, .english): "rejected, refunded"
            }
        }
    }

    public let order: OrderID
    /// The customer's account, by which the owner finds the order they ask about.
    public let customer: AccountID
    public let placedAt: Date
    /// `짜장면 ×2, 군만두 ×1`, as the order's row keeps it.
    public let summary: String
    public let total: Won
    public let outcome: Outcome
    /// When it was delivered, cancelled or rejected.
    public let endedAt: Date

    public var id: OrderID { order }

    /// The columns ``init(row:)`` reads, for the queries that fetch these rows.
    static let columns = "order_id, customer_id, placed_at, summary, total, status, paid_at, delivered_at, closed_at"

    public init(
        order: OrderID, customer: AccountID, placedAt: Date, summary: String, total: Won, outcome: Outcome, endedAt: Date
    ) {
        self.order = order
        self.customer = customer
        self.placedAt = placedAt
        self.summary = summary
        self.total = total
        self.outcome = outcome
        self.endedAt = endedAt
    }

    public init(row: Row) throws {
        let status = OrderStatus(rawValue: row["status"]) ?? .cancelled
        let paid = (row["paid_at"] as Double?) != nil
        let outcome: Outcome =
            switch status {
            case .delivered: .delivered
            case .rejected: .rejected
            default: paid ? .cancelled : .cancelledUnpaid
            }
        let placed: Double = row["placed_at"]
        let ended: Double = row["delivered_at"] ?? row["closed_at"] ?? placed
        self.init(
            order: OrderID(row["order_id"]), customer: AccountID(row["customer_id"]),
            placedAt: Date(timeIntervalSince1970: placed), summary: row["summary"], total: Won(row["total"]),
            outcome: outcome, endedAt: Date(timeIntervalSince1970: ended))
    }
}

/// Where the next, older page of past orders starts: just after this order, in the list's
/// order (newest placed first, then by order id).
public struct PastOrdersCursor: Hashable, Sendable {
    public let placedAt: Date
    public let order: OrderID

    public init(placedAt: Date, order: OrderID) {
        self.placedAt = placedAt
        self.order = order
    }

    public init(after order: PastOrder) {
        self.init(placedAt: order.placedAt, order: order.order)
    }
}

/// One page of a store's past orders, newest first.
public struct PastOrdersPage: Sendable, Equatable {
    public let orders: [PastOrder]
    /// Older orders are left to read: ask again from ``nextCursor``.
    public let hasOlder: Bool

    public init(orders: [PastOrder], hasOlder: Bool) {
        self.orders = orders
        self.hasOlder = hasOlder
    }

    /// Where the page after this one starts; nil when there is none.
    public var nextCursor: PastOrdersCursor? {
        guard hasOlder, let last = orders.last else { return nil }
        return PastOrdersCursor(after: last)
    }

    /// How many orders a page holds: a screenful or two, and a bounded read however long the
    /// store has been trading.
    public static let size = 50
}
