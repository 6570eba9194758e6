import DeliveryDomain
import DeliveryEngine

/// What `baedal` with no arguments offers.
public enum LauncherEntry: Equatable, Sendable {
    case loadSamples, signIn, signUp, demo, quit

    func title(in language: Language) -> String {
        let words: LauncherText =
            switch self {
            case .loadSamples: .loadSamples
            case .signIn: .signIn
            case .signUp: .signUp
            case .demo: .demo
            case .quit: .quit
            }
        return words.text(in: language)
    }

    func detail(in language: Language) -> String {
        let words: LauncherText? =
            switch self {
            case .loadSamples: .loadSamplesDetail
            case .signIn: .signInDetail
            case .signUp: .signUpDetail
            case .demo: .demoDetail
            case .quit: nil
            }
        return words?.text(in: language) ?? ""
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
    /// The language the session is worded in (see ``AppModel/language``).
    public let language: Language

    public init(language: Language = .standard) {
        self.language = language
        signIn = SignInForm(expectedRole: nil, name: "", language: language)
        signUp = SignUpForm(language: language)
    }

    var isEditingText: Bool { mode != .menu }

    func words(_ text: LauncherText) -> String { text.text(in: language) }

    var hints: [KeyHint] {
        switch mode {
        case .signIn: return signIn.hints
        case .signUp: return signUp.hints
        case .menu:
            var hints = [
                KeyHint(key: "q", .quit, in: language), KeyHint(key: "?", .help, in: language),
                KeyHint(.enter, .open, in: language), KeyHint(key: "↑↓/jk", .choose, in: language),
            ]
            for entry in menu.items where entry != .quit {
                hints.append(KeyHint(key: String(entry.shortcut), action: entry.title(in: language)))
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
            case .failure(let error): notice = .refusal(error, in: language)
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
            signIn = SignInForm(expectedRole: nil, name: signIn.name.text, language: language)
        case .signUp:
            mode = .signUp
            signUp = SignUpForm(language: language)
        case .demo:
            busy = words(.openingDemo)
            return [.launchDemo]
        case .loadSamples:
            busy = words(.loadingSamples)
            return [.loadSampleStores]
        case .quit:
            return [.quit]
        }
        return []
    }
}
