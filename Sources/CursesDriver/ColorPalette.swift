import CNCursesW
import TerminalUI

/// Turns semantic ``Style``s into curses attributes and colour pairs.
///
/// With colour, each semantic colour maps to one of the eight ANSI colours (muted to
/// bright black where the terminal has it) over the terminal's own background. Without
/// colour — a monochrome terminal, or `NO_COLOR` set — meaning is carried by attributes:
/// coloured backgrounds (bars, toasts) become reverse video, muted becomes dim, danger
/// becomes bold. Pairs are allocated on first use, so terminals with few pairs work.
struct ColorPalette {
    let usesColor: Bool
    private let defaultForeground: Int16
    private let defaultBackground: Int16
    private let hasBrightBlack: Bool
    private let maxPairs: Int
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int16 = 1

    private struct PairKey: Hashable {
        let foreground: Int16
        let background: Int16
    }

    /// A palette for a terminal without colour, or before curses starts.
    static let monochrome = ColorPalette(usesColor: false, defaultColorsWork: false, colors: 0, colorPairs: 0)

    init(usesColor: Bool, defaultColorsWork: Bool, colors: Int, colorPairs: Int) {
        self.usesColor = usesColor
        self.defaultForeground = defaultColorsWork ? -1 : Int16(COLOR_WHITE)
        self.defaultBackground = defaultColorsWork ? -1 : Int16(COLOR_BLACK)
        self.hasBrightBlack = colors >= 16
        self.maxPairs = min(colorPairs, Int(Int16.max))
    }

    /// The attributes and colour pair that draw `style`.
    mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        guard usesColor else { return (Self.curses(style.monochromeAttributes), 0) }
        var attributes = Self.curses(style.attributes)
        if style.foreground == .muted && !hasBrightBlack { attributes |= baedal_attr_dim() }
        let key = PairKey(
            foreground: foregroundColor(style.foreground), background: backgroundColor(style.background))
        return (attributes, pair(for: key))
    }

    private static func curses(_ attributes: TextAttributes) -> attr_t {
        var result = baedal_attr_normal()
        if attributes.contains(.bold) { result |= baedal_attr_bold() }
        if attributes.contains(.dim) { result |= baedal_attr_dim() }
        if attributes.contains(.reverse) { result |= baedal_attr_reverse() }
        if attributes.contains(.underline) { result |= baedal_attr_underline() }
        return result
    }

    private func foregroundColor(_ color: SemanticColor) -> Int16 {
        switch color {
        case .muted: return hasBrightBlack ? 8 : defaultForeground
        case .inverse: return Int16(COLOR_BLACK)
        default: return ansiColor(color) ?? defaultForeground
        }
    }

    private func backgroundColor(_ color: SemanticColor) -> Int16 {
        switch color {
        case .muted: return hasBrightBlack ? 8 : Int16(COLOR_WHITE)
        case .inverse: return Int16(COLOR_WHITE)
        default: return ansiColor(color) ?? defaultBackground
        }
    }

    private func ansiColor(_ color: SemanticColor) -> Int16? {
        color.ansiNumber.map(Int16.init)
    }

    private mutating func pair(for key: PairKey) -> Int16 {
        if key.foreground == defaultForeground && key.background == defaultBackground { return 0 }
        if let existing = pairs[key] { return existing }
        guard Int(nextPair) < maxPairs else { return 0 }
        let number = nextPair
        init_pair(number, key.foreground, key.background)
        pairs[key] = number
        nextPair += 1
        return number
    }
}
