import DeliveryDomain
import DeliveryEngine

/// Name and password. The password is drawn as stars and never leaves the form except
/// inside a ``Secret``.
///
/// Keys: type to fill the focused field; Tab/↑/↓ switch fields; Enter moves to the next
/// empty field or signs in; Esc goes back (or quits when there is nowhere to go back to).
public struct SignInForm: Equatable, Sendable {
    /// The role the command was started for (`baedal owner` wants an owner); nil in the launcher.
    public var expectedRole: Role?
    var name: TextField
    var password: TextField
    var focus = 0
    var notice: Notice?
    /// Waiting for the engine's answer.
    var busy = false
    /// The language the session is worded in (see ``AppModel/language``).
    public let language: Language

    public init(expectedRole: Role?, name: String, language: Language = .standard) {
        self.expectedRole = expectedRole
        self.language = language
        self.name = TextField(placeholder: LauncherText.namePlaceholder.text(in: language), maxLength: 20)
        self.password = TextField(placeholder: LauncherText.passwordPlaceholder.text(in: language), maxLength: 64, masking: .secret())
        self.name.setText(name)
        focus = name.isEmpty ? 0 : 1
    }

    mutating func setPassword(_ text: String) { password.setText(text) }

    var title: String { words(expectedRole.map { .roleSignIn($0) } ?? .signIn) }

    func words(_ text: LauncherText) -> String { text.text(in: language) }

    var hints: [KeyHint] {
        [
            KeyHint(.enter, .signIn, in: language), KeyHint(key: "Tab/↑↓", .moveField, in: language),
            KeyHint(.escape, expectedRole == nil ? .back : .quit, in: language),
            KeyHint(key: "C-u", .clearField, in: language),
        ]
    }

    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        switch message {
        case .key(let key): return handle(key)
        case .signedIn(.failure(let error)):
            busy = false
            notice = .refusal(error, in: language)
            password.clear()
            // An unknown name is fixed in the name field; anything else by retyping the password.
            if case .refused(.unknownAccount) = error { focus = 0 } else { focus = 1 }
            return []
        default: return []
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        guard !busy else { return [] }
        switch key {
        case .escape:
            return expectedRole == nil ? [] : [.quit]
        case .tab, .backTab, .up, .down:
            focus = 1 - focus
            return []
        case .enter:
            if name.text.trimmingCharacters(in: .whitespaces).isEmpty {
                focus = 0
                notice = .refusal(words(.enterName))
                return []
            }
            if password.isEmpty {
                // Enter on the name moves on to the password; on an empty password it says why not.
                notice = focus == 1 ? .refusal(words(.enterPassword)) : nil
                focus = 1
                return []
            }
            busy = true
            notice = Notice(words(.signingIn))
            return [.signIn(name: name.text.trimmingCharacters(in: .whitespaces), password: Secret(password.text))]
        default:
            notice = nil
            if focus == 0 { name.handle(key) } else { password.handle(key) }
            return []
        }
    }

    /// Draws the form's fields in `rect` and returns the caret.
    func renderFields(into grid: inout CellGrid, in rect: Rect) -> CursorPosition? {
        let labels = [words(.nameLabel), words(.passwordLabel)]
        var cursor: CursorPosition?
        for (index, field) in [name, password].enumerated() {
            let y = rect.y + index * 2
            let focused = index == focus
            grid.put(labels[index], x: rect.x, y: y, style: focused ? .accent.bold() : .plain)
            let input = Rect(x: rect.x + 10, y: y, width: min(36, rect.width - 10), height: 1)
            let caret = field.render(into: &grid, in: input, style: .plain.underlined())
            if focused && !busy { cursor = caret }
        }
        notice?.render(into: &grid, in: Rect(x: rect.x, y: rect.y + 5, width: rect.width, height: 3))
        return cursor
    }

    /// The form as a whole screen, for `baedal customer|owner|rider`.
    func renderScreen(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        let body = ScreenChrome(
            title: "\(SessionWords.brand.text(in: language)) · \(title)", status: TimeText.clock(context.now), hints: hints
        )
        .render(into: &grid)
        let box = body.centered(width: min(64, body.width - 4), height: 13)
        let inside = grid.box(box, title: title, style: .accent).inset(top: 1, left: 2, right: 2)
        grid.put(words(.enterNameAndPassword), x: inside.x, y: inside.y, style: .muted)
        return renderFields(into: &grid, in: inside.inset(top: 2))
    }
}
