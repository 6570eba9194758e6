import DeliveryDomain
import DeliveryEngine

/// What a session needs that this module cannot do itself: running the sample script,
/// handing the terminal to the demo, and keeping SSH keys. The `baedal` executable provides
/// the real ones. The first two word their answer in the session's language.
/// (Payments are not here: the effect runner charges cards through the engine directly.)
public struct SessionServices: Sendable {
    public var loadSampleStores: @Sendable (Language) async -> Result<String, DeliveryError>
    public var launchDemo: @MainActor @Sendable (Language) async -> String
    /// The SSH public keys people sign in to `baedal serve` with.
    public var keys: any KeyRegistry
    /// Where passwords typed in this session come from: this machine, or a served session's
    /// SSH address. Wrong ones slow that source only (``SignInThrottle``).
    public var signInSource: SignInSource

    public init(
        loadSampleStores: @escaping @Sendable (Language) async -> Result<String, DeliveryError>,
        launchDemo: @escaping @MainActor @Sendable (Language) async -> String,
        keys: any KeyRegistry = UnavailableKeyRegistry(), signInSource: SignInSource = .thisMachine
    ) {
        self.loadSampleStores = loadSampleStores
        self.launchDemo = launchDemo
        self.keys = keys
        self.signInSource = signInSource
    }

    /// Services that say they are not available: for tests that never load samples or the demo.
    public static let unavailable = SessionServices(
        loadSampleStores: { .failure(.storage(ScreenText.sampleStoresUnavailable.text(in: $0))) },
        launchDemo: { ScreenText.demoUnavailable.text(in: $0) })
}
