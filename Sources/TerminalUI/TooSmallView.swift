import DeliveryDomain

/// What to show instead of a screen when the terminal is smaller than the screens are
/// designed for: "Window too small: 62×20. baedal needs at least 80×24." centred.
///
/// Screens are laid out for ``TerminalSize/minimum``; rather than draw them broken, the
/// app shows this until the user enlarges the window (the next `.resize` event).
public struct TooSmallView: Hashable, Sendable {
    public var size: TerminalSize
    public var minimum: TerminalSize
    public var language: Language

    public init(size: TerminalSize, minimum: TerminalSize = .minimum, language: Language = .standard) {
        self.size = size
        self.minimum = minimum
        self.language = language
    }

    /// The frame to show at `size`, or nil when the terminal is big enough for screens.
    ///
    /// ```swift
    /// if let frame = TooSmallView.frame(for: size) { return .render(frame) }
    /// ```
    public static func frame(for size: TerminalSize, minimum: TerminalSize = .minimum, language: Language = .standard) -> Frame? {
        size.isAtLeast(minimum) ? nil : TooSmallView(size: size, minimum: minimum, language: language).frame
    }

    /// The two sentences of the message; shown on one line when it fits.
    public var sentences: [String] {
        [ScreenText.windowTooSmall(size: "\(size)").text(in: language), ScreenText.windowNeeds(minimum: "\(minimum)").text(in: language)]
    }

    public var message: String { sentences.joined(separator: " ") }

    /// The message centred on a grid of the current size. In a window narrower than the
    /// message, each sentence gets its own line(s), so it never breaks mid-sentence
    /// when it does not have to.
    public var frame: Frame {
        var grid = CellGrid(size: size)
        let lines =
            message.displayWidth <= size.width
            ? [message]
            : sentences.flatMap { $0.wrapped(toWidth: size.width) }
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            grid.put(
                line, in: Rect(x: 0, y: top + index, width: size.width, height: 1),
                alignment: .center, style: .warning.bold())
        }
        return Frame(grid: grid)
    }
}
