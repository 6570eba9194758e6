import DeliveryDomain
import Foundation
import GRDB

/// One order as lists show it: the row of `rm_orders`, kept up to date by the projector.
public struct OrderSummary: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "rm_orders"
    /// Instants are stored as Unix seconds so SQL can compare and do arithmetic on them.
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .timeIntervalSince1970
    }

    public var orderId: OrderID
    public var customerId: AccountID
    public var storeId: StoreID
    public var storeName: String
    public var ownerId: AccountID
    public var riderId: AccountID?
    public var status: OrderStatus
    public var itemCount: Int
    public var summary: String
    public var subtotal: Int
    public var deliveryFee: Int
    public var total: Int
    public var autoCancelMinutes: Int
    public var card: String?
    public var placedAt: Date
    public var paidAt: Date?
    public var deadlineAt: Date?
    public var confirmedAt: Date?
    public var cookMinutes: Int?
    public var deliveryStartedAt: Date?
    public var travelMinutes: Int?
    public var pickedUpAt: Date?
    public var deliveredAt: Date?
    public var closedAt: Date?
    public var closeReason: String?
    public var refunded: Bool
    /// Where an unpaid order's payment stands, for lists: "payment pending", "declined: " and
    /// the issuer's reason, ``processorFailedNote``, or the kitchen queue's note.
    public var paymentNote: String?
    public var reviewRating: Int?
    public var reviewText: String?
    public var reviewedAt: Date?
    public var replyText: String?
    public var repliedAt: Date?
    public var updatedPosition: Int64
    /// Where the rider takes the food; nil for orders placed before orders carried an address.
    public var deliveryAddress: String? = nil
    /// The customer's note for the rider.
    public var deliveryNote: String? = nil

    /// The columns, named here rather than converted from snake case on every read and write:
    /// the projector writes this row for every order event, and converting was a large share of it.
    enum CodingKeys: String, CodingKey {
        case orderId = "order_id"
        case customerId = "customer_id"
        case storeId = "store_id"
        case storeName = "store_name"
        case ownerId = "owner_id"
        case riderId = "rider_id"
        case status
        case itemCount = "item_count"
        case summary
        case subtotal
        case deliveryFee = "delivery_fee"
        case total
        case autoCancelMinutes = "auto_cancel_minutes"
        case card
        case placedAt = "placed_at"
        case paidAt = "paid_at"
        case deadlineAt = "deadline_at"
        case confirmedAt = "confirmed_at"
        case cookMinutes = "cook_minutes"
        case deliveryStartedAt = "delivery_started_at"
        case travelMinutes = "travel_minutes"
        case pickedUpAt = "picked_up_at"
        case deliveredAt = "delivered_at"
        case closedAt = "closed_at"
        case closeReason = "close_reason"
        case refunded
        case paymentNote = "payment_note"
        case reviewRating = "review_rating"
        case reviewText = "review_text"
        case reviewedAt = "reviewed_at"
        case replyText = "reply_text"
        case repliedAt = "replied_at"
        case updatedPosition = "updated_position"
        case deliveryAddress = "delivery_address"
        case deliveryNote = "delivery_note"
    }

    public var id: OrderID { orderId }

    /// ``paymentNote`` once the processor failed and the attempt was given up. It carries no
    /// error text (the log's reason keeps that): screens read this row, and a customer is told
    /// only that nothing was charged.
    public static let processorFailedNote = "payment failed: the payment system failed; nothing was charged"

    /// "서울 관악구 신림로 1, 101호 · 문 앞에 놓아주세요", or nil for an order placed before
    /// orders carried an address: what the owner and the rider read.
    public var dropOff: String? {
        deliveryAddress.map { address in deliveryNote.map { "\(address) · \($0)" } ?? address }
    }
    public var orderStatus: OrderStatus { status }

    /// When the food should arrive (``OrderTimes/arrivalAt(deliveryStartedAt:travelMinutes:)``).
    public var estimatedArrivalAt: Date? {
        OrderTimes.arrivalAt(deliveryStartedAt: deliveryStartedAt, travelMinutes: travelMinutes)
    }
    /// When the food should be ready (``OrderTimes/readyAt(confirmedAt:cookMinutes:)``).
    public var estimatedReadyAt: Date? {
        OrderTimes.readyAt(confirmedAt: confirmedAt, cookMinutes: cookMinutes)
    }
    /// How far the food has travelled, 0...1 (``DeliveryProgress``): the same answer the
    /// order's own state gives.
    public func deliveryProgress(at now: Date) -> Double? {
        DeliveryProgress.fraction(
            status: orderStatus, deliveryStartedAt: deliveryStartedAt, travelMinutes: travelMinutes,
            deliveredAt: deliveredAt, at: now)
    }
    /// Waiting for a rider (``OrderState/isOpenJob(rider:status:)``): never taken, or given back.
    public var isOpenJob: Bool { OrderState.isOpenJob(rider: riderId, status: orderStatus) }
    /// Whether the customer may still cancel (``CustomerCancellation``).
    public var customerCancellation: CustomerCancellation { CustomerCancellation.standing(of: orderStatus) }
    public var reviewWindow: ReviewWindow? { deliveredAt.map(ReviewWindow.init(deliveredAt:)) }
}
