import Foundation

/// Text one person types that other people's terminals will show: store and menu names,
/// descriptions, addresses, reasons, reviews and replies.
///
/// What such text reaches is someone else's screen: a session, `baedal run`'s transcript, an
/// operator's `baedal timeline`. So it may hold any letter of any script (Hangul first among
/// them) and emoji, but nothing that *acts* on a terminal or hides what is written:
/// - control characters (C0 such as NUL, BEL, ESC, CR, LF; DEL; C1): they clear screens,
///   retitle windows, and NUL truncates a name in the read models, so "짜장면\0x" could pose
///   as "짜장면";
/// - bidirectional overrides, embeddings, isolates and marks (U+202A–202E, U+2066–2069,
///   U+200E/200F, U+061C): they reorder what follows, so a price or a name reads backwards.
///   Korean, English and digits never need them;
/// - invisible characters (every default-ignorable code point: zero-width space and
///   non-joiner, word joiner, byte-order mark, soft hyphen, Hangul fillers, the combining
///   grapheme joiner, invisible operators, tag characters, variation selectors): they make two
///   names that look the same differ. The zero-width *joiner* and the emoji variation
///   selectors stay allowed inside an emoji, which is built with them (👨‍🍳, ❤️), and nowhere else;
/// - a character built of more than ``mostScalarsPerCharacter`` code points (a letter buried
///   under combining marks): a name of two such characters once carried 40 KB to every
///   customer's store list, while counting as two.
///
/// Refusals name the character and where it is, so the person can find and delete it:
///
///     try FreeText.validate("홍콩\u{1B}반점", as: .storeName)
///     // The store name cannot hold ESC (U+001B, a control character), at character 3; …
///
/// ``escapedForTerminal(_:)`` is the printers' half of the rule: logs written before it hold
/// such characters still, and are shown escaped (`\u{1B}`), never raw.
public enum FreeText {
    /// A kind of text, with its label for messages and its length bound.
    ///
    /// The bounds are what the screens can show without losing meaning, with room to spare, and
    /// small enough that one person cannot fill another's screen or the log:
    /// - names (store 30, menu item 30, category 20) fit a list row on an 80-column terminal
    ///   next to a price; Korean store names are rarely over 15 characters;
    /// - an address of 100 characters holds the longest Korean road address with a building
    ///   and unit number (about 60) with room left;
    /// - a payout account (40) is a bank name and an account number;
    /// - a delivery note (60) is a short request at the door ("문 앞에 놓고 벨 눌러주세요");
    /// - a menu description (200) is a line or two under an item;
    /// - a reason (200) is a sentence or three: enough to say why an order was refused or
    ///   declined, not a letter. A 10,000-character reason was accepted before;
    /// - a review or a reply (500, as before) is a short paragraph.
    public enum Field: Sendable, Equatable {
        case storeName, address, category, payoutAccount
        /// What a customer asks the rider at the door ("문 앞에 놓아주세요").
        case deliveryNote
        case menuItemName, menuDescription
        case reason, review, reply

        /// What a message calls the field.
        public var label: String {
            switch self {
            case .storeName: "store name"
            case .address: "address"
            case .deliveryNote: "delivery note"
            case .category: "category"
            case .payoutAccount: "payout account"
            case .menuItemName: "menu item's name"
            case .menuDescription: "menu item's description"
            case .reason: "reason"
            case .review: "review"
            case .reply: "reply"
            }
        }

        /// The most characters (as a person counts them: one Hangul syllable is one) it holds.
        public var maxLength: Int {
            switch self {
            case .storeName, .menuItemName: 30
            case .category: 20
            case .payoutAccount: 40
            case .deliveryNote: 60
            case .address: 100
            case .menuDescription, .reason: 200
            case .review, .reply: 500
            }
        }

        /// Reviews and replies may run over several lines; everything else is one line, since
        /// it is shown in a row or a title.
        public var allowsLineBreaks: Bool { self == .review || self == .reply }
    }

