import DeliveryDomain
/// A key and what it does on the current screen: `KeyHint(key: "q", .quit, in: language)`.
///
/// The same list feeds the footer and the `?` help overlay, so a screen declares its
/// keys once and both stay in sync.
public struct KeyHint: Hashable, Sendable {
    /// How the key is written, e.g. `Enter`, `j/k`, `↑↓`.
    public var key: String
    /// What it does, in the user's words, e.g. `주문하기`.
    public var action: String

    public init(key: String, action: String) {
        self.key = key
        self.action = action
    }

    /// A hint labelled with the key's standard name (``Key/label``).
    public init(_ key: Key, action: String) {
        self.init(key: key.label, action: action)
    }
}

extension KeyHint {
    /// The key a click on this hint presses: its first alternative when that is one key's
    /// ``Key/label`` (`Enter` in `Enter/→/l`, `r`, `Esc`, `C-u`, `F2`). Nil when the hint
    /// names several keys at once (`↑↓`, `1-4`, `[ ]`).
    public var pressedKey: Key? {
        guard let first = key.split(separator: "/").first.map(String.init) else { return nil }
        return Key(label: first)
    }
}

extension Key {
    /// Keys a hint names by a word or an arrow. Built once: every frame's hint bar asks for each
    /// hint's key (the bar's click targets), and building it per call was 2% of a served
    /// session's drawing (perf, `bench serve`).
    private static let named: [String: Key] = [
        "Space": .character(" "), "Enter": .enter, "Esc": .escape, "Tab": .tab, "S-Tab": .backTab, "↑": .up,
        "↓": .down, "←": .left, "→": .right, "Bksp": .backspace, "Del": .delete, "Home": .home, "End": .end,
        "PgUp": .pageUp, "PgDn": .pageDown,
    ]

    /// The key whose ``label`` is `label`, if one is.
    public init?(label: String) {
        if let key = Self.named[label] {
            self = key
        } else if label.count == 1, let character = label.first, !character.isWhitespace {
            self = .character(character)
        } else if label.hasPrefix("C-"), label.count == 3, let letter = label.last, letter.isLetter {
            self = .ctrl(letter)
        } else if label.hasPrefix("F"), let number = Int(label.dropFirst()), (1...63).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }
}
