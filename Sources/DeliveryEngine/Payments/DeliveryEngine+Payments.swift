import DeliveryDomain
import EventStore
import Foundation
import Payments

extension DeliveryEngine {
    /// Validates and tokenizes a card. Only the token, the brand and the last four digits go
    /// any further; an invalid card is refused before anything is written.
    func cardOnFile(_ card: CardDetails) throws(DeliveryError) -> CardOnFile {
        var rng = ids.makeGenerator()
        do {
            let token = try CardTokenizer.tokenize(card, now: clock.now(), calendar: KoreanTime.calendar, random: &rng)
            return CardOnFile(
                token: token.token, brand: token.brand.rawValue, last4: token.last4,
                expiryMonth: token.expiryMonth, expiryYear: token.expiryYear)
        } catch {
            throw .invalidCard(error)
        }
    }

    /// Charges the order's pending payment request and records the outcome on the order.
    /// Safe to call more than once: the processor deduplicates by idempotency key, and the
    /// order ignores a repeated outcome.
    public func settlePayment(_ order: OrderID) async throws(DeliveryError) -> PaymentResult {
        try await settlePayment(order, placed: nil)
    }

    /// - Parameter placed: the order's state and version as the caller just wrote them, used
    ///   instead of reading the stream back (a change since refuses the append and reloads).
    func settlePayment(_ order: OrderID, placed: (state: OrderState, version: Int)?) async throws(DeliveryError)
        -> PaymentResult
    {
        let loaded: (state: OrderState, version: Int)
        if let placed {
            loaded = placed
        } else {
            do { loaded = try await handler(OrderDecider.self).load(Streams.order(order)) } catch {
                throw DeliveryError.wrap(error)
            }
        }
        let state = loaded.state
        guard state.exists else { throw .refused(.unknownOrder(order.rawValue)) }
        guard let request = state.pendingPayment else {
            if let payment = state.payment { return .paid(paymentID: payment.paymentID) }
            throw .refused(.notPayable(status: state.status))
        }
        let charge = Self.chargeRequest(request, for: order)
        let outcome: ChargeOutcome
        do {
            outcome = try await payments.charge(charge)
        } catch {
            return try await settleFailedCharge(charge, failure: error, for: order, loaded: loaded)
        }
        return try await record(outcome, of: charge, for: order, loaded: loaded)
    }

    /// A charge that failed: did it land before the failure? Ask by key rather than guess. If
    /// not, the request stays queued under the same key when the processor may answer later
    /// (down, slow, breaker open); an in-process one has failed for good, so the attempt is
    /// given up and recorded as the processor's failure, not the card's refusal: nothing was
    /// charged and the same card may be tried again. The error's text stays in the log's
    /// reason for whoever runs the system; customers are never shown it.
    func settleFailedCharge(
        _ charge: ChargeRequest, failure error: any Error, for order: OrderID, loaded: (state: OrderState, version: Int)
    ) async throws(DeliveryError) -> PaymentResult {
        if let known = try? await payments.findCharge(idempotencyKey: charge.idempotencyKey) {
            return try await record(known, of: charge, for: order, loaded: loaded)
        }
        if let unanswered = error as? PaymentProcessorError, !settlesFailuresAsDeclines {
            return .pending(reason: unanswered.description)
        }
        let reason = "the card processor failed (\(error)); nothing was charged, try again"
        try await recordDecline(order, key: charge.idempotencyKey, reason: reason, cause: .processorFailed)
        return .processorFailed
    }

    /// The charge for an order's payment request: always the same one, under the request's key.
    static func chargeRequest(_ request: OrderEvent.PaymentRequested, for order: OrderID) -> ChargeRequest {
        ChargeRequest(
            idempotencyKey: request.idempotencyKey, amount: request.amount.amount,
            token: CardToken(
                token: request.card.token, brand: CardBrand(rawValue: request.card.brand) ?? .unknown,
                last4: request.card.last4, expiryMonth: request.card.expiryMonth,
                expiryYear: request.card.expiryYear),
            reference: order.rawValue)
    }

    /// Records what the processor answered on the order, decided on the state read before the
    /// charge (`loaded`): the usual case is that nothing happened to the order meanwhile, and a
    /// change refuses the append and reloads.
    func record(_ outcome: ChargeOutcome, of charge: ChargeRequest, for order: OrderID, loaded: (state: OrderState, version: Int))
        async throws(DeliveryError) -> PaymentResult
    {
        switch outcome {
        case .approved(let paymentID):
            let key = charge.idempotencyKey
            let recorded = try await run(OrderDecider.self, Streams.order(order), actor: "payments", loaded: loaded) { _, now in
                .recordPaymentApproved(idempotencyKey: key, paymentID: paymentID, now: now)
            }
            // The order stopped while the charge was on its way: the approval came with a refund.
            await issueRefunds(recorded.events, order: order)
            return .paid(paymentID: paymentID)
        case .declined(let reason):
            let text = reason.message
            try await recordDecline(order, key: charge.idempotencyKey, reason: text, cause: .refused(reason))
            return .declined(reason: text)
        }
    }

    /// What checkout says when the charge is left to the payment worker.
    static let queuedNote = "payment pending: it is charged in a moment, and you are told when it is"

    /// In-process payments (the sandbox) settle every attempt at once; a queued worker
    /// (a gateway over the network) leaves transient failures pending instead. The processor
    /// says which (``PaymentProcessor/unansweredCharges``).
    var settlesFailuresAsDeclines: Bool { payments.unansweredCharges == .declineAtOnce }

    private func recordDecline(_ order: OrderID, key: String, reason: String, cause: PaymentDeclineCause)
        async throws(DeliveryError)
    {
        _ = try await run(OrderDecider.self, Streams.order(order), actor: "payments") { _, now in
            .recordPaymentDeclined(idempotencyKey: key, reason: reason, cause: cause, now: now)
        }
    }

    /// Gives the money back for refund events just appended. The processor deduplicates by
    /// key, so a refund retried after a crash is never paid twice.
    func issueRefunds(_ events: [OrderEvent], order: OrderID) async {
        for case .refunded(let refund) in events {
            _ = try? await payments.refund(
                RefundRequest(
                    idempotencyKey: "refund-\(order.rawValue)-\(refund.paymentID)", paymentID: refund.paymentID,
                    amount: refund.amount.amount))
        }
    }
}
