/// A colour named for what it means, not how it looks, so screens say "this is a
/// warning" and the driver decides what that looks like on the terminal at hand —
/// including monochrome terminals and `NO_COLOR`, where meaning falls back to attributes.
public enum SemanticColor: String, Hashable, Sendable, CaseIterable {
    /// The terminal's own foreground or background.
    case `default`
    /// Brand and focus: titles, key names, the active element.
    case accent
    /// Neutral information that should stand out a little.
    case info
    /// Things that went well: order accepted, payment approved, delivered.
    case success
    /// Needs attention soon: slow kitchen, rider delayed.
    case warning
    /// Failed or destructive: payment declined, cancel order.
    case danger
    /// Secondary text: timestamps, hints, disabled items.
    case muted
    /// Ordinary text colour used as a fill: as a background it makes a solid bar, as a
    /// foreground it is the colour that reads on such a bar.
    case inverse
}
