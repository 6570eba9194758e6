import Foundation

/// What someone asks of one order: the customer, its store's owner, a rider, or the system
/// (timers, the payment worker). Each carries the acting account and the time, so
/// ``OrderDecider`` decides without reading a clock:
///
///     try OrderDecider.decide(.confirm(cookMinutes: 20, actor: owner, now: now), state)
public enum OrderCommand: Sendable {
    /// Places an order from one store; with a card, the payment request is recorded in the same step.
    /// `admission` is the store's kitchen policy: with a capacity, the paid order waits in the store's queue.
    /// `deliverTo` is where the rider goes (checked again here, since a script or a test may type it).
    case place(
        OrderID, lines: [CartLine], store: StoreState, payment: PaymentRequestDraft?, by: Actor, now: Date,
        admission: AdmissionPolicy = .unlimited, deliverTo: DeliveryAddress? = nil)
    case requestPayment(PaymentRequestDraft, by: Actor, now: Date)
    case recordPaymentApproved(idempotencyKey: String, paymentID: String, now: Date)
    /// The processor refused the card, or failed and the attempt was given up: `cause` says
    /// which, so the customer is told the truth; `reason` is the log's wording.
    case recordPaymentDeclined(idempotencyKey: String, reason: String, cause: PaymentDeclineCause, now: Date)
    case cancel(reason: String, by: Actor, now: Date)
    case reject(reason: String, by: Actor, now: Date)
    case autoCancel(now: Date)
    /// The payment worker lets a queued order into the store's kitchen (first come, first served).
    case admit(now: Date)
    /// The payment worker gives up on a request unanswered past the limit, after the processor
    /// confirmed (by idempotency key) that nothing was charged.
    case expirePayment(limitSeconds: TimeInterval, now: Date)
    /// The payment worker records that the processor has answered for the request under `key`,
    /// left unanswered when the order ended: no authorisation stays on the card. Once per key.
    case releaseCardHold(idempotencyKey: String, now: Date)
    case confirm(cookMinutes: Int, by: Actor, now: Date)
    case acceptJob(by: Actor, now: Date)
    /// The rider holding the job gives it back before picking the food up (a broken bike, too
    /// far): the job is open again for every rider. No reason is asked: the customer and the
    /// store only need to hear that another rider is being found.
    case releaseJob(by: Actor, now: Date)
    case startDelivery(travelMinutes: Int, by: Actor, now: Date)
    case pickUp(by: Actor, now: Date)
    case markDelivered(by: Actor, now: Date)
    case review(rating: Int, text: String, by: Actor, now: Date)
    case reply(text: String, by: Actor, now: Date)
}

/// A payment about to be requested: the key makes a retried request safe.
public struct PaymentRequestDraft: Sendable, Equatable {
    public let idempotencyKey: String
    public let card: CardOnFile
    public init(idempotencyKey: String, card: CardOnFile) {
        self.idempotencyKey = idempotencyKey
        self.card = card
    }
}
