/// What a person typed into a search box, matched the way Korean delivery apps match it.
///
/// - Hangul is compared after NFC normalisation, so a query typed on a Mac (decomposed
///   jamo) finds a name stored precomposed.
/// - Latin letters match whatever their case: `pizza` finds `Pizza Hut`.
/// - Spaces do not count: `홍콩 반점` finds `홍콩반점`.
/// - A lone consonant matches a syllable that begins with it, so initials (초성) work:
///   `ㅎㅋㅂㅈ` finds 홍콩반점, and `짜ㅈ`, caught mid-syllable, finds 짜장면.
///
///     SearchQuery("짜장").matches("짜장면")      // true
///     SearchQuery("ㅉㅈ").matches("간짜장")      // true
///     SearchQuery("PIZZA").matches("Pizza Hut") // true
public struct SearchQuery: Sendable, Hashable {
    /// The query as compared: normalised, lowercased, without spaces.
    public let folded: [Character]

    public init(_ text: String) {
        folded = Self.fold(text)
    }

    /// A query of nothing but spaces matches everything.
    public var isEmpty: Bool { folded.isEmpty }

    /// Whether `text` contains the query anywhere.
    public func matches(_ text: String) -> Bool {
        guard !folded.isEmpty else { return true }
        let haystack = Self.fold(text)
        guard haystack.count >= folded.count else { return false }
        for start in 0...(haystack.count - folded.count) {
            var matched = true
            for offset in folded.indices where !Self.character(folded[offset], matches: haystack[start + offset]) {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }

    /// Whether any of `texts` contains the query.
    public func matchesAny(_ texts: [String]) -> Bool {
        texts.contains { matches($0) }
    }

    private static func fold(_ text: String) -> [Character] {
        Array(text.precomposedStringWithCanonicalMapping.lowercased().filter { !$0.isWhitespace })
    }

    private static func character(_ wanted: Character, matches found: Character) -> Bool {
        if wanted == found { return true }
        guard let consonant = wanted.unicodeScalars.first, wanted.unicodeScalars.count == 1,
            let initial = initialConsonants.firstIndex(of: consonant.value),
            let syllable = found.unicodeScalars.first, found.unicodeScalars.count == 1,
            (0xAC00...0xD7A3).contains(syllable.value)
        else { return false }
        return Int(syllable.value - 0xAC00) / 588 == initial
    }

    /// The nineteen initial consonants as a keyboard types them (compatibility jamo), in the
    /// order Unicode composes syllables: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
    private static let initialConsonants: [UInt32] = [
        0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
        0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
    ]
}
