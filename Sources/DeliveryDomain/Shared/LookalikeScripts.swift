/// Names that mix a script whose letters look like Latin ones with another script.
///
/// Cyrillic `а`, `е`, `о`, `р`, `с` and Greek `ο`, `ν` are drawn like Latin `a`, `e`, `o`, `p`,
/// `c`, `o`, `v`: `pаy` with a Cyrillic `а` reads as `pay` on every screen, and ``NameKey``
/// (which folds width and case, not scripts) keeps them apart, so a second "BBQ치킨" or an
/// account passing for someone else's could be made of them. Unicode's answer (UTS #39) is to
/// refuse a name that mixes such a script with another; a name written wholly in one of them
/// (`Москва`) is fine. Hangul, Han and kana with Latin letters (`BBQ치킨`) are how Korean and
/// Japanese names are written, and stay allowed.
///
///     LookalikeScripts.mix(in: "pаy")    // (latin, cyrillic): the second letter is Cyrillic
///     LookalikeScripts.mix(in: "BBQ치킨") // nil
public enum LookalikeScripts {
    /// The scripts of letters a name is written in, as far as this rule needs to tell them apart.
    public enum Script: String, Sendable {
        case latin, cyrillic, greek, armenian, cherokee, other

        /// Scripts with letters drawn like Latin ones.
        var looksLikeLatin: Bool { self == .cyrillic || self == .greek || self == .armenian || self == .cherokee }
    }

    /// The first two scripts that may not be mixed, in the order they appear; nil when the
    /// name is written in scripts that may be.
    public static func mix(in name: String) -> (Script, Script)? {
        var seen: [Script] = []
        for scalar in name.unicodeScalars {
            guard let script = script(of: scalar), !seen.contains(script) else { continue }
            seen.append(script)
            if let lookalike = seen.first(where: \.looksLikeLatin), seen.count > 1 {
                let other = seen.first { $0 != lookalike }!
                return seen.firstIndex(of: lookalike)! < seen.firstIndex(of: other)! ? (lookalike, other) : (other, lookalike)
            }
        }
        return nil
    }

    /// The script of a letter; nil for what is not a letter (digits, marks, symbols, spaces).
    static func script(of scalar: Unicode.Scalar) -> Script? {
        guard scalar.properties.isAlphabetic, scalar.properties.generalCategory != .nonspacingMark else { return nil }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x530...0x58F: return .armenian
        case 0x13A0...0x13FF, 0xAB70...0xABBF: return .cherokee
        default: return .other
        }
    }
}
