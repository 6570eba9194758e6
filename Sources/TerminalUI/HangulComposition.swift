/// Unicode's algorithmic Hangul composition: leading consonant + vowel → LV syllable,
/// LV syllable + trailing consonant → LVT syllable.
///
/// Foundation's NFC on Linux composes a fully decomposed syllable (`ᄃ ᅡ ᆯ` → `달`) but
/// leaves a precomposed syllable followed by a trailing consonant (`다 ᆯ`) apart — exactly
/// what arrives when jamo are typed one key at a time. This pass finishes the job so text
/// fields hold one code point per syllable, as terminals and input methods expect.
enum HangulComposition {
    private static let syllableBase: UInt32 = 0xAC00
    private static let leadingBase: UInt32 = 0x1100
    private static let vowelBase: UInt32 = 0x1161
    private static let trailingBase: UInt32 = 0x11A7
    private static let vowelCount: UInt32 = 21
    private static let trailingCount: UInt32 = 28
    private static let syllableCount: UInt32 = 11172

    static func compose(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let last = scalars.last, let combined = combine(last, scalar) {
                scalars[scalars.count - 1] = combined
            } else {
                scalars.append(scalar)
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    private static func combine(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar? {
        let a = first.value
        let b = second.value
        if (leadingBase..<leadingBase + 19).contains(a) && (vowelBase..<vowelBase + vowelCount).contains(b) {
            let leading = a - leadingBase
            let vowel = b - vowelBase
            return Unicode.Scalar(syllableBase + (leading * vowelCount + vowel) * trailingCount)
        }
        if (syllableBase..<syllableBase + syllableCount).contains(a)
            && (a - syllableBase) % trailingCount == 0
            && (trailingBase + 1..<trailingBase + trailingCount).contains(b)
        {
            return Unicode.Scalar(a + (b - trailingBase))
        }
        return nil
    }
}
