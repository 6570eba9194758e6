import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Resilience
import Testing

@testable import PaymentGateway

/// An order that ends unpaid leaves nothing on the customer's card. A worker killed between
/// authorise and capture leaves an authorisation open at the gateway; whether the order is then
/// given up by the worker or cancelled by the customer, the hold is voided by the request's key.
@Suite("Card holds of orders that ended unpaid")
struct CardHoldTests {
    /// The charge the engine would send for the order's pending request.
    static func charge(for order: OrderID, _ state: OrderState) throws -> ChargeRequest {
        let request = try #require(state.pendingPayment)
        return ChargeRequest(
            idempotencyKey: request.idempotencyKey, amount: request.amount.amount,
            token: CardToken(
                token: request.card.token, brand: CardBrand(rawValue: request.card.brand) ?? .unknown,
                last4: request.card.last4, expiryMonth: request.card.expiryMonth,
                expiryYear: request.card.expiryYear),
            reference: order.rawValue)
    }

    /// What a worker killed after the first step leaves behind: an authorisation, never captured.
    static func authoriseOnly(_ charge: ChargeRequest, at gateway: RunningGateway) async throws {
        let http = HTTPPaymentProcessor(baseURL: gateway.baseURL)
        let answer = try? await http.send(
            .post, "/v1/authorizations", key: charge.idempotencyKey,
            body: GatewayWire.AuthorizationRequest(amount: charge.amount, token: charge.token, reference: charge.reference))
        try await http.shutdown()
        #expect(answer?.status == 201)
    }

    /// A live engine on the gateway without its embedded worker, and a worker the test drives.
    static func withGateway(_ body: (LiveWorld, RunningGateway, DeliveryEngine, PaymentWorker) async throws -> Void) async throws {
        let world = try await LiveWorld.make()
        let gateway = try await GatewayServer.start(port: 0, faults: .healthy, logLevel: .critical)
        let live = try await world.open(option: gateway.baseURL, wiring: testWiring(holder: "w", clock: world.clock, runsWorker: false))
        let worker = PaymentWorker(engine: live.engine, configuration: PaymentWorker.Configuration(holder: "w"))
        do {
            try await body(world, gateway, live.engine, worker)
        } catch {
            await live.close()
            await gateway.shutdown()
            throw error
        }
        await live.close()
        await gateway.shutdown()
    }

    @Test func aPaymentGivenUpAfterAnInterruptedChargeVoidsTheHold() async throws {
        try await Self.withGateway { world, gateway, engine, worker in
            let placed = try await world.place(engine)
            let charge = try Self.charge(for: placed.order, try await engine.orderState(placed.order))
            try await Self.authoriseOnly(charge, at: gateway)

            world.clock.advance(by: 11 * 60)
            let pass = try await worker.runOnce()
            #expect(pass.expired == 1 && pass.paid == 0)
            let state = try await engine.orderState(placed.order)
            #expect(state.status == .cancelled)
            #expect(state.cancellation?.reason.contains("nothing was charged") == true)
            let stats = await gateway.stats()
            #expect(stats.cancelled == 1, "the authorisation is voided, so the log's \"nothing was charged\" is true of the card")
            #expect(stats.captured == 0)
            #expect(try await engine.cardHoldsToRelease().isEmpty)
        }
    }

    @Test func aCustomerCancellingWhileAChargeWasHalfwayGetsTheHoldReleased() async throws {
        try await Self.withGateway { world, gateway, engine, worker in
            let placed = try await world.place(engine)
            let charge = try Self.charge(for: placed.order, try await engine.orderState(placed.order))
            try await Self.authoriseOnly(charge, at: gateway)

            try await engine.cancel(placed.order, as: world.customer)
            #expect(try await engine.cardHoldsToRelease().map(\.order) == [placed.order])
            #expect(try await engine.pendingPayments().isEmpty, "a cancelled order is not charged")

            let pass = try await worker.runOnce()
            #expect(pass.holdsReleased == 1 && pass.paid == 0)
            let stats = await gateway.stats()
            #expect(stats.cancelled == 1 && stats.captured == 0)
            #expect(try await engine.cardHoldsToRelease().isEmpty)
            // Released once: the next pass asks nothing more of the gateway.
            #expect(try await worker.runOnce().holdsReleased == 0)
        }
    }

    @Test func aCaptureTheLogNeverSawIsRecordedAndRefundedWhenTheOrderEndsUnpaid() async throws {
        try await Self.withGateway { world, gateway, engine, worker in
            let placed = try await world.place(engine)
            let charge = try Self.charge(for: placed.order, try await engine.orderState(placed.order))
            let http = HTTPPaymentProcessor(baseURL: gateway.baseURL)
            let landed = try? await http.charge(charge)  // the worker died before recording this
            try await http.shutdown()

            try await engine.cancel(placed.order, as: world.customer)
            let pass = try await worker.runOnce()
            #expect(pass.holdsReleased == 1)
            let state = try await engine.orderState(placed.order)
            #expect(state.status == .cancelled)
            guard case .approved(let paymentID)? = landed else { Issue.record("not charged: \(String(describing: landed))"); return }
            #expect(state.refund?.paymentID == paymentID)
            let stats = await gateway.stats()
            #expect(stats.refunds == 1 && stats.cancelled == 0)
            // A second look changes nothing: no second refund in the log or at the gateway.
            _ = try await engine.releaseCardHold(
                CardHoldToRelease(
                    order: placed.order, idempotencyKey: charge.idempotencyKey,
                    endedAt: world.clock.now()))
            #expect(await gateway.stats().refunds == 1)
        }
    }
}
