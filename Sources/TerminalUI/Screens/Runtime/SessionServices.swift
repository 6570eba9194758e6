import DeliveryDomain
import DeliveryEngine

/// What a session needs that this module cannot do itself: charging a card (the payment
/// module's card type lives beyond the UI's dependencies), running the sample script and
/// handing the terminal to the demo. The `baedal` executable provides the real ones.
public struct SessionServices: Sendable {
    public var checkout: @Sendable (DeliveryEngine, StoreID, [CartLine], CardEntry, Actor) async
        -> Result<ActionOutcome, DeliveryError>
    public var pay: @Sendable (DeliveryEngine, OrderID, CardEntry, Actor) async -> Result<ActionOutcome, DeliveryError>
    public var loadSampleStores: @Sendable () async -> Result<String, DeliveryError>
    public var launchDemo: @MainActor @Sendable () async -> String

    public init(
        checkout: @escaping @Sendable (DeliveryEngine, StoreID, [CartLine], CardEntry, Actor) async
            -> Result<ActionOutcome, DeliveryError>,
        pay: @escaping @Sendable (DeliveryEngine, OrderID, CardEntry, Actor) async -> Result<ActionOutcome, DeliveryError>,
        loadSampleStores: @escaping @Sendable () async -> Result<String, DeliveryError>,
        launchDemo: @escaping @MainActor @Sendable () async -> String
    ) {
        self.checkout = checkout
        self.pay = pay
        self.loadSampleStores = loadSampleStores
        self.launchDemo = launchDemo
    }

    /// Services that say they are not available: for tests that never pay.
    public static let unavailable = SessionServices(
        checkout: { _, _, _, _, _ in .failure(.paymentsUnavailable) },
        pay: { _, _, _, _ in .failure(.paymentsUnavailable) },
        loadSampleStores: { .failure(.storage("The sample stores are not available here.")) },
        launchDemo: { "The demo is not available here." })
}
