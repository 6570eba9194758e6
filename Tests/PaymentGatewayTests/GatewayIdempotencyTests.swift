import Foundation
import Payments
import Testing
@testable import PaymentGateway

@Suite("Gateway over HTTP: outcomes and idempotency")
struct GatewayIdempotencyTests {
    @Test("The same authorization key twice gets the same status and body, and one authorization")
    func repeatedAuthorization() async throws {
        try await withGateway { gateway, processor in
            let body = GatewayWire.AuthorizationRequest(amount: 12_000, token: Cards.token(.approved), reference: "order-7")
            let first = try await processor.send(.post, "/v1/authorizations", key: "auth-7", body: body)
            let second = try await processor.send(.post, "/v1/authorizations", key: "auth-7", body: body)
            #expect(first.status == 201)
            #expect(second == first)
            let stats = await gateway.stats()
            #expect(stats.authorizations == 1)
            #expect(stats.replays == 1)
            #expect(stats.authorizationRequestsByKey["auth-7"] == 2)
        }
    }

    @Test("Charging twice with one key returns the same payment and captures once")
    func repeatedCharge() async throws {
        try await withGateway { gateway, processor in
            let request = Cards.charge(key: "charge-1", reference: "order-1")
            let first = try await processor.charge(request)
            let second = try await processor.charge(request)
            guard case .approved(let paymentID) = first else {
                Issue.record("expected approval, got \(first)")
                return
            }
            #expect(paymentID.hasPrefix("pay_"))
            #expect(second == first)
            let stats = await gateway.stats()
            #expect(stats.captured == 1)
            #expect(stats.duplicateCaptures == 0)
            #expect(stats.chargesByKey == ["charge-1": 1])
            #expect(stats.capturesByReference == ["order-1": 1])
        }
    }

    @Test("Concurrent charges with one key still capture once")
    func concurrentRepeats() async throws {
        try await withGateway { gateway, processor in
            let request = Cards.charge(key: "charge-c", reference: "order-c")
            let outcomes = try await withThrowingTaskGroup(of: ChargeOutcome.self) { group in
                for _ in 0..<8 { group.addTask { try await processor.charge(request) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(outcomes.map { "\($0)" }).count == 1)
            let stats = await gateway.stats()
            #expect(stats.captured == 1)
            #expect(stats.duplicateCaptures == 0)
        }
    }

    @Test("A key reused for a different request is refused")
    func keyReuse() async throws {
        try await withGateway { _, processor in
            let first = GatewayWire.AuthorizationRequest(amount: 1_000, token: Cards.token(.approved), reference: "a")
            let other = GatewayWire.AuthorizationRequest(amount: 2_000, token: Cards.token(.approved), reference: "a")
            _ = try await processor.send(.post, "/v1/authorizations", key: "k", body: first)
            let reused = try await processor.send(.post, "/v1/authorizations", key: "k", body: other)
            #expect(reused.status == 409)
            #expect(String(decoding: reused.body, as: UTF8.self).contains("idempotency_key_reused"))
        }
    }

    @Test("Mutating requests without an Idempotency-Key are refused")
    func missingKey() async throws {
        try await withGateway { _, processor in
            let body = GatewayWire.AuthorizationRequest(amount: 1_000, token: Cards.token(.approved), reference: "a")
            let answer = try await processor.send(.post, "/v1/authorizations", key: nil, body: body)
            #expect(answer.status == 400)
        }
    }

    @Test("Capturing an authorization again under a new key is refused and counted")
    func duplicateCaptureCounted() async throws {
        try await withGateway { gateway, processor in
            let body = GatewayWire.AuthorizationRequest(amount: 1_000, token: Cards.token(.approved), reference: "dup")
            let authorized = try await processor.send(.post, "/v1/authorizations", key: "a1", body: body)
            let id = try JSONDecoder().decode(GatewayWire.Authorization.self, from: authorized.body).id
            let first = try await processor.send(.post, "/v1/authorizations/\(id)/capture", key: "c1", body: nil as String?)
            let again = try await processor.send(.post, "/v1/authorizations/\(id)/capture", key: "c2", body: nil as String?)
            #expect(first.status == 200)
            #expect(again.status == 409)
            let stats = await gateway.stats()
            #expect(stats.captured == 1)
            #expect(stats.duplicateCaptures == 1)
        }
    }

    @Test(
        "Outcomes follow the token's test class",
        arguments: [
            (TestCardClass.declined, ChargeOutcome.declined(.declined)),
            (.insufficientFunds, .declined(.insufficientFunds)),
        ])
    func declines(testClass: TestCardClass, expected: ChargeOutcome) async throws {
        try await withGateway { gateway, processor in
            let outcome = try await processor.charge(Cards.charge(testClass, key: "d"))
            #expect(outcome == expected)
            #expect(await gateway.stats().captured == 0)
        }
    }

    @Test("The processor-error card fails with a transient 502")
    func processorErrorCard() async throws {
        try await withGateway { _, processor in
            let error = await processorError { try await processor.charge(Cards.charge(.processorError, key: "e")) }
            #expect(error == .serverError(status: 502))
            #expect(error?.isTransient == true)
        }
    }

    @Test("Reconciliation finds approved and declined charges by key; unknown keys are nil")
    func reconciliation() async throws {
        try await withGateway { _, processor in
            let approved = try await processor.charge(Cards.charge(key: "order 9/try+1"))
            let declined = try await processor.charge(Cards.charge(.declined, key: "r-declined"))
            #expect(try await processor.findCharge(idempotencyKey: "order 9/try+1") == approved)
            #expect(try await processor.findCharge(idempotencyKey: "r-declined") == declined)
            #expect(try await processor.findCharge(idempotencyKey: "never-sent") == nil)
        }
    }

    @Test("An authorization never captured is reported as no charge; charging again completes it once")
    func interruptedCharge() async throws {
        try await withGateway { gateway, processor in
            let request = Cards.charge(key: "half", reference: "order-half")
            let body = GatewayWire.AuthorizationRequest(amount: request.amount, token: request.token, reference: request.reference)
            _ = try await processor.send(.post, "/v1/authorizations", key: "half", body: body)
            #expect(try await processor.findCharge(idempotencyKey: "half") == nil)
            let outcome = try await processor.charge(request)
            #expect(try await processor.findCharge(idempotencyKey: "half") == outcome)
            let stats = await gateway.stats()
            #expect(stats.authorizations == 1)
            #expect(stats.captured == 1)
        }
    }

    @Test("Refunds over HTTP: idempotent, bounded by the charge")
    func refunds() async throws {
        try await withGateway { _, processor in
            guard case .approved(let paymentID) = try await processor.charge(Cards.charge(key: "to-refund", amount: 10_000)) else {
                Issue.record("charge was not approved")
                return
            }
            let refund = RefundRequest(idempotencyKey: "refund-1", paymentID: paymentID, amount: 7_000)
            let first = try await processor.refund(refund)
            guard case .refunded(let refundID) = first else {
                Issue.record("expected a refund, got \(first)")
                return
            }
            #expect(refundID.hasPrefix("re_"))
            #expect(try await processor.refund(refund) == first)
            let tooMuch = try await processor.refund(RefundRequest(idempotencyKey: "refund-2", paymentID: paymentID, amount: 7_000))
            #expect(tooMuch == .rejected("Only 3000 won of this payment can still be refunded."))
        }
    }
}
