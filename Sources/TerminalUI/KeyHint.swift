/// A key and what it does on the current screen: `KeyHint(key: "q", action: "종료")`.
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
