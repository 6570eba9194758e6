/// A short notice in the top-right corner that goes away by itself:
/// "주문이 접수되었습니다", "결제 실패: 카드 한도 초과".
///
/// Time is passed in, not read, so toasts stay deterministic in tests: the screen calls
/// ``elapse(_:)`` with the tick interval on every `.tick` and drops the toast once
/// ``isExpired``.
public struct Toast: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info, success, warning, error

        /// The border colour that says what kind of news this is.
        public var style: Style {
            switch self {
            case .info: return .info
            case .success: return .success
            case .warning: return .warning
            case .error: return .danger
            }
        }
    }

    public var message: String
    public var kind: Kind
    /// How much longer the toast stays up.
    public private(set) var remaining: Duration

    public init(_ message: String, kind: Kind = .info, duration: Duration = .seconds(3)) {
        self.message = message
        self.kind = kind
        self.remaining = duration
    }

    public var isExpired: Bool { remaining <= .zero }

    /// Counts down by `time`; returns whether the toast is still showing.
    @discardableResult
    public mutating func elapse(_ time: Duration) -> Bool {
        remaining = max(.zero, remaining - time)
        return !isExpired
    }

    /// Draws the toast as a small box in the top-right corner of `rect`, one column in
    /// from the edge, at most half the width (but at least 20 columns) wide.
    public func render(into grid: inout CellGrid, in rect: Rect) {
        let maxText = max(1, min(max(20, rect.width / 2), rect.width - 2) - 4)
        let text = message.displayWidth > maxText ? message.truncated(toWidth: maxText) : message
        let boxWidth = text.displayWidth + 4
        let box = Rect(x: rect.maxX - boxWidth - 1, y: rect.y, width: boxWidth, height: 3)
            .intersection(rect)
        let inside = grid.box(box, style: kind.style.bold(), border: .rounded)
        grid.put(text, x: inside.x + 1, y: inside.y, style: .emphasis, maxWidth: inside.width - 1)
    }
}
