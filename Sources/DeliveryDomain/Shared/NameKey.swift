import Foundation

/// The form two names are compared in, so that names a person cannot tell apart are one name.
///
/// A name is kept and shown as it was typed; only its key is compared. The key is the name
/// after compatibility normalisation (NFKC: full-width `ＡＬＩＣＥ` becomes `ALICE`, the
/// ligature `ﬁ` becomes `fi`, Hangul compatibility jamo `ㄱㅏ` compose to `가`) and case
/// folding (`ALICE` and `Alice` become `alice`, `ß` becomes `ss`), then normalised again, as
/// Unicode's NFKC_Casefold does. Precomposed and decomposed Hangul give the same key.
///
///     NameKey("ＡＬＩＣＥ") == NameKey("alice")   // true
///     NameKey("홍콩반점") == NameKey("홍콩 반점")   // false: a space is part of a name
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    /// The folded form; also an account's id and the tail of a store name's claim stream.
    public let rawValue: String

    /// The key of `name`; surrounding spaces do not count.
    public init(_ name: String) {
        let compatible = name.trimmingCharacters(in: .whitespaces).precomposedStringWithCompatibilityMapping
        // Upper- then lower-casing is full case folding for every letter a name here can hold
        // (it maps ß to ss and final sigma to sigma, as folding does); Swift has no fold of its own.
        rawValue = compatible.uppercased().lowercased().precomposedStringWithCompatibilityMapping
    }

    public var description: String { rawValue }
}
