import Foundation

/// An in-process card processor for tests, demos and offline runs.
///
/// Outcomes follow the token's ``TestCardClass`` (see ``TestCards``); a token whose card has expired by the time
/// it is charged is declined with ``DeclineReason/expiredCard``. Idempotent by key like a real processor:
/// a repeated charge or refund key returns the first outcome and moves no money again.
/// The processor-error class throws on every attempt and records nothing, as a real failed request would.
///
/// Payment and refund ids are 128 random bits (`pay_sbx_` and 32 hex digits), not a counter: every
/// process on a database has its own sandbox, and a counter would hand out `pay_sbx_000001` in each,
/// so the log could not tell which charge a refund undid.
public actor SandboxCardProcessor: PaymentProcessor {
    private let now: @Sendable () -> Date
    private let calendar: Calendar
    private var chargesByKey: [String: ChargeOutcome] = [:]
    private var payments: [String: Payment] = [:]
    private var refundsByKey: [String: RefundOutcome] = [:]
    private var random: any RandomNumberGenerator & Sendable

    /// In process, every attempt is answered at once: one that throws has failed for good,
    /// and is settled as a decline.
    public nonisolated var unansweredCharges: UnansweredChargePolicy { .declineAtOnce }

    /// Charges received, replays included (processor errors too): how often the processor was asked.
    public private(set) var chargeRequestCount = 0

    private struct Payment {
        let amount: Int
        var refunded: Int
    }

    /// - Parameters:
    ///   - now: the time charges are judged at (card expiry); injected so tests stay deterministic.
    ///   - calendar: the calendar expiry months are read in.
    ///   - random: where ids come from; the system generator unless a test wants repeatable ids.
    public init(
        now: @escaping @Sendable () -> Date = { Date() }, calendar: Calendar = Calendar(identifier: .gregorian),
        random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator()
    ) {
        self.now = now
        self.calendar = calendar
        self.random = random
    }

    public func charge(_ request: ChargeRequest) async throws -> ChargeOutcome {
        chargeRequestCount += 1
        if let first = chargesByKey[request.idempotencyKey] { return first }
        let outcome: ChargeOutcome
        switch request.token.testClass {
        case .processorError:
            throw PaymentProcessorError.serverError(status: 502)
        case .declined:
            outcome = .declined(.declined)
        case .insufficientFunds:
            outcome = .declined(.insufficientFunds)
        case .approved:
            if request.token.hasExpired(at: now(), calendar: calendar) {
                outcome = .declined(.expiredCard)
            } else {
                let paymentID = makeID(prefix: "pay_sbx")
                payments[paymentID] = Payment(amount: request.amount, refunded: 0)
                outcome = .approved(paymentID: paymentID)
            }
        }
        chargesByKey[request.idempotencyKey] = outcome
        return outcome
    }

    public func refund(_ request: RefundRequest) async throws -> RefundOutcome {
        if let first = refundsByKey[request.idempotencyKey] { return first }
        let outcome: RefundOutcome
        if var payment = payments[request.paymentID] {
            let left = payment.amount - payment.refunded
            if request.amount <= 0 {
                outcome = .rejected("A refund must be a positive amount.")
            } else if request.amount > left {
                outcome = .rejected("Only \(left) won of this payment can still be refunded.")
            } else {
                payment.refunded += request.amount
                payments[request.paymentID] = payment
                outcome = .refunded(refundID: makeID(prefix: "re_sbx"))
            }
        } else {
            outcome = .rejected("No payment \(request.paymentID) to refund.")
        }
        refundsByKey[request.idempotencyKey] = outcome
        return outcome
    }

    public func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? {
        chargesByKey[idempotencyKey]
    }

    /// Charges that took money (one per approved key); tests compare it with the number of orders to prove nothing was charged twice.
    public var capturedPaymentCount: Int { payments.count }

    /// A sandbox holds no authorisation open: a charge authorises and captures in one step, so
    /// there is never a hold to release. It only says what became of the charge.
    public func voidAuthorization(idempotencyKey: String) async throws -> ChargeOutcome? {
        chargesByKey[idempotencyKey]
    }

    private func makeID(prefix: String) -> String {
        let bits = (random.next(), random.next())
        return prefix + "_" + Self.hex(bits.0) + Self.hex(bits.1)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
