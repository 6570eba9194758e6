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
            let token = try CardTokenizer.tokenize(card, now: clock.now(), calendar: Self.koreanCalendar, random: &rng)
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
        let charge = ChargeRequest(
            idempotencyKey: request.idempotencyKey, amount: request.amount.amount,
            token: CardToken(
                token: request.card.token, brand: CardBrand(rawValue: request.card.brand) ?? .unknown,
                last4: request.card.last4, expiryMonth: request.card.expiryMonth,
                expiryYear: request.card.expiryYear),
            reference: order.rawValue)
        let outcome: ChargeOutcome
        do {
            outcome = try await payments.charge(charge)
        } catch {
            // Did the charge land before the failure? Ask by key rather than guess.
            if let known = try? await payments.findCharge(idempotencyKey: request.idempotencyKey) {
                outcome = known
            } else if let unanswered = error as? PaymentProcessorError, !settlesFailuresAsDeclines {
                // No answer (down, slow, breaker open): the request stays queued under the same key.
                return .pending(reason: unanswered.description)
            } else {
                let reason = "the card processor failed (\(error)); nothing was charged, try again"
                try await recordDecline(order, key: request.idempotencyKey, reason: reason)
                return .declined(reason: reason)
            }
        }
        switch outcome {
        case .approved(let paymentID):
            let key = request.idempotencyKey
            // Decided on the state read before the charge: the usual case is that nothing
            // happened to the order meanwhile, and a change refuses the append and reloads.
            let recorded = try await run(OrderDecider.self, Streams.order(order), actor: "payments", loaded: loaded) { _, now in
                .recordPaymentApproved(idempotencyKey: key, paymentID: paymentID, now: now)
            }
            // The order stopped while the charge was on its way: the approval came with a refund.
            await issueRefunds(recorded.events, order: order)
            return .paid(paymentID: paymentID)
        case .declined(let reason):
            let text = reason.message
            try await recordDecline(order, key: request.idempotencyKey, reason: text)
            return .declined(reason: text)
        }
    }

    /// A card's expiry month is judged in Korean time. Built once: a calendar is not cheap.
    static let koreanCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = OpeningHours.koreaTimeZone
        return calendar
    }()

    /// What checkout says when the charge is left to the payment worker.
    static let queuedNote = "payment pending: it is charged in a moment, and you are told when it is"

    /// In-process payments (the sandbox) settle every attempt at once; a queued worker
    /// (a gateway over the network) leaves transient failures pending instead. The processor
    /// says which (``PaymentProcessor/unansweredCharges``).
    var settlesFailuresAsDeclines: Bool { payments.unansweredCharges == .declineAtOnce }

    private func recordDecline(_ order: OrderID, key: String, reason: String) async throws(DeliveryError) {
        _ = try await run(OrderDecider.self, Streams.order(order), actor: "payments") { _, now in
            .recordPaymentDeclined(idempotencyKey: key, reason: reason, now: now)
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
