import DeliveryDomain
import DeliveryEngine

/// What `baedal` with no arguments offers.
public enum LauncherEntry: Equatable, Sendable {
    case loadSamples, signIn, signUp, demo, quit

    var title: String {
        switch self {
        case .loadSamples: "샘플 가게 불러오기"
        case .signIn: "로그인"
        case .signUp: "회원가입"
        case .demo: "데모"
        case .quit: "종료"
        }
    }

    var detail: String {
        switch self {
        case .loadSamples: "가게 5곳과 샘플 계정"
        case .signIn: "역할에 맞는 화면이 열려요"
        case .signUp: "고객 · 사장님 · 라이더"
        case .demo: "baedal demo: 규칙 둘러보기"
        case .quit: ""
        }
    }

    var shortcut: Character {
        switch self {
        case .loadSamples: "s"
        case .signIn: "i"
        case .signUp: "u"
        case .demo: "d"
        case .quit: "q"
        }
    }
}

/// The launcher: sign in or sign up (which opens the account's role), start the demo, and
/// on an empty database load the sample stores.
///
/// Keys: ↑/↓ or j/k choose, Enter opens; `i` sign in, `u` sign up, `d` demo, `s` samples
/// (only when the database has no stores), `q` quits. In a form, Esc comes back here.
public struct LauncherModel: Equatable, Sendable {
    enum Mode: Equatable, Sendable {
        case menu, signIn, signUp
    }

    var mode = Mode.menu
    var menu = SelectionList<LauncherEntry>(items: [.signIn, .signUp, .demo, .quit])
    /// How many stores there are and how many take orders now; nil until counted.
    var storeCount: StoreCounts?
    var signIn = SignInForm(expectedRole: nil, name: "")
    var signUp = SignUpForm()
    var notice: Notice?
    /// Set while a slow effect runs (loading samples, the demo).
    var busy: String?

    public init() {}

    var isEditingText: Bool { mode != .menu }

    var hints: [KeyHint] {
        switch mode {
        case .signIn: return signIn.hints
        case .signUp: return signUp.hints
        case .menu:
            var hints = [
                KeyHint(key: "q", action: "종료"), KeyHint(key: "?", action: "도움말"),
                KeyHint(.enter, action: "열기"), KeyHint(key: "↑↓/jk", action: "고르기"),
            ]
            for entry in menu.items where entry != .quit {
                hints.append(KeyHint(key: String(entry.shortcut), action: entry.title))
            }
            return hints
        }
    }

    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        switch message {
        case .key(let key):
            switch mode {
            case .menu: return handleMenu(key)
            case .signIn:
                if key == .escape && !signIn.busy {
                    mode = .menu
                    return []
                }
                return signIn.handle(key)
            case .signUp:
                if key == .escape && !signUp.busy {
                    mode = .menu
                    return []
                }
                return signUp.handle(key)
            }
        case .signedIn(.failure):
            if mode == .signUp { return signUp.update(message) }
            return signIn.update(message, context: &context)
        case .fetched(.storeCount, .success(.storeCount(let counts))):
            storeCount = counts
            let count = counts.total
            let entries: [LauncherEntry] =
                count == 0
                ? [.loadSamples, .signIn, .signUp, .demo, .quit]
                : [.signIn, .signUp, .demo, .quit]
            if entries != menu.items {
                let selected = menu.selectedItem
                menu.replaceItems(entries)
                menu.select(entries.firstIndex(of: count == 0 ? .loadSamples : (selected ?? .signIn)) ?? 0)
            }
            return []
        case .storeChanged:
            return [.fetch(.storeCount)]
        case .samplesLoaded(let result):
            busy = nil
            switch result {
            case .success(let summary): notice = .success(summary)
            case .failure(let error): notice = .refusal(error)
            }
            return [.fetch(.storeCount)]
        case .demoFinished(let text):
            busy = nil
            notice = Notice(text)
            return [.fetch(.storeCount)]
        default:
            return []
        }
    }

    private mutating func handleMenu(_ key: Key) -> [Effect] {
        guard busy == nil else { return [] }
        notice = nil
        if menu.handle(key) { return [] }
        switch key {
        case .enter:
            guard let entry = menu.selectedItem else { return [] }
            return open(entry)
        case .character(let c):
            if let entry = menu.items.first(where: { $0.shortcut == c }) {
                menu.select(menu.items.firstIndex(of: entry)!)
                return open(entry)
            }
            return []
        default: return []
        }
    }

    private mutating func open(_ entry: LauncherEntry) -> [Effect] {
        switch entry {
        case .signIn:
            mode = .signIn
            signIn = SignInForm(expectedRole: nil, name: signIn.name.text)
        case .signUp:
            mode = .signUp
            signUp = SignUpForm()
        case .demo:
            busy = "데모를 여는 중…"
            return [.launchDemo]
        case .loadSamples:
            busy = "샘플 가게를 불러오는 중… (계정 9개의 비밀번호를 해시하느라 몇 초 걸려요)"
            return [.loadSampleStores]
        case .quit:
            return [.quit]
        }
        return []
    }
}
