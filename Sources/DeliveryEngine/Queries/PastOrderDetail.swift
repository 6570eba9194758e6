import DeliveryDomain
import Foundation

/// One of a store's orders in full, as its owner reads it afterwards to answer a customer:
/// what was in it and at what price, when each step happened, how it ended and why, and who
/// delivered it.
///
/// Folded from the order's own stream, so it is exact whatever the read models say. It holds
/// no delivery address, no note for the rider and no card: the owner needed those only while
/// the order was under way.
public struct PastOrderDetail: Sendable, Equatable {
    /// How the order ended, in more detail than its row can tell.
    public enum Ending: Sendable, Equatable {
        case delivered
        /// The customer cancelled before the store confirmed; `reason` is nil when they gave
        /// none. `paid`: a payment went through, and was refunded.
        case cancelledByCustomer(reason: String?, paid: Bool)
        /// Paid, but nobody at the store confirmed it within `minutes`: cancelled and refunded.
        case notConfirmedInTime(minutes: Int)
        /// No payment went through before the limit: cancelled, nothing charged.
        case paymentNotCompleted
        /// The store declined it, with the reason the customer was given.
        case rejected(reason: String)
        /// Not finished yet: the list of past orders never offers one, but an id may name one.
        case underWay(OrderStatus)
    }

    public let order: OrderID
    public let customerName: String
    public let lines: [OrderLine]
    public let subtotal: Won
    public let deliveryFee: Won
    public let total: Won
    public let ending: Ending
    public let placedAt: Date
    public let paidAt: Date?
    /// When the store accepted it (confirmed, with a cooking time).
    public let confirmedAt: Date?
    public let deliveryStartedAt: Date?
    public let pickedUpAt: Date?
    public let deliveredAt: Date?
    /// When it was cancelled or rejected.
    public let stoppedAt: Date?
    /// What went back to the customer's card, if anything did.
    public let refunded: Won?
    /// The rider who held the job at the end, by the name they signed up with.
    public let riderName: String?

    public init(
        order: OrderID, customerName: String, lines: [OrderLine], subtotal: Won, deliveryFee: Won, total: Won,
        ending: Ending, placedAt: Date, paidAt: Date? = nil, confirmedAt: Date? = nil, deliveryStartedAt: Date? = nil,
        pickedUpAt: Date? = nil, deliveredAt: Date? = nil, stoppedAt: Date? = nil, refunded: Won? = nil,
        riderName: String? = nil
    ) {
        self.order = order
        self.customerName = customerName
        self.lines = lines
        self.subtotal = subtotal
        self.deliveryFee = deliveryFee
        self.total = total
        self.ending = ending
        self.placedAt = placedAt
        self.paidAt = paidAt
        self.confirmedAt = confirmedAt
        self.deliveryStartedAt = deliveryStartedAt
        self.pickedUpAt = pickedUpAt
        self.deliveredAt = deliveredAt
        self.stoppedAt = stoppedAt
        self.refunded = refunded
        self.riderName = riderName
    }

    /// The detail of `state`, with the people's names as they signed up (a name's account id
    /// is its folded key, `alice` for `Alice`).
    init(_ state: OrderState, placed: OrderEvent.Placed, customerName: String, riderName: String?) {
        let ending: Ending
        if let cancellation = state.cancellation {
            switch cancellation.by {
            case .customer:
                let reason = cancellation.reason == OrderEvent.Cancelled.noReasonGiven ? nil : cancellation.reason
                ending = .cancelledByCustomer(reason: reason, paid: state.payment != nil)
            case .system:
                ending = state.payment == nil ? .paymentNotCompleted : .notConfirmedInTime(minutes: placed.autoCancelMinutes)
            case .store:
                ending = .rejected(reason: cancellation.reason)
            }
        } else if let rejection = state.rejection {
            ending = .rejected(reason: rejection.reason)
        } else {
            ending = state.status == .delivered ? .delivered : .underWay(state.status)
        }
        self.init(
            order: placed.order, customerName: customerName, lines: placed.lines, subtotal: placed.subtotal,
            deliveryFee: placed.deliveryFee, total: placed.total, ending: ending, placedAt: placed.at, paidAt: state.paidAt,
            confirmedAt: state.confirmedAt, deliveryStartedAt: state.deliveryStartedAt, pickedUpAt: state.pickedUpAt,
            deliveredAt: state.deliveredAt, stoppedAt: state.cancellation?.at ?? state.rejection?.at,
            refunded: state.refund?.amount, riderName: riderName)
    }
}
