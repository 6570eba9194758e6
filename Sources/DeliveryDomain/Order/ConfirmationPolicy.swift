/// What the store's confirmation carries when the owner leaves it to the system, and what
/// follows a confirmation that came too late. Both used to live in the engine's `confirm`;
/// they are rules of the order, so they live beside it.
///
///     let minutes = cookMinutes ?? ConfirmationPolicy.defaultCookMinutes(for: store)
public enum ConfirmationPolicy {
    /// The cooking times a confirmation may give, in minutes: at least one, at most three hours.
    public static let cookMinutes = 1...180

    /// The cooking time a confirmation carries when the owner gives none: the store's current
    /// preparation time, longer while the owner has marked the store busy.
    public static func defaultCookMinutes(for store: StoreState) -> Int {
        store.currentPrepMinutes
    }

    /// Whether a refused confirmation hands the order to the timer at once: past the deadline
    /// the order belongs to the system's auto-cancel (``OrderCommand/autoCancel(now:)``), and
    /// the owner who tried to confirm it should not leave it waiting for the next sweep.
    public static func timerTakesOver(after refusal: RuleViolation) -> Bool {
        if case .confirmationWindowPassed = refusal { return true }
        return false
    }
}
