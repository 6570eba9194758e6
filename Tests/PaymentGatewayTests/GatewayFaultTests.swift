import Foundation
import Payments
import Resilience
import Testing
@testable import PaymentGateway

@Suite("Gateway fault modes")
struct GatewayFaultTests {
    @Test("Down answers 503, which the client reports as unavailable; healing restores service")
    func down() async throws {
        try await withGateway(faults: .down) { gateway, processor in
            let error = await processorError { try await processor.charge(Cards.charge(key: "down-1")) }
            guard case .unavailable = error else {
                Issue.record("expected unavailable, got \(String(describing: error))")
                return
            }
            #expect(error?.isTransient == true)
            #expect(await gateway.stats().authorizations == 0)

            await gateway.setFaults(.healthy)
            guard case .approved = try await processor.charge(Cards.charge(key: "down-1")) else {
                Issue.record("expected approval after healing")
                return
            }
        }
    }

    @Test("A stopped gateway refuses connections: unavailable, quickly")
    func refused() async throws {
        let gateway = try await GatewayServer.start(port: 0, logLevel: .critical)
        let processor = HTTPPaymentProcessor(baseURL: gateway.baseURL, timeout: .seconds(5))
        await gateway.shutdown()
        let started = ContinuousClock.now
        let error = await processorError { try await processor.charge(Cards.charge(key: "refused")) }
        try await processor.shutdown()
        guard case .unavailable = error else {
            Issue.record("expected unavailable, got \(String(describing: error))")
            return
        }
        #expect(ContinuousClock.now - started < .seconds(4))
    }

    @Test("Decline-all, set over the admin endpoint, declines every card")
    func declineAllOverHTTP() async throws {
        try await withGateway { gateway, processor in
            let token = gateway.adminToken.authorizationHeader
            let set = try await RawResponse.send(
                port: gateway.port, "POST", "/v1/admin/faults", authorization: token,
                body: String(decoding: try JSONEncoder().encode(FaultMode.declineAll), as: UTF8.self))
            #expect(set.status == 200)
            #expect(await gateway.faults() == .declineAll)
            #expect(try await processor.charge(Cards.charge(key: "da-1")) == .declined(.declined))
            let read = try await RawResponse.send(port: gateway.port, "GET", "/v1/admin/faults", authorization: token)
            #expect(try JSONDecoder().decode(FaultMode.self, from: Data(read.body.utf8)) == .declineAll)
        }
    }

    @Test(
        "Fault modes round-trip through their admin JSON",
        arguments: [
            FaultMode.healthy, .down, .slow(latency: .milliseconds(1_500)), .flaky(failureShare: 0.25, seed: 42), .declineAll,
        ])
    func faultJSON(mode: FaultMode) throws {
        let data = try JSONEncoder().encode(mode)
        #expect(try JSONDecoder().decode(FaultMode.self, from: data) == mode)
        let slow = try JSONDecoder().decode(FaultMode.self, from: Data(#"{"mode":"slow","latency_ms":250}"#.utf8))
        #expect(slow == .slow(latency: .milliseconds(250)))
    }

    @Test("Admin stats are served as JSON")
    func statsEndpoint() async throws {
        try await withGateway { gateway, processor in
            _ = try await processor.charge(Cards.charge(key: "s-1", reference: "order-s"))
            let answer = try await RawResponse.send(
                port: gateway.port, "GET", "/v1/admin/stats",
                authorization: gateway.adminToken.authorizationHeader)
            let stats = try JSONDecoder().decode(GatewayStats.self, from: Data(answer.body.utf8))
            #expect(stats.captured == 1)
            #expect(stats.capturesByReference == ["order-s": 1])
            #expect(stats.duplicateCaptures == 0)
        }
    }

    @Test("Slow beyond the client's deadline is a timeout")
    func slowTimesOut() async throws {
        try await withGateway(faults: .slow(latency: .milliseconds(1_500)), timeout: .milliseconds(200)) { gateway, processor in
            let error = await processorError { try await processor.charge(Cards.charge(key: "slow-1")) }
            #expect(error == .timedOut)
            // The gateway went on and processed it: reconciliation (once healthy) sees it.
            await gateway.setFaults(.healthy)
            #expect(await eventually { await gateway.stats().authorizations == 1 })
        }
    }

    @Test("Flaky fails the configured share, reproducibly from its seed")
    func flakyShare() async throws {
        func failures(seed: UInt64) async throws -> [Int] {
            var statuses: [Int] = []
            try await withGateway(faults: .flaky(failureShare: 0.5, seed: seed)) { _, processor in
                for index in 0..<40 {
                    let answer = try await processor.send(.get, "/v1/charges?idempotency_key=k\(index)", key: nil, body: nil as String?)
                    statuses.append(answer.status)
                }
            }
            return statuses
        }
        let first = try await failures(seed: 7)
        #expect(try await failures(seed: 7) == first)
        let failed = first.filter { $0 >= 500 }
        #expect((8...32).contains(failed.count))
        #expect(Set(failed).isSubset(of: [502, 503]))
    }

    @Test("Flaky with retries: every order charged exactly once, lost responses included")
    func flakyNoDoubleCharge() async throws {
        try await withGateway(faults: .flaky(failureShare: 0.4, seed: 2026)) { gateway, http in
            let clock = ManualClock()
            let resilient = ResilientPaymentProcessor(
                wrapping: http,
                breaker: .init(windowSize: 50, minimumCalls: 50, failureRateThreshold: 1),
                retryPolicy: RetryPolicy(maxAttempts: 20, backoff: Backoff(base: .milliseconds(10), cap: .milliseconds(100))) {
                    ($0 as? PaymentProcessorError)?.isTransient ?? false
                },
                random: SeededRandomNumberGenerator(seed: 1),
                now: clock.now,
                sleep: { clock.advance(by: $0) })
            for index in 0..<15 {
                let outcome = try await resilient.charge(Cards.charge(key: "flaky-\(index)", reference: "order-\(index)"))
                guard case .approved = outcome else {
                    Issue.record("order \(index): \(outcome)")
                    continue
                }
            }
            let stats = await gateway.stats()
            #expect(stats.injectedFaults > 0)
            #expect(stats.captured == 15)
            #expect(stats.duplicateCaptures == 0)
            #expect(stats.capturesByReference.count == 15)
            #expect(stats.capturesByReference.values.allSatisfy { $0 == 1 })
            #expect(stats.chargesByKey.values.allSatisfy { $0 == 1 })
        }
    }
}
