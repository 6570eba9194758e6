import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the SSH keys page asks in a prompt.
enum SSHKeysPrompt: Equatable, Sendable {
    /// One pasted public key line.
    case register
    /// Whether to remove this key.
    case remove(SSHKey)
    /// The current password, and the new one twice.
    case changePassword
}

/// "계정" (account): how this person signs in. The public keys a signed-in customer, owner or
/// rider signs in to `baedal serve` with instead of a password, and the password itself. Any of
/// them opens it with `K`; it lists their own keys (type,
/// fingerprint and comment, never the key), takes one pasted `ssh-ed25519 AAAA… comment`
/// line, and removes a key after asking. It only ever names the session's own account.
///
/// A pasted line is checked here first, so text that is not a public key line (a private
/// key pasted by mistake arrives one line per Enter) is cleared and never leaves the page;
/// the registry then checks the key itself. Comments come from outside and are drawn with
/// control characters taken out, so an escape sequence in one cannot reach the terminal.
///
/// The other way in is the password, so the page changes it too (`p`): the current password
/// and the new one twice, drawn as stars; the two new ones must agree and follow the password
/// rule before anything leaves the page, and the engine checks the current one as a sign-in
/// would (``DeliveryEngine/changePassword(current:new:as:)``).
///
/// Keys: `a` registers, `d`/Delete removes the selected key, `p` changes the password, ↑/↓ j/k
/// move, Esc goes back; Tab and the section digits go back too, to that section.
struct SSHKeysPage: Equatable, Sendable {
    /// The session's account: every request names it, and only it.
    let account: String
    /// The same person, as the engine knows them: a password change names them.
    let actor: Actor
    var keys = SelectionList<SSHKey>()
    var loaded = false
    var prompt: OpenPrompt<SSHKeysPrompt>?
    /// A password change is on its way: Enter again would send it twice, and the second, checked
    /// against the hash the first replaced, would count as a failed sign-in.
    var changingPassword = false
    var notice: Notice?
    /// The session's language (see ``AppModel/language``).
    let language: Language

    /// The key that opens the page on every signed-in screen.
    static let openingKey = Key.character("K")
    static func openingHint(in language: Language) -> KeyHint { KeyHint(key: "K", .sshKeys, in: language) }
    /// Enough for any OpenSSH public key line, RSA's included, with a long comment.
    static let longestLine = 2048

    init(who: SignedIn, size: TerminalSize, language: Language = .standard) {
        self.account = who.name
        self.actor = who.actor
        self.language = language
        keys.visibleRows = listRows(for: size, reserving: 2)
    }

    var isEditingText: Bool { prompt != nil }

    /// What a key did to the page.
    enum Step: Equatable {
        case stay([Effect])
        /// Esc: back to the section underneath.
        case close
        /// Tab or a section digit: back, and the section acts on the key.
        case leave
    }

