import DeliveryDomain

/// A small form drawn over a page: a question, up to a few labelled fields, and the
/// refusal in place when the engine says no. Confirming an order with a cooking time,
/// rejecting with a reason, replying to a review and cancelling an order all use it.
///
/// Keys: Enter submits, Esc closes, Tab/↓ and S-Tab/↑ move between fields; a prompt
/// without fields is a yes/no question that also takes `y` and `n`.
public struct Prompt: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        public var label: String
        public var input: TextField

        public init(_ label: String, _ input: TextField) {
            self.label = label
            self.input = input
        }
    }

    public enum Outcome: Equatable, Sendable {
        case stay, cancel, submit
    }

    public var title: String
    public var lines: [String]
    public var fields: [Field]
    public private(set) var focus: Int = 0
    public var error: String?
    /// What Enter does, shown in the prompt's last line.
    public var submitLabel: String
    /// The session's language, for the prompt's own keys (`y 예 · n 아니요`).
    public var language: Language

    /// `submitLabel` nil reads "확인" (OK).
    public init(title: String, lines: [String] = [], fields: [Field] = [], submitLabel: String? = nil, language: Language) {
        self.title = title
        self.lines = lines
        self.fields = fields
        self.submitLabel = submitLabel ?? HintWord.confirm.text(in: language)
        self.language = language
    }

    public var isQuestion: Bool { fields.isEmpty }

    public func text(_ index: Int) -> String {
        fields.indices.contains(index) ? fields[index].input.text.trimmingCharacters(in: .whitespaces) : ""
    }

    public mutating func focus(on index: Int) {
        guard !fields.isEmpty else { return }
        focus = min(max(0, index), fields.count - 1)
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter: return .submit
        case .tab, .down:
            if !fields.isEmpty { focus = (focus + 1) % fields.count }
            return .stay
        case .backTab, .up:
            if !fields.isEmpty { focus = (focus + fields.count - 1) % fields.count }
            return .stay
        default:
            if isQuestion {
                if key == .character("y") || key == .character("Y") { return .submit }
                if key == .character("n") || key == .character("N") { return .cancel }
                return .stay
            }
            if fields[focus].input.handle(key) { error = nil }
            return .stay
        }
    }

    /// The keys, for the help overlay while the prompt is open.
    var hints: [KeyHint] {
        if isQuestion {
            return [KeyHint(key: "y/Enter", action: submitLabel), KeyHint(key: "n/Esc", .close, in: language)]
        }
        return [
            KeyHint(.enter, action: submitLabel), KeyHint(.escape, .close, in: language),
            KeyHint(key: "Tab/↓", .nextField, in: language), KeyHint(key: "S-Tab/↑", .previousField, in: language),
        ]
    }

    /// Draws the prompt centred in `area` and returns where the caret is.
    func render(into grid: inout CellGrid, in area: Rect) -> CursorPosition? {
        let width = min(max(50, area.width * 2 / 3), area.width - 2)
        let inner = width - 4
        let labelWidth = (fields.map(\.label.displayWidth).max() ?? 0)
        let body = lines.flatMap { $0.wrapped(toWidth: inner) }
        let errorLines = error.map { ("✗ " + $0).wrapped(toWidth: inner) } ?? []
        let height = 2 + body.count + (body.isEmpty ? 0 : 1) + fields.count + 1 + errorLines.count + 1
        let box = area.centered(width: width, height: height)
        // Modal: a click anywhere on the page under it must not reach the list beneath.
        grid.addHitRegion(area, .blocking)
        let inside = grid.box(box, title: title, style: .accent.bold(), border: .double).inset(left: 1, right: 1)
        var y = inside.y
        for line in body {
            grid.put(line, x: inside.x, y: y, maxWidth: inside.width)
            y += 1
        }
        if !body.isEmpty { y += 1 }
        var cursor: CursorPosition?
        for (index, field) in fields.enumerated() {
            let focused = index == focus
            grid.put(
                field.label.padded(toWidth: labelWidth), x: inside.x, y: y,
                style: focused ? .accent.bold() : .plain)
            let input = Rect(x: inside.x + labelWidth + 1, y: y, width: inside.width - labelWidth - 1, height: 1)
            let caret = field.input.render(into: &grid, in: input, style: .plain.underlined())
            if focused { cursor = caret }
            y += 1
        }
        y += 1
        for line in errorLines {
            grid.put(line, x: inside.x, y: y, style: .danger.bold(), maxWidth: inside.width)
            y += 1
        }
        let keys = PromptKeys(isQuestion: isQuestion, submitLabel: submitLabel).text(in: language)
        grid.put(keys, in: inside.row(inside.height - 1), alignment: .right, style: .muted)
        return cursor
    }
}

/// A prompt's last line: the keys that answer it.
struct PromptKeys: Equatable, Sendable, Localized {
    var isQuestion: Bool
    var submitLabel: String

    func text(in language: Language) -> String {
        switch language {
        case .korean: isQuestion ? "y 예 · n 아니요" : "Enter \(submitLabel) · Esc 닫기 · Tab 다음 칸"
        case .english: isQuestion ? "y yes · n no" : "Enter \(submitLabel) · Esc close · Tab next field"
        }
    }
}
