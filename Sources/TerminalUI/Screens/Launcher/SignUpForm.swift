import DeliveryDomain
import DeliveryEngine

/// Name, password (typed twice) and role. The engine checks the name and the password's
/// length; the form only checks what it alone can see, that both passwords match.
///
/// Keys: type to fill the focused field; Tab/↑/↓ switch fields; ←/→ (or Space) choose the
/// role when its row is focused; Enter signs up; Esc goes back.
public struct SignUpForm: Equatable, Sendable {
    var name: TextField
    var password: TextField
    var repeated: TextField
    var role: Role = .customer
    /// 0 name, 1 password, 2 repeated, 3 role.
    var focus = 0
    var notice: Notice?
    var busy = false
    /// The language the session is worded in (see ``AppModel/language``).
    public let language: Language

    public init(language: Language = .standard) {
        self.language = language
        name = TextField(placeholder: LauncherText.newNamePlaceholder.text(in: language), maxLength: 20)
        password = TextField(placeholder: LauncherText.passwordPlaceholder.text(in: language), maxLength: 64, masking: .secret())
        repeated = TextField(placeholder: LauncherText.repeatPlaceholder.text(in: language), maxLength: 64, masking: .secret())
    }

    func words(_ text: LauncherText) -> String { text.text(in: language) }

    var hints: [KeyHint] {
        [
            KeyHint(.enter, .signUp, in: language), KeyHint(key: "Tab/↑↓", .moveField, in: language),
            KeyHint(key: "←/→", .chooseRole, in: language),
            KeyHint(.escape, .back, in: language),
        ]
    }

    mutating func update(_ message: AppMessage) -> [Effect] {
        switch message {
        case .key(let key): return handle(key)
        case .signedIn(.failure(let error)):
            busy = false
            notice = .refusal(error, in: language)
            // The caret goes where the fix is typed, so the next keys land in that field.
            if let field = Self.field(for: error) {
                focus = field
                if field == 1 {
                    password.clear()
                    repeated.clear()
                }
            }
            return []
        default: return []
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        guard !busy else { return [] }
        switch key {
        case .tab, .down:
            focus = (focus + 1) % 4
        case .backTab, .up:
            focus = (focus + 3) % 4
        case .left where focus == 3:
            role = Role.allCases[(Role.allCases.firstIndex(of: role)! + 2) % 3]
        case .right where focus == 3, .character(" ") where focus == 3:
            role = Role.allCases[(Role.allCases.firstIndex(of: role)! + 1) % 3]
        case .enter:
            return submit()
        default:
            notice = nil
            switch focus {
            case 0: name.handle(key)
            case 1: password.handle(key)
            case 2: repeated.handle(key)
            default: break
            }
        }
        return []
    }

    /// The field a refusal is about: 0 the name, 1 the password; nil when it is about neither.
    static func field(for error: DeliveryError) -> Int? {
        guard case .refused(let violation) = error else { return nil }
        switch violation {
        case .nameTaken, .invalidName, .nameResembles: return 0
        case .weakPassword, .passwordTooLong, .blankPassword: return 1
        default: return nil
        }
    }

    private mutating func submit() -> [Effect] {
        guard password.text == repeated.text else {
            focus = 2
            repeated.clear()
            notice = .refusal(words(.passwordsDiffer))
            return []
        }
        busy = true
        notice = Notice(words(.signingUp))
        return [.signUp(name: name.text.trimmingCharacters(in: .whitespaces), role: role, password: Secret(password.text))]
    }

    func renderFields(into grid: inout CellGrid, in rect: Rect) -> CursorPosition? {
        let labels = [words(.nameLabel), words(.passwordLabel), words(.repeatLabel), words(.roleLabel)]
        var cursor: CursorPosition?
        for (index, label) in labels.enumerated() {
            let y = rect.y + index * 2
            let focused = index == focus
            grid.put(label, x: rect.x, y: y, style: focused ? .accent.bold() : .plain)
            let input = Rect(x: rect.x + 14, y: y, width: min(34, rect.width - 14), height: 1)
            switch index {
            case 0, 1, 2:
                let field = [name, password, repeated][index]
                let caret = field.render(into: &grid, in: input, style: .plain.underlined())
                if focused && !busy { cursor = caret }
            default:
                var x = input.x
                for option in Role.allCases {
                    let chosen = option == role
                    let text = (chosen ? "(*) " : "( ) ") + option.label(in: language)
                    x += grid.put(text, x: x, y: y, style: chosen ? (focused ? .selected.bold() : .accent.bold()) : .plain) + 2
                }
            }
        }
        notice?.render(into: &grid, in: Rect(x: rect.x, y: rect.y + 8, width: rect.width, height: 2))
        return cursor
    }
}
