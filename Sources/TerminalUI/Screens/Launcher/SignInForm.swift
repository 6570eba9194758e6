import DeliveryDomain
import DeliveryEngine

extension Role {
    /// How the screens name the role.
    var koreanLabel: String {
        switch self {
        case .customer: "고객"
        case .owner: "사장님"
        case .rider: "라이더"
        }
    }
}

/// Name and password. The password is drawn as stars and never leaves the form except
/// inside a ``Secret``.
///
/// Keys: type to fill the focused field; Tab/↑/↓ switch fields; Enter moves to the next
/// empty field or signs in; Esc goes back (or quits when there is nowhere to go back to).
public struct SignInForm: Equatable, Sendable {
    /// The role the command was started for (`baedal owner` wants an owner); nil in the launcher.
    public var expectedRole: Role?
    var name = TextField(placeholder: "이름 (예: 김민수)", maxLength: 20)
    var password = TextField(placeholder: "8자 이상", maxLength: 64, masking: .secret())
    var focus = 0
    var notice: Notice?
    /// Waiting for the engine's answer.
    var busy = false

    public init(expectedRole: Role?, name: String) {
        self.expectedRole = expectedRole
        self.name.setText(name)
        focus = name.isEmpty ? 0 : 1
    }

    mutating func setPassword(_ text: String) { password.setText(text) }

    var title: String { expectedRole.map { "\($0.koreanLabel) 로그인" } ?? "로그인" }

    var hints: [KeyHint] {
        [
            KeyHint(.enter, action: "로그인"), KeyHint(key: "Tab/↑↓", action: "칸 이동"),
            KeyHint(.escape, action: expectedRole == nil ? "뒤로" : "종료"),
            KeyHint(key: "C-u", action: "칸 지우기"),
        ]
    }

    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        switch message {
        case .key(let key): return handle(key)
        case .signedIn(.failure(let error)):
            busy = false
            notice = .refusal(error)
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
                notice = .refusal("이름을 입력하세요.")
                return []
            }
            if password.isEmpty {
                // Enter on the name moves on to the password; on an empty password it says why not.
                notice = focus == 1 ? .refusal("비밀번호를 입력하세요.") : nil
                focus = 1
                return []
            }
            busy = true
            notice = Notice("로그인하는 중…")
            return [.signIn(name: name.text.trimmingCharacters(in: .whitespaces), password: Secret(password.text))]
        default:
            notice = nil
            if focus == 0 { name.handle(key) } else { password.handle(key) }
            return []
        }
    }

    /// Draws the form's fields in `rect` and returns the caret.
    func renderFields(into grid: inout CellGrid, in rect: Rect) -> CursorPosition? {
        let labels = ["이름", "비밀번호"]
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
        let body = ScreenChrome(title: "배달 baedal · \(title)", status: TimeText.clock(context.now), hints: hints)
            .render(into: &grid)
        let box = body.centered(width: min(64, body.width - 4), height: 13)
        let inside = grid.box(box, title: title, style: .accent).inset(top: 1, left: 2, right: 2)
        grid.put("계정 이름과 비밀번호를 입력하세요.", x: inside.x, y: inside.y, style: .muted)
        return renderFields(into: &grid, in: inside.inset(top: 2))
    }
}
