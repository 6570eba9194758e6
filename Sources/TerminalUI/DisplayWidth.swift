/// How many terminal columns a grapheme occupies: 0, 1 or 2.
///
/// Computed here rather than by the C library's `wcwidth` so that layout is the same on
/// every machine and in tests, and so that whole grapheme clusters — Hangul syllables
/// typed as jamo, emoji sequences, letters with combining marks — are measured the way a
/// modern terminal draws them, not code point by code point.
///
/// - 2: Hangul syllables and leading jamo, CJK ideographs, kana, fullwidth forms and the
///   other East Asian Wide/Fullwidth ranges; emoji shown as emoji (emoji presentation,
///   VS16 sequences, ZWJ sequences, skin-tone sequences, flags, keycaps).
/// - 0: combining marks, format characters (zero-width space, joiners), Hangul medial
///   vowels and final consonants on their own, and control characters, which must never
///   reach the terminal as text.
/// - 1: everything else, including East Asian Ambiguous characters (`…`, `×`, box
///   drawing), which a UTF-8 terminal outside legacy CJK mode draws narrow.
public enum DisplayWidth {
    /// The columns `character` occupies.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isControl(first) { return 0 }

        if isRegionalIndicator(first) {
            // A pair is a flag; a lone indicator is drawn as a narrow letter.
            let second = scalars.dropFirst().first
            return second.map(isRegionalIndicator) == true ? 2 : 1
        }

        var requestsEmoji = false  // VS16, skin tone, or a ZWJ to another emoji
        var requestsText = false  // VS15
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0x20E3: return 2  // keycap: 1️⃣ #️⃣
            case 0xFE0F, 0x1F3FB...0x1F3FF: requestsEmoji = true
            case 0xFE0E: requestsText = true
            case 0x200D: requestsEmoji = requestsEmoji || scalars.contains(where: isPictographic)
            default: break
            }
        }
        if isPictographic(first) {
            if requestsText { return 1 }
            if requestsEmoji { return 2 }
        }
        return of(first)
    }

    /// The columns a lone scalar occupies, ignoring anything it might combine with.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if isControl(scalar) { return 0 }
        switch value {
        case 0x00AD: return 1  // soft hyphen is drawn
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return 0  // Hangul medial vowels, final consonants
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format,
            .lineSeparator, .paragraphSeparator, .surrogate:
            return 0
        default:
            break
        }
        if isEastAsianWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Emoji that can take emoji presentation; ASCII digits, `#` and `*` are emoji
    /// only as keycaps, which are handled separately.
    static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA9 && scalar.properties.isEmoji
    }
}

extension Character {
    /// The columns this grapheme occupies in the terminal; see ``DisplayWidth``.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
