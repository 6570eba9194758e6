import Foundation
import Payments
import Testing

@testable import PaymentGateway

/// `POST /v1/charges/batch`: many charges in one round trip, each under the keys a single charge
/// uses, so a charge sent in a batch, again in a batch, or again alone moves money once.
@Suite("Gateway over HTTP: charges in batches")
struct GatewayBatchChargeTests {
    @Test("Each charge in a batch gets its own outcome, in order")
    func outcomesInOrder() async throws {
        try await withGateway { gateway, processor in
            let requests = [
                Cards.charge(.approved, key: "b-1"), Cards.charge(.declined, key: "b-2"),
                Cards.charge(.insufficientFunds, key: "b-3"), Cards.charge(.processorError, key: "b-4"),
            ]
            let results = try await processor.charge(all: requests)
            #expect(results.count == 4)
            guard case .success(.approved(let paymentID)) = results[0] else { Issue.record("\(results[0])"); return }
            #expect(paymentID.hasPrefix("pay_"))
            guard case .success(.declined(.declined)) = results[1] else { Issue.record("\(results[1])"); return }
            guard case .success(.declined(.insufficientFunds)) = results[2] else { Issue.record("\(results[2])"); return }
            guard case .failure(let error as PaymentProcessorError) = results[3] else { Issue.record("\(results[3])"); return }
            #expect(error == .serverError(status: 502))
            let stats = await gateway.stats()
            #expect(stats.chargeBatches == 1)
            #expect(stats.captured == 1 && stats.capturesByReference == ["order-b-1": 1])
        }
    }

    @Test("A batch repeated, or one of its charges repeated alone, replays and captures once")
    func repeatsReplay() async throws {
        try await withGateway { gateway, processor in
            let requests = (1...3).map { Cards.charge(key: "r-\($0)") }
            let first = try await processor.charge(all: requests).map { try $0.get() }
            let again = try await processor.charge(all: requests).map { try $0.get() }
            let alone = try await processor.charge(requests[1])
            #expect(again == first)
            #expect(alone == first[1])
            #expect(try await processor.findCharge(idempotencyKey: "r-3") == first[2])
            let stats = await gateway.stats()
            #expect(stats.captured == 3 && stats.duplicateCaptures == 0)
            #expect(stats.chargesByKey == ["r-1": 1, "r-2": 1, "r-3": 1])
        }
    }

    @Test("A charge begun alone and finished in a batch is still one charge")
    func singleThenBatch() async throws {
        try await withGateway { gateway, processor in
            let request = Cards.charge(key: "s-1")
            let alone = try await processor.charge(request)
            let batched = try await processor.charge(all: [request, Cards.charge(key: "s-2")])
            #expect(try batched[0].get() == alone)
            #expect(await gateway.stats().captured == 2)
        }
    }

    @Test("A gateway that is down answers no batch: the call throws, and nothing is charged")
    func downGatewayThrows() async throws {
        try await withGateway(faults: .down) { gateway, processor in
            await #expect(throws: PaymentProcessorError.self) {
                try await processor.charge(all: [Cards.charge(key: "d-1"), Cards.charge(key: "d-2")])
            }
            #expect(await gateway.stats().captured == 0)
        }
    }
}
