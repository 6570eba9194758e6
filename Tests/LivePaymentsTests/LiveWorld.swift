import DeliveryDomain
import DeliveryEngine
import Foundation
import LivePayments
import PaymentGateway
import Payments
import Resilience
import TestCast
import TestScratch

/// A database file with one store, its owner and a customer, on a simulated clock; engines on it
/// are opened through ``LiveEngine`` so the payment gateway comes from the option or the setting.
struct LiveWorld {
    let path: String
    let clock: SimulatedClock
    let owner: Actor
    let customer: Actor
    let store: StoreID
    let dish: MenuItemID

    static let noon = TestCast.noon
    static let card = TestCast.goodCard

    static func options(_ clock: SimulatedClock, seed: UInt64 = 1) -> DeliveryEngine.Options {
        DeliveryEngine.Options(clock: clock, ids: .seeded(seed), hasher: .fastForTests, synchronous: .normal)
    }

    static func make() async throws -> LiveWorld {
        let path = TestScratch.path("baedal-live", suffix: ".sqlite")
        let clock = SimulatedClock(noon)
        let engine = try await DeliveryEngine.open(path: path, options: options(clock))
        let cast = try await TestCast.seed(on: engine)
        return LiveWorld(
            path: path, clock: clock, owner: cast.owner, customer: cast.customer, store: cast.store, dish: cast.dishes[0])
    }

    /// A plain engine on the same file: what another process (a screen) would open.
    func plainEngine(seed: UInt64 = 5) async throws -> DeliveryEngine {
        try await DeliveryEngine.open(path: path, options: Self.options(clock, seed: seed))
    }

    func open(option: String? = nil, wiring: LiveEngine.Wiring = LiveEngine.Wiring(), seed: UInt64 = 2) async throws -> LiveEngine {
        try await LiveEngine.open(path: path, gatewayOption: option, options: Self.options(clock, seed: seed), wiring: wiring)
    }

    func place(_ engine: DeliveryEngine) async throws -> CheckoutResult {
        var cart = Cart()
        let state = try await engine.storeState(store)
        try cart.add(state.item(dish)!, quantity: 2, from: state)
        return try await engine.placeOrder(cart, card: Self.card, as: customer)
    }
}

/// Wiring for tests: one attempt per charge (no backoff sleeps) and a breaker that opens after
/// two failures and stays open for an hour, so its state only changes when a test says so.
func testWiring(holder: String, clock: SimulatedClock? = nil, runsWorker: Bool = true) -> LiveEngine.Wiring {
    var wiring = LiveEngine.Wiring(connect: { url in
        GatewayConnection(
            url: url,
            breaker: CircuitBreaker.Configuration(windowSize: 2, minimumCalls: 2, openDuration: .seconds(3600)),
            retryPolicy: RetryPolicy(maxAttempts: 1, isRetryable: { _ in false }),
            timeout: .seconds(5))
    })
    wiring.worker = PaymentWorker.Configuration(holder: holder)
    wiring.worker.idlePause = .milliseconds(10)
    wiring.worker.clock = clock
    wiring.runsWorker = runsWorker
    return wiring
}

/// Waits until `condition` holds, checking every few milliseconds, failing after `deadline`.
func eventually(within deadline: Duration = .seconds(20), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let clock = ContinuousClock()
    let end = clock.now + deadline
    while clock.now < end {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
