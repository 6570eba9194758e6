/// How a cell looks: semantic colours plus attributes.
///
/// Build styles by chaining from a named starting point:
/// `.danger.bold()`, `.plain.reversed()`, `.muted.on(.inverse)`.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var foreground: SemanticColor
    public var background: SemanticColor
    public var attributes: TextAttributes

    public init(
        foreground: SemanticColor = .default,
        background: SemanticColor = .default,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()
    public static let accent = Style(foreground: .accent)
    public static let info = Style(foreground: .info)
    public static let success = Style(foreground: .success)
    public static let warning = Style(foreground: .warning)
    public static let danger = Style(foreground: .danger)
    public static let muted = Style(foreground: .muted)
    /// Plain text made to stand out without colour.
    public static let emphasis = Style(attributes: .bold)
    /// The highlighted row of a list or table.
    public static let selected = Style(attributes: .reverse)
    /// Titles of boxes and screens.
    public static let title = Style(foreground: .accent, attributes: .bold)
    /// A solid bar such as the screen header.
    public static let bar = Style(foreground: .inverse, background: .accent, attributes: .bold)

    public func bold() -> Style { adding(.bold) }
    public func dim() -> Style { adding(.dim) }
    public func reversed() -> Style { adding(.reverse) }
    public func underlined() -> Style { adding(.underline) }

    /// This style with `background` behind it.
    public func on(_ background: SemanticColor) -> Style {
        var style = self
        style.background = background
        return style
    }

    /// This style with `attributes` added.
    public func adding(_ attributes: TextAttributes) -> Style {
        var style = self
        style.attributes.formUnion(attributes)
        return style
    }

    /// A compact name such as `accent on inverse bold`, used by ``CellGrid/styledDump()``.
    public var description: String {
        var words: [String] = []
        if foreground != .default { words.append(foreground.rawValue) }
        if background != .default { words.append("on \(background.rawValue)") }
        if attributes.contains(.bold) { words.append("bold") }
        if attributes.contains(.dim) { words.append("dim") }
        if attributes.contains(.reverse) { words.append("reverse") }
        if attributes.contains(.underline) { words.append("underline") }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }
}
