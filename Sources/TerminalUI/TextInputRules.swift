/// Which characters a ``TextField`` accepts. Others are dropped silently, so pasting
/// `1234-5678-9012-3456` into a card field keeps just the digits.
public enum AllowedCharacters: Hashable, Sendable {
    case any
    /// ASCII `0`–`9` only: card numbers, phone numbers, quantities.
    case digits
    case only(Set<Character>)

    public func allows(_ character: Character) -> Bool {
        switch self {
        case .any: return true
        case .digits: return character.isASCII && character.isNumber
        case .only(let set): return set.contains(character)
        }
    }
}

/// How a ``TextField`` shows what was typed.
public enum TextMasking: Hashable, Sendable {
    /// As typed.
    case none
    /// Every character as `symbol`, for PINs and passwords.
    case secret(symbol: Character = "*")
    /// Digits in groups of four with only the last four visible: `**** **** **** 3456`.
    /// `*` rather than `•` because `•` is East Asian Ambiguous and some Korean terminal
    /// setups draw it two columns wide.
    case cardNumber
}
