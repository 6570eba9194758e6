/// A run of text in one style, for lines that mix styles such as
/// `[Span("주문 #12 "), Span("조리 중", style: .warning)]`.
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }
}

extension Array where Element == Span {
    /// The columns these spans occupy together.
    public var displayWidth: Int { reduce(0) { $0 + $1.text.displayWidth } }
}
