/// Settings an owner tunes while trading.
///
/// The defaults (5 minutes to confirm, 20 to cook, 20 more when busy) are what a store starts
/// with when its owner says nothing; ``StoreDecider`` keeps each within bounds: 1–60 minutes
/// to confirm, 1–180 to cook, 0–180 extra.
public struct StoreSettings: Sendable, Codable, Equatable {
    /// An order left unconfirmed this long after payment is cancelled and refunded.
    public var autoCancelMinutes: Int
    /// The usual cooking estimate shown to customers.
    public var prepMinutes: Int
    /// What busy mode adds to the estimate.
    public var busyExtraMinutes: Int

    public init(autoCancelMinutes: Int = 5, prepMinutes: Int = 20, busyExtraMinutes: Int = 20) {
        self.autoCancelMinutes = autoCancelMinutes
        self.prepMinutes = prepMinutes
        self.busyExtraMinutes = busyExtraMinutes
    }

    /// The defaults, as a new store gets them.
    public static let standard = StoreSettings()

    func validated() throws(RuleViolation) -> StoreSettings {
        guard (1...60).contains(autoCancelMinutes) else {
            throw .invalidStoreDetail(.autoCancelOutOfRange)
        }
        guard (1...180).contains(prepMinutes), (0...180).contains(busyExtraMinutes) else {
            throw .invalidStoreDetail(.cookingEstimateOutOfRange)
        }
        return self
    }
}
