import DeliveryDomain
import Foundation

/// What a customer is told when their order changes. Nil when the change is not theirs to hear.
enum CustomerNotice {
    static func message(for event: OrderEvent, order: OrderSummary) -> (status: String, text: String)? {
        let store = order.storeName
        let total = Won(order.total)
        switch event {
        case .placed:
            return ("awaitingPayment", "Order placed at \(store); waiting for payment.")
        case .paymentApproved(let e) where order.status == OrderStatus.awaitingPayment.rawValue:
            return ("awaitingConfirmation", "Paid \(Won(e.amount.amount)): your order went to \(store).")
        case .paymentApproved:
            return nil
        case .paymentDeclined(let e):
            return ("awaitingPayment", "Payment declined (\(e.reason)); try another card.")
        case .cancelled(let e):
            let refund = order.paidAt != nil ? " \(total) refunded." : ""
            switch e.by {
            case .customer: return ("cancelled", "You cancelled your order.\(refund)")
            case .system where order.paidAt == nil:
                return ("cancelled", "Your order at \(store) was cancelled: \(e.reason).")
            case .system: return ("cancelled", "\(store) did not confirm in time, so the order was cancelled.\(refund)")
            case .store: return ("cancelled", "\(store) cancelled the order (\(e.reason)).\(refund)")
            }
        case .rejected(let e):
            return ("rejected", "\(store) could not take the order (\(e.reason)). \(total) refunded.")
        case .confirmed(let e):
            let ready = e.at.addingTimeInterval(Double(e.cookMinutes) * 60)
            return ("cooking", "\(store) confirmed your order; ready around \(KoreanTime.clock(ready)).")
        case .riderAssigned:
            return nil
        case .deliveryStarted(let e):
            let arrival = e.at.addingTimeInterval(Double(e.travelMinutes) * 60)
            return ("deliveryStarted", "Your food is on its way; arriving around \(KoreanTime.clock(arrival)).")
        case .pickedUp:
            return ("pickedUp", "The rider has picked up your order.")
        case .delivered(let e):
            let window = ReviewWindow(deliveredAt: e.at)
            return (
                "delivered",
                "Delivered. Review it from \(KoreanTime.clock(window.opensAt)) until \(KoreanTime.dayAndClock(window.closesAt))."
            )
        case .queuedForKitchen:
            return ("queued", "\(store) is busy: your paid order waits in its queue, first come first served.")
        case .admitted:
            return ("awaitingConfirmation", "Your turn: your order went to \(store).")
        case .paymentRequested, .refunded, .reviewed, .reviewReplied:
            return nil
        }
    }
}
