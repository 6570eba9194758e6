import DeliveryDomain
import DeliveryEngine

/// A line of news shown in place, where the person just acted: why something was refused,
/// or that it worked. Refusals stay until the next key so they can be read.
public struct Notice: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case info, success, refusal
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static func refusal(_ text: String) -> Notice { Notice(text, kind: .refusal) }
    public static func refusal(_ error: DeliveryError, in language: Language) -> Notice {
        Notice(error.text(in: language), kind: .refusal)
    }
    public static func success(_ text: String) -> Notice { Notice(text, kind: .success) }

    var style: Style {
        switch kind {
        case .info: .info
        case .success: .success
        case .refusal: .danger.bold()
        }
    }

    var marker: String {
        switch kind {
        case .info: "· "
        case .success: "✓ "
        case .refusal: "✗ "
        }
    }

    /// Draws the notice on `rect`'s rows, wrapped; what does not fit ends in an ellipsis.
    func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let lines = (marker + text).wrapped(toWidth: rect.width)
        for (index, line) in lines.prefix(rect.height).enumerated() {
            let last = index == rect.height - 1 && lines.count > rect.height
            grid.put(
                last ? line.truncated(toWidth: rect.width - 1) + "…" : line,
                x: rect.x, y: rect.y + index, style: style, maxWidth: rect.width)
        }
    }
}
