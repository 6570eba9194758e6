import Testing
@testable import Payments

@Suite("Sandbox card processor")
struct SandboxCardProcessorTests {
    static func sandbox() -> SandboxCardProcessor {
        SandboxCardProcessor(now: { Fixtures.now }, calendar: Fixtures.calendar)
    }

    static func request(_ number: String, key: String = "charge-1", amount: Int = 18_000) throws -> ChargeRequest {
        ChargeRequest(idempotencyKey: key, amount: amount, token: try Fixtures.tokenize(Fixtures.card(number)), reference: "order-1")
    }

    @Test(
        "Outcomes follow the test card",
        arguments: [
            (TestCards.visaApproved, nil),
            (TestCards.mastercardApproved, nil),
            (TestCards.declined, DeclineReason.declined),
            (TestCards.insufficientFunds, .insufficientFunds),
            ("6011111111111117", nil),
        ])
    func outcomes(number: String, decline: DeclineReason?) async throws {
        let outcome = try await Self.sandbox().charge(Self.request(number))
        if let decline {
            #expect(outcome == .declined(decline))
        } else {
            guard case .approved(let paymentID) = outcome else {
                Issue.record("expected approval, got \(outcome)")
                return
            }
            #expect(paymentID.hasPrefix("pay_sbx_"))
        }
    }

    @Test("The processor-error card throws a transient 502 on every attempt")
    func processorError() async throws {
        let sandbox = Self.sandbox()
        let request = try Self.request(TestCards.processorError)
        for _ in 0..<2 {
            await #expect(throws: PaymentProcessorError.serverError(status: 502)) { try await sandbox.charge(request) }
        }
        #expect(PaymentProcessorError.serverError(status: 502).isTransient)
        #expect(try await sandbox.findCharge(idempotencyKey: request.idempotencyKey) == nil)
    }

    @Test("A repeated key returns the first outcome and charges once")
    func idempotentCharges() async throws {
        let sandbox = Self.sandbox()
        let request = try Self.request(TestCards.visaApproved)
        let first = try await sandbox.charge(request)
        var changed = request
        changed.amount = 99_000
        #expect(try await sandbox.charge(request) == first)
        #expect(try await sandbox.charge(changed) == first)
        #expect(await sandbox.capturedPaymentCount == 1)
        #expect(await sandbox.chargeRequestCount == 3)

        _ = try await sandbox.charge(Self.request(TestCards.visaApproved, key: "charge-2"))
        #expect(await sandbox.capturedPaymentCount == 2)
    }

    @Test("Reconciliation finds earlier charges and reports unknown keys as nil")
    func reconciliation() async throws {
        let sandbox = Self.sandbox()
        let approved = try await sandbox.charge(Self.request(TestCards.visaApproved, key: "a"))
        let declined = try await sandbox.charge(Self.request(TestCards.declined, key: "d"))
        #expect(try await sandbox.findCharge(idempotencyKey: "a") == approved)
        #expect(try await sandbox.findCharge(idempotencyKey: "d") == declined)
        #expect(try await sandbox.findCharge(idempotencyKey: "never-sent") == nil)
    }

    @Test("A token whose card expired since tokenising is declined as expired")
    func expiredSinceTokenised() async throws {
        let token = try Fixtures.tokenize(Fixtures.card(TestCards.visaApproved, month: 3, year: 2026))
        let later = SandboxCardProcessor(now: { Fixtures.date(2026, 4, 2) }, calendar: Fixtures.calendar)
        let outcome = try await later.charge(ChargeRequest(idempotencyKey: "k", amount: 1_000, token: token, reference: "o"))
        #expect(outcome == .declined(.expiredCard))
    }

    @Test("Refunds: idempotent, never more than was charged")
    func refunds() async throws {
        let sandbox = Self.sandbox()
        guard case .approved(let paymentID) = try await sandbox.charge(Self.request(TestCards.visaApproved, amount: 10_000)) else {
            Issue.record("charge was not approved")
            return
        }
        let first = try await sandbox.refund(RefundRequest(idempotencyKey: "r1", paymentID: paymentID, amount: 6_000))
        guard case .refunded = first else {
            Issue.record("expected a refund, got \(first)")
            return
        }
        #expect(try await sandbox.refund(RefundRequest(idempotencyKey: "r1", paymentID: paymentID, amount: 6_000)) == first)
        let tooMuch = try await sandbox.refund(RefundRequest(idempotencyKey: "r2", paymentID: paymentID, amount: 6_000))
        #expect(tooMuch == .rejected("Only 4000 won of this payment can still be refunded."))
        let unknown = try await sandbox.refund(RefundRequest(idempotencyKey: "r3", paymentID: "pay_nope", amount: 1))
        guard case .rejected = unknown else {
            Issue.record("expected a rejection, got \(unknown)")
            return
        }
    }

    @Test("Transient errors are the ones worth retrying")
    func transientErrors() {
        #expect(PaymentProcessorError.timedOut.isTransient)
        #expect(PaymentProcessorError.unavailable("connection refused").isTransient)
        #expect(PaymentProcessorError.serverError(status: 503).isTransient)
        #expect(!PaymentProcessorError.serverError(status: 400).isTransient)
        #expect(!PaymentProcessorError.circuitOpen(retryAfter: .seconds(5)).isTransient)
        #expect(PaymentProcessorError.circuitOpen(retryAfter: .milliseconds(2_500)).description.contains("2.5 s"))
    }
}
