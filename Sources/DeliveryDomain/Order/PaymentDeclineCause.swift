/// Why a payment attempt ended without money moving, as ``OrderEvent/PaymentDeclined`` records
/// it. The two are different news for the customer, so every reader tells them apart from this
/// value, never from the free-text reason:
///
/// - the card's issuer refused the card (an answer about the card: another card may pass);
/// - the card processor itself failed (an HTTP error, unavailable, no answer) and the attempt
///   was given up: the card was never judged and nothing was charged, so the same card may be
///   tried again.
///
///     PaymentDeclineCause.cardRefused(issuerReason: "insufficientFunds").isProcessorFailure  // false
///     PaymentDeclineCause.processorFailed.isProcessorFailure  // true
///
/// Stored as the synthesized `Codable` writes an enum: `{"cardRefused":{"issuerReason":"…"}}`,
/// `{"cardRefused":{}}` or `{"processorFailed":{}}`.
public enum PaymentDeclineCause: Codable, Sendable, Equatable {
    /// The issuer refused the card. `issuerReason` is the processor's own code for why
    /// (`insufficientFunds`, `expiredCard`, …), kept as it gave it so the domain need not know
    /// the processor's vocabulary; nil when it gave none.
    case cardRefused(issuerReason: String?)
    /// The processor failed and the attempt was given up; nothing was charged.
    case processorFailed

    public var isProcessorFailure: Bool { self == .processorFailed }

    /// The cause of a decline recorded before causes were (`PaymentDeclined.cause` absent), as
    /// its reason tells it. Until then the engine wrote every processor failure's reason as
    /// "the card processor failed (…); nothing was charged, try again", and nothing else began
    /// so; every other reason was the issuer's refusal, whose code was not kept.
    static func recordedBeforeCauses(reason: String) -> Self {
        reason.hasPrefix(legacyProcessorFailurePrefix) ? .processorFailed : .cardRefused(issuerReason: nil)
    }

    /// How the engine began a processor failure's reason before causes were recorded.
    static let legacyProcessorFailurePrefix = "the card processor failed ("
}