    mutating func handle(_ key: Key) -> Step {
        if prompt != nil { return .stay(handlePrompt(key)) }
        notice = nil
        if keys.handle(key) { return .stay([]) }
        switch key {
        case .escape: return .close
        case .tab, .backTab: return .leave
        case .character(let c) where c.isNumber: return .leave
        case .character("a"):
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.registerTitle),
                    lines: [words(.pasteOneLine), words(.neverPastePrivateKey)],
                    fields: [
                        Prompt.Field(
                            words(.publicKeyLabel), TextField(placeholder: words(.publicKeyPlaceholder), maxLength: Self.longestLine))
                    ],
                    submitLabel: words(.register), language: language),
                purpose: .register)
            return .stay([])
        case .character("p"):
            let secret = { TextField(placeholder: "", maxLength: PasswordRule.lengths.upperBound, masking: .secret()) }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.changePasswordTitle), lines: [words(.passwordRuleLine)],
                    fields: [
                        Prompt.Field(words(.currentPasswordLabel), secret()), Prompt.Field(words(.newPasswordLabel), secret()),
                        Prompt.Field(words(.repeatPasswordLabel), secret()),
                    ],
                    submitLabel: words(.change), language: language),
                purpose: .changePassword)
            return .stay([])
        case .character("d"), .delete:
            guard let key = keys.selectedItem else {
                notice = Notice(words(.nothingToDelete))
                return .stay([])
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.deleteTitle),
                    lines: ["\(key.type) \(key.fingerprint)", key.shownComment, words(.deleteQuestion)].filter { !$0.isEmpty },
                    submitLabel: words(.delete), language: language),
                purpose: .remove(key))
            return .stay([])
        default:
            return .stay([])
        }
    }

    /// A submitted form stays open until the engine answers, so that a refusal is shown in it.
    private mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard let open = prompt.submission(for: key) else { return [] }
        switch open.purpose {
        case .register: return submitRegistration(open.prompt.text(0))
        case .remove(let key):
            return [.sshKeys(.remove(fingerprint: key.fingerprint, account: account))]
        case .changePassword: return changingPassword ? [] : submitPasswordChange(open.prompt)
        }
    }

    /// Sends the line when it looks like a public key; otherwise clears the field and says why.
    private mutating func submitRegistration(_ text: String) -> [Effect] {
        if let refusal = Self.localRefusal(text) {
            prompt?.prompt.fields[0].input.clear()
            prompt?.prompt.error = refusal.text(in: language)
            return []
        }
        prompt?.prompt.error = nil
        return [.sshKeys(.register(line: text, account: account))]
    }

    /// Sends the change once the new password is typed the same twice and follows the rule;
    /// otherwise empties the new ones and says why. Passwords are taken as typed, spaces and all.
    private mutating func submitPasswordChange(_ form: Prompt) -> [Effect] {
        let (current, new, again) = (form.fields[0].input.text, form.fields[1].input.text, form.fields[2].input.text)
        var refusal: String?
        if new != again {
            refusal = words(.passwordsDiffer)
        } else {
            do throws(RuleViolation) { try PasswordRule.check(new) } catch { refusal = error.text(in: language) }
        }
        if let refusal {
            prompt?.prompt.fields[1].input.clear()
            prompt?.prompt.fields[2].input.clear()
            prompt?.prompt.focus(on: 1)
            prompt?.prompt.error = refusal
            return []
        }
        prompt?.prompt.error = nil
        changingPassword = true
        return [.changePassword(current: Secret(current), new: Secret(new), as: actor)]
    }

    /// Takes the engine's answer to a password change: done, or why not (the form stays open,
    /// the current password emptied for another try).
    mutating func receivePasswordChange(_ error: DeliveryError?) {
        changingPassword = false
        guard let error else {
            prompt = nil
            notice = .success(words(.passwordChanged))
            return
        }
        guard prompt?.purpose == .changePassword else {
            notice = .refusal(error.text(in: language))
            return
        }
        prompt?.prompt.fields[0].input.clear()
        prompt?.prompt.focus(on: 0)
        prompt?.prompt.error = error.text(in: language)
    }

    /// Why `text` is refused before it leaves the page, or nil to let the registry judge it.
    /// Only the shape is checked here (a type, then base64 starting `AAAA`); whether it is a
    /// key the server can check is the registry's to say.
    static func localRefusal(_ text: String) -> KeyRegistryError? {
        if text.contains("PRIVATE KEY") { return .privateKey }
        let fields = text.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count >= 2, fields[1].hasPrefix("AAAA"),
            fields[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-@.".contains($0)) })
        else { return .notAKey }
        return nil
    }

    /// Takes the registry's answer: the keys as kept now, or why the request was refused.
    mutating func receive(_ request: KeyRequest, _ result: Result<[SSHKey], KeyRegistryError>) -> [Effect] {
        switch result {
        case .success(let list):
            let before = keys.items
            keys.replaceItems(keepingSelection: list)
            loaded = true
            switch request {
            case .list: break
            case .register:
                prompt = nil
                if let added = list.first(where: { !before.contains($0) }) ?? list.last {
                    notice = .success(words(.registered(fingerprint: added.fingerprint)))
                }
            case .remove(let fingerprint, _):
                prompt = nil
                notice = .success(words(.deleted(fingerprint: fingerprint)))
            }
            return []
        case .failure(let error):
            switch request {
            case .list:
                loaded = true
                notice = .refusal(error.text(in: language))
                return []
            case .register:
                prompt?.prompt.error = error.text(in: language)
                return []
            case .remove:
                prompt = nil
                notice = .refusal(error.text(in: language))
                // The key may have gone meanwhile (another session, `baedal keys remove`).
                return error == .notRegistered(fingerprint: request.fingerprint ?? "") ? [.sshKeys(.list(account: account))] : []
            }
        }
    }

    func hints() -> [KeyHint] {
        if let open = prompt { return open.prompt.hints }
        var hints = [KeyHint(key: "a", .addKey, in: language), KeyHint(key: "p", .changePassword, in: language)]
        if !keys.isEmpty { hints.append(KeyHint(key: "d/Del", .delete, in: language)) }
        hints += [KeyHint(key: "↑↓/jk", .move, in: language), KeyHint(.escape, .back, in: language)]
        return hints
    }

    func render(into grid: inout CellGrid, in area: Rect) -> CursorPosition? {
        let inside = grid.box(area, title: "\(words(.title)) · \(account)", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return nil }
        let intro = words(.intro(account: account))
            .wrapped(toWidth: inside.width).prefix(2)
        for (row, line) in intro.enumerated() {
            grid.put(line, x: inside.x, y: inside.y + row, style: .muted, maxWidth: inside.width)
        }
        let body = inside.inset(top: intro.count + 1)
        if !loaded {
            grid.put(words(.loading), x: body.x, y: body.y, style: .muted)
        } else if keys.isEmpty {
            grid.put(
                words(.noKeys), x: body.x, y: body.y,
                style: .muted, maxWidth: body.width)
        } else {
            let table = Table(
                columns: [
                    TableColumn(words(.typeColumn)), TableColumn(words(.fingerprintColumn)),
                    TableColumn(words(.commentColumn), width: .flex(1)),
                ],
                rows: keys.items.map { TableRow([$0.type.sanitizedForScreen, $0.fingerprint.sanitizedForScreen, $0.shownComment]) })
            table.render(
                into: &grid, in: body, selectedRow: keys.selectedIndex,
                firstRow: keys.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
        }
        return prompt?.prompt.render(into: &grid, in: area)
    }
}

extension SSHKeysPage {
    /// Hands the page what is its, for whichever role's session it is open in: keys while it
    /// is open, `K` to open it (when nothing is being typed), and the registry's answers.
    /// Returns nil for what is the session's own, including a key the page lets through.
    static func route(
        _ message: AppMessage, _ page: inout SSHKeysPage?, who: SignedIn, size: TerminalSize, canOpen: Bool, language: Language
    ) -> [Effect]? {
        switch message {
        case .key(let key):
            guard var open = page else {
                guard canOpen, key == openingKey else { return nil }
                page = SSHKeysPage(who: who, size: size, language: language)
                return [.sshKeys(.list(account: who.name))]
            }
            switch open.handle(key) {
            case .stay(let effects):
                page = open
                return effects
            case .close:
                page = nil
                return []
            case .leave:
                page = nil
                return nil
            }
        case .sshKeysAnswered(let request, let result):
            // An answer for a page since closed (or another account) is dropped.
            guard var open = page, request.account == open.account else { return [] }
            let effects = open.receive(request, result)
            page = open
            return effects
        case .passwordChanged(let actor, let result):
            guard var open = page, actor == open.actor else { return [] }
            if case .failure(let error) = result { open.receivePasswordChange(error) } else { open.receivePasswordChange(nil) }
            page = open
            return []
        default:
            return nil
        }
    }
}

extension SSHKeysPage {
    func words(_ text: SSHKeysText) -> String { text.text(in: language) }
}

extension SSHKey {
    /// The comment as drawn: control characters out.
    var shownComment: String { comment.sanitizedForScreen }
}

extension KeyRequest {
    var fingerprint: String? {
        if case .remove(let fingerprint, _) = self { fingerprint } else { nil }
    }
}
