import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation

/// How one historical order went. The mix (and so the log's shape) follows the order's
/// number, so the same size always yields the same log: mostly delivered orders, some
/// reviewed, and the unhappy paths a real log also holds.
enum OrderStory: CaseIterable {
    case delivered  // 8 events: placed, payment requested/approved, confirmed, rider, started, picked up, delivered
    case deliveredAndReviewed  // 10: the above, a review and the owner's reply
    case declinedThenCancelled  // 4: placed, payment requested/declined, cancelled by the customer
    case rejectedAndRefunded  // 5: placed, paid, rejected by the store, refunded
    case timedOutAndRefunded  // 5: placed, paid, cancelled by the timer, refunded

    static func of(orderNumber: Int) -> OrderStory {
        switch orderNumber % 10 {
        case 0: .declinedThenCancelled
        case 1: .rejectedAndRefunded
        case 2: .timedOutAndRefunded
        case 3, 4, 5: .deliveredAndReviewed
        default: .delivered
        }
    }

    /// For planning how many orders make a log of a given size; the writer counts what the
    /// deciders actually produced.
    var eventCount: Int {
        switch self {
        case .delivered: 8
        case .deliveredAndReviewed: 10
        case .declinedThenCancelled: 4
        case .rejectedAndRefunded, .timedOutAndRefunded: 5
        }
    }
}

/// The people and the store one historical order involves.
struct OrderCast {
    let store: StoreState
    let customer: Actor
    let rider: Actor

    var owner: Actor { Actor(account: store.owner!, role: .owner) }
}

extension OrderStory {
    /// Plays the story through the order decider, one command at a time, from `placedAt`.
    func play(order id: OrderID, cast: OrderCast, placedAt: Date, lines: [CartLine]) throws -> [AppendRequest] {
        var order = StreamScribe<OrderDecider>(Streams.order(id))
        var now = placedAt
        // Each step happens some seconds after the one before, as a person or the timer would act.
        func step(after seconds: Double, by actor: String, _ command: (Date) -> OrderCommand) throws {
            now = now.addingTimeInterval(seconds)
            try order.record(command(now), by: actor, at: now)
        }
        let customer = cast.customer.account.rawValue, owner = cast.owner.account.rawValue
        let rider = cast.rider.account.rawValue
        let declines = self == .declinedThenCancelled
        let key = "pay-\(id.rawValue)-1"
        let card = CardOnFile(
            token: CardTokenPlaceholder.token(declined: declines, order: id), brand: "visa",
            last4: declines ? "0002" : "4242", expiryMonth: 12, expiryYear: 2030)
        let draft = PaymentRequestDraft(idempotencyKey: key, card: card)

        try step(after: 0, by: customer) { .place(id, lines: lines, store: cast.store, payment: draft, by: cast.customer, now: $0) }
        if declines {
            try step(after: 3, by: "payments") {
                .recordPaymentDeclined(
                    idempotencyKey: key, reason: "the card was declined", cause: .cardRefused(issuerReason: "declined"), now: $0)
            }
            try step(after: 90, by: customer) { .cancel(reason: "", by: cast.customer, now: $0) }
            return order.requests
        }
        try step(after: 3, by: "payments") { .recordPaymentApproved(idempotencyKey: key, paymentID: "pay_sbx_\(id.rawValue)", now: $0) }
        switch self {
        case .rejectedAndRefunded:
            try step(after: 60, by: owner) { .reject(reason: "재료가 다 떨어졌습니다", by: cast.owner, now: $0) }
        case .timedOutAndRefunded:
            let deadline = Double(cast.store.settings.autoCancelMinutes) * 60
            try step(after: deadline + 20, by: "system") { .autoCancel(now: $0) }
        case .delivered, .deliveredAndReviewed, .declinedThenCancelled:
            try step(after: 60, by: owner) { .confirm(cookMinutes: 20, by: cast.owner, now: $0) }
            try step(after: 120, by: rider) { .acceptJob(by: cast.rider, now: $0) }
            try step(after: 18 * 60, by: owner) { .startDelivery(travelMinutes: 15, by: cast.owner, now: $0) }
            try step(after: 120, by: rider) { .pickUp(by: cast.rider, now: $0) }
            try step(after: 15 * 60, by: rider) { .markDelivered(by: cast.rider, now: $0) }
            if self == .deliveredAndReviewed {
                let rating = 3 + Int(id.rawValue.utf8.last! % 3)
                try step(after: 2 * 3600, by: customer) { .review(rating: rating, text: "맛있어요! 또 시킬게요", by: cast.customer, now: $0) }
                try step(after: 3600, by: owner) { .reply(text: "감사합니다! 또 들러 주세요", by: cast.owner, now: $0) }
            }
        }
        return order.requests
    }
}

/// Historical orders carry a token of the sandbox's shape; nothing ever charges it again.
enum CardTokenPlaceholder {
    static func token(declined: Bool, order: OrderID) -> String {
        let hex = order.rawValue.utf8.map { String($0, radix: 16) }.joined()
        return "tok_\(declined ? "declined" : "approved")_\(hex.padding(toLength: 32, withPad: "0", startingAt: 0))"
    }
}
