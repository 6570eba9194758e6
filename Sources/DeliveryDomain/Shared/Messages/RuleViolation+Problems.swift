/// Why a sign-up name cannot be used.
public enum NameProblem: Equatable, Sendable {
    /// Not 2 to 20 characters.
    case length(name: String, count: Int)
    /// A space or a symbol other than `-`, `_` and `.`.
    case characters
    /// A name the system acts under (`system`, `operator`) or one `baedal serve` keeps for
    /// newcomers (`new`): an account under it would pass for the system, or be unreachable.
    case reserved(String)
    /// Letters of a script drawn like Latin (Cyrillic, Greek…) mixed with another script
    /// (``LookalikeScripts``): the name could pass for another.
    case mixedScripts(LookalikeScripts.Script, LookalikeScripts.Script)
}

/// Which of a store's details is out of bounds. A value rather than a sentence, so each
/// language words it.
public enum StoreDetailProblem: Equatable, Sendable {
    /// A required text field of the profile is empty.
    case missing(FreeText.Field)
    case payoutAccountWithoutNumber
    case minimumOrderOutOfRange
    case deliveryFeeOutOfRange
    case autoCancelOutOfRange
    case cookingEstimateOutOfRange
    case menuItemNameLength
    case kitchenCapacity(Int)
    case ordersPerMinute(Int)
    /// Opening hours that do not read like `10:00-22:00`, as typed.
    case openingHours(String)
    /// The store's name mixes lookalike scripts (``LookalikeScripts``).
    case mixedScripts(LookalikeScripts.Script, LookalikeScripts.Script)
}