    /// Checks `raw` for the field and returns it canonical: surrounding white space trimmed,
    /// precomposed (NFC, so decomposed Hangul typed on some systems matches). Empty text is
    /// returned as is: whether a field may be empty is the caller's rule.
    public static func validate(_ raw: String, as field: Field) throws(RuleViolation) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        if let found = firstRefused(in: text, allowingLineBreaks: field.allowsLineBreaks) {
            throw .forbiddenCharacter(field: field.label, character: describe(found.scalar), position: found.position)
        }
        guard text.count <= field.maxLength else {
            throw .textTooLong(field: field.label, maximum: field.maxLength, actual: text.count)
        }
        return text
    }

    /// The first character the rule refuses, and its position counted from 1 in characters.
    public static func firstRefused(in text: String, allowingLineBreaks: Bool = false)
        -> (scalar: Unicode.Scalar, position: Int)?
    {
        for (offset, character) in text.enumerated() {
            let scalars = character.unicodeScalars
            let isEmoji = scalars.first.map { $0.properties.isEmoji && $0.value > 0x7F } ?? false
            for scalar in scalars where isRefused(scalar) || (!isEmoji && isEmojiJoiner(scalar)) {
                if allowingLineBreaks, scalar == "\n" { continue }
                return (scalar, offset + 1)
            }
            if scalars.count > mostScalarsPerCharacter, let extra = scalars.dropFirst(mostScalarsPerCharacter).first {
                return (extra, offset + 1)
            }
        }
        return nil
    }

    /// The longest emoji sequences (a kiss with two skin tones) have 10 code points; no letter
    /// of any script needs as many.
    public static let mostScalarsPerCharacter = 10

    /// Invisible, yet what emoji are built with: allowed only inside an emoji.
    private static func isEmojiJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || scalar.value == 0xFE0E || scalar.value == 0xFE0F
    }

    /// Whether the scalar may never appear in free text (line feeds aside, which multi-line
    /// fields take).
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        kind(of: scalar) != nil
    }

    /// Text for a terminal: every refused character written as `\u{…}`, so a log that holds
    /// one (written before the rule, or by a tool that skipped it) prints as visible, inert
    /// text. Line feeds are escaped too, since printers show one entry per line.
    ///
    ///     FreeText.escapedForTerminal("홍콩\u{1B}]0;pwned\u{07}")  // "홍콩\u{1B}]0;pwned\u{7}"
    public static func escapedForTerminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRefused) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            if isRefused(scalar) {
                escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private enum Kind: String {
        case control = "a control character"
        case bidi = "a right-to-left or direction control"
        case invisible = "an invisible character"
    }

    private static func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: .control
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: .bidi
        case 0x200D, 0xFE0E, 0xFE0F: nil  // emoji joiners: judged by the character they are in
        case 0x200B, 0x200C, 0x2060, 0xFEFF, 0x00AD, 0x115F, 0x1160, 0x3164, 0xFFA0: .invisible
        default: scalar.properties.isDefaultIgnorableCodePoint ? .invisible : nil
        }
    }

    /// "ESC (U+001B, a control character)": the name a person may know it by, and its code.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let kind = kind(of: scalar)?.rawValue ?? (isEmojiJoiner(scalar) ? Kind.invisible.rawValue : "a character")
        let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0A: "LF (a line break)",
            0x0D: "CR (a carriage return)", 0x1B: "ESC", 0x7F: "DEL", 0x202E: "RIGHT-TO-LEFT OVERRIDE",
            0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x200B: "ZERO WIDTH SPACE", 0x200D: "ZERO WIDTH JOINER", 0x3164: "HANGUL FILLER",
        ]
        guard let name = names[scalar.value] else { return "\(code) (\(kind))" }
        return "\(name) (\(code), \(kind))"
    }
}
