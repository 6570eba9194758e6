import DeliveryDomain
import DeliveryEngine
import Foundation
import LivePayments
import PaymentGateway
import Testing

@Suite("Live payments: the gateway setting, the option, the embedded worker")
struct LiveEngineTests {
    @Test func theSettingRoundTripsAcrossEnginesAndABadURLIsRefusedWithNothingWritten() async throws {
        let world = try await LiveWorld.make()
        let engine = try await world.plainEngine()
        #expect(try await engine.paymentGatewaySetting() == nil)
        try await engine.setPaymentGateway(URL(string: "http://127.0.0.1:8089/")!)
        let other = try await world.plainEngine(seed: 9)
        #expect(try await other.paymentGatewaySetting() == URL(string: "http://127.0.0.1:8089")!)

        for bad in ["ftp://127.0.0.1:21", "http://127.0.0.1", "http://:8089", "http://127.0.0.1:8089/pay?x=1"] {
            await #expect(throws: DeliveryError.self) { try await engine.setPaymentGateway(URL(string: bad)!) }
        }
        #expect(try await other.paymentGatewaySetting() == URL(string: "http://127.0.0.1:8089")!)

        try await engine.setPaymentGateway(nil)
        #expect(try await other.paymentGatewaySetting() == nil)
    }

    @Test func aBadAddressSaysWhatIsWrongAndWhatToGive() throws {
        #expect(
            throws: DeliveryError.invalidSetting(
                "\"http://127.0.0.1\" names no port. Give the gateway's base URL, e.g. http://127.0.0.1:8089 (what `baedal gateway --port 8089` listens on)."
            )
        ) {
            try PaymentGatewayAddress.parse("http://127.0.0.1")
        }
        #expect(throws: DeliveryError.self) { try PaymentGatewayAddress.parse("nope") }
        #expect(throws: DeliveryError.self) { try PaymentGatewayAddress.parse("http://127.0.0.1:70000") }
        #expect(try PaymentGatewayAddress.parse("HTTPS://pay.example:443") == URL(string: "https://pay.example:443")!)
    }

    @Test func theOptionOverridesTheSettingAndNoGatewayMeansTheSandbox() async throws {
        let world = try await LiveWorld.make()
        let plain = try await world.plainEngine()
        try await plain.setPaymentGateway(URL(string: "http://127.0.0.1:9001")!)

        let fromSetting = try await world.open(wiring: testWiring(holder: "a", runsWorker: false))
        #expect(fromSetting.gateway?.url == URL(string: "http://127.0.0.1:9001")!)
        #expect(fromSetting.engine.queuesPayments)
        await fromSetting.close()

        let fromOption = try await world.open(option: "http://127.0.0.1:9002", wiring: testWiring(holder: "b", runsWorker: false))
        #expect(fromOption.gateway?.url == URL(string: "http://127.0.0.1:9002")!)
        await fromOption.close()

        await #expect(throws: DeliveryError.self) {
            _ = try await world.open(option: "127.0.0.1:9002", wiring: testWiring(holder: "c", runsWorker: false))
        }

        try await plain.setPaymentGateway(nil)
        let sandbox = try await world.open(wiring: testWiring(holder: "d"))
        #expect(sandbox.gateway == nil && sandbox.worker == nil && !sandbox.engine.queuesPayments)
        await sandbox.close()
    }

    @Test func theEmbeddedWorkerChargesAnOrderPlacedThroughTheEngineAndReleasesItsLeaseOnClose() async throws {
        let world = try await LiveWorld.make()
        let gateway = try await GatewayServer.start(port: 0, faults: .healthy, logLevel: .critical)
        do {
            try await world.plainEngine().setPaymentGateway(URL(string: gateway.baseURL)!)
            let live = try await world.open(wiring: testWiring(holder: "embedded", clock: world.clock))
            let placed = try await world.place(live.engine)
            #expect(placed.payment?.description.hasPrefix("pending") == true)

            let screen = try await world.plainEngine()
            let charged = try await eventually { try await screen.orderState(placed.order).payment != nil }
            #expect(charged)
            #expect(try await screen.orderState(placed.order).status == .awaitingConfirmation)
            #expect(await gateway.stats().capturesByReference[placed.order.rawValue] == 1)
            let health = try #require(try await screen.paymentGatewayHealth())
            #expect(health.breaker == .closed)

            let lease = try #require(live.worker?.worker.lease)
            #expect(try await lease.current()?.holder == "embedded")
            await live.close()
            #expect(try await lease.current() == nil)
        } catch {
            await gateway.shutdown()
            throw error
        }
        await gateway.shutdown()
    }

    @Test func theBreakerOpeningIsRecordedAndReadFromAnotherEngine() async throws {
        let world = try await LiveWorld.make()
        let gateway = try await GatewayServer.start(port: 0, faults: .down, logLevel: .critical)
        do {
            let live = try await world.open(option: gateway.baseURL, wiring: testWiring(holder: "w", runsWorker: false))
            let connection = try #require(live.gateway)
            var configuration = PaymentWorker.Configuration(holder: "w")
            configuration.breakerReport = { connection.breakerReport(after: $0) }
            configuration.chargesPerCall = 1  // a call per request: three calls fail, and the breaker opens after two
            let worker = PaymentWorker(engine: live.engine, configuration: configuration)
            let screen = try await world.plainEngine()
            #expect(try await screen.paymentGatewayHealth() == nil)

            for _ in 0..<3 { _ = try await world.place(live.engine) }
            let pass = try await worker.runOnce()
            #expect(pass.leading && pass.stillPending == 3 && pass.paid == 0)

            let health = try #require(try await screen.paymentGatewayHealth())
            #expect(health.breaker == .open)
            #expect(health.pendingPayments == 3)
            #expect(health.updatedAt == world.clock.now())
            #expect(health.since <= health.updatedAt)
            let transitions = try await screen.paymentGatewayTransitions()
            #expect(transitions.map(\.to) == [.open])
            #expect(transitions.first?.from == .closed && transitions.first?.reason.description.hasPrefix("failure rate") == true)

            // Nothing changed and the heartbeat is not due: no write.
            world.clock.advance(by: 1)
            _ = try await worker.runOnce()
            #expect(try await screen.paymentGatewayHealth()?.updatedAt == health.updatedAt)
            // The heartbeat is due: the same state, reported again, so readers see the worker is alive.
            world.clock.advance(by: 2)
            _ = try await worker.runOnce()
            let later = try #require(try await screen.paymentGatewayHealth())
            #expect(later.updatedAt == world.clock.now() && later.breaker == .open && later.since == health.since)
            // Back to the sandbox is refused while the gateway owes the log three payments: only it
            // can say what it charged.
            try await screen.setPaymentGateway(URL(string: gateway.baseURL)!)
            await #expect {
                try await screen.setPaymentGateway(nil)
            } throws: { error in
                "\(error)".contains("still has 3 payment(s) not yet answered")
            }
            #expect(try await screen.paymentGatewayHealth() != nil)
            await live.close()
            // The gateway answers again (a fresh process, its breaker closed): once nothing waits, back
            // to the sandbox, where the report is nobody's any more, and is gone.
            await gateway.setFaults(.healthy)
            let recovered = try await world.open(option: gateway.baseURL, wiring: testWiring(holder: "w", runsWorker: false))
            let paid = try await PaymentWorker(engine: recovered.engine, configuration: .init(holder: "w")).runOnce()
            await recovered.close()
            #expect(paid.paid == 3)
            try await screen.setPaymentGateway(nil)
            #expect(try await screen.paymentGatewayHealth() == nil)
        } catch {
            await gateway.shutdown()
            throw error
        }
        await gateway.shutdown()
    }
}
