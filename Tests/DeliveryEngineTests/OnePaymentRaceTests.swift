import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing

/// Two processes paying the same unpaid order at once: the order is charged at most once, and the
/// loser is told a payment is already in progress. Each engine has its own sandbox, as each
/// process does, so a second charge would show as a second capture.
@Suite("One order, one charge, in every race")
struct OnePaymentRaceTests {
    static let rounds = 40

    /// Two engines on one file, each with its own in-process sandbox (or, queued, its own processor).
    struct TwoProcesses {
        let world: TestWorld
        let engines: [DeliveryEngine]
        let sandboxes: [SandboxCardProcessor]

        static func make(queued: Bool = false) async throws -> TwoProcesses {
            let world = try await TestWorld.make()
            var engines: [DeliveryEngine] = []
            var sandboxes: [SandboxCardProcessor] = []
            for seed in [UInt64(11), 12] {
                let clock = world.clock
                let sandbox = SandboxCardProcessor(now: { clock.now() })
                sandboxes.append(sandbox)
                engines.append(
                    try await DeliveryEngine.open(
                        path: world.path,
                        options: .init(
                            clock: world.clock, ids: .seeded(seed), payments: sandbox, hasher: .fastForTests,
                            synchronous: .normal, queuesPayments: queued)))
            }
            return TwoProcesses(world: world, engines: engines, sandboxes: sandboxes)
        }

        /// An order placed without a card: it waits for a `pay`.
        func unpaidOrder() async throws -> OrderID {
            try await world.engine.placeOrder(try await world.cart(), card: nil, as: world.customer).order
        }

        /// Both processes pay `order` at the same moment; what each was told.
        func payAtOnce(_ order: OrderID) async -> [Result<PaymentResult, DeliveryError>] {
            await withTaskGroup(of: Result<PaymentResult, DeliveryError>.self) { group in
                for engine in engines {
                    group.addTask {
                        do throws(DeliveryError) {
                            return .success(try await engine.pay(order, card: TestWorld.goodCard, as: world.customer))
                        } catch {
                            return .failure(error)
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
        }

        func captures() async -> Int {
            var total = 0
            for sandbox in sandboxes { total += await sandbox.capturedPaymentCount }
            return total
        }
    }

    @Test func twoPayersInProcessChargeAnOrderOnceAndTheOtherIsToldWhy() async throws {
        let race = try await TwoProcesses.make()
        for round in 1...Self.rounds {
            let order = try await race.unpaidOrder()
            let answers = await race.payAtOnce(order)
            let paid = answers.filter { if case .success(.paid) = $0 { true } else { false } }
            #expect(paid.count >= 1, "round \(round): somebody pays")
            for case .failure(let error) in answers {
                // Refused before any charge: in progress while the winner's charge runs, paid once it landed.
                #expect(error == .refused(.paymentInProgress) || error == .refused(.alreadyPaid), "round \(round): \(error)")
            }
            let state = try await race.world.engine.orderState(order)
            #expect(state.requestedPaymentKeys.count == 1, "round \(round): one request")
            #expect(state.refund == nil, "round \(round): nothing to give back")
            #expect(await race.captures() == round, "round \(round): one capture per order, across both processes")
        }
    }

    @Test func twoPayersThroughTheOutboxRecordOneRequest() async throws {
        let race = try await TwoProcesses.make(queued: true)
        for round in 1...Self.rounds {
            let order = try await race.unpaidOrder()
            let answers = await race.payAtOnce(order)
            let refused = answers.filter { $0 == .failure(.refused(.paymentInProgress)) }
            #expect(refused.count == 1, "round \(round): \(answers)")
            #expect(try await race.world.engine.orderState(order).requestedPaymentKeys.count == 1, "round \(round)")
        }
    }

    @Test func sandboxesInTwoProcessesNeverHandOutTheSamePaymentID() async throws {
        let race = try await TwoProcesses.make()
        var ids: Set<String> = []
        for index in 0..<20 {
            let order = try await race.unpaidOrder()
            let result = try await race.engines[index % 2].pay(order, card: TestWorld.goodCard, as: race.world.customer)
            guard case .paid(let paymentID) = result else { Issue.record("not paid: \(result)"); continue }
            #expect(paymentID.hasPrefix("pay_sbx_") && paymentID.count == "pay_sbx_".count + 32)
            ids.insert(paymentID)
        }
        #expect(ids.count == 20, "every charge has its own id, whichever process made it")
    }
}
