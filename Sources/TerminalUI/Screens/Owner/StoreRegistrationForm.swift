import DeliveryDomain
import DeliveryEngine
import Foundation

/// The form an owner registers a store with: what the first screen of an owner without a
/// store is, and what `n` opens from the store settings for another one. `e` on the settings
/// opens it again over a registered store, filled in, to edit its details
/// (``init(editing:of:language:)``): the same fields, judged by the same rules, but the name
/// and business number are shown and cannot be changed.
///
/// The domain judges every field (``StoreProfile/validated()``, the business number's check
/// digit, the opening hours), one field at a time, so each refusal is drawn under the field it
/// is about, in the domain's own words.
///
/// Keys: type (Hangul composes in place); Tab/↓ and S-Tab/↑ move between fields; Enter moves
/// to the next empty field, or registers once every field is filled; Esc closes the form
/// (or quits, for an owner with no store yet).
struct StoreRegistrationForm: Equatable, Sendable {
    enum Field: Int, CaseIterable, Equatable, Sendable {
        case name, address, category, hours, minimumOrder, deliveryFee, payoutAccount, businessNumber

        func label(in language: Language) -> String {
            let words: OwnerStoreText =
                switch self {
                case .name: .nameField
                case .address: .addressField
                case .category: .categoryField
                case .hours: .hoursField
                case .minimumOrder: .minimumField
                case .deliveryFee: .feeField
                case .payoutAccount: .payoutField
                case .businessNumber: .businessField
                }
            return words.text(in: language)
        }

        func emptyInput(in language: Language) -> TextField {
            func example(_ words: OwnerStoreText) -> String { words.text(in: language) }
            return switch self {
            case .name: TextField(placeholder: example(.namePlaceholder), maxLength: FreeText.Field.storeName.maxLength)
            case .address: TextField(placeholder: example(.addressPlaceholder), maxLength: FreeText.Field.address.maxLength)
            case .category: TextField(placeholder: example(.categoryPlaceholder), maxLength: FreeText.Field.category.maxLength)
            case .hours: TextField(placeholder: example(.hoursPlaceholder), maxLength: 11, allowed: .only(Set("0123456789:-")))
            case .minimumOrder: TextField(placeholder: example(.minimumPlaceholder), maxLength: 7, allowed: .digits)
            case .deliveryFee: TextField(placeholder: example(.feePlaceholder), maxLength: 6, allowed: .digits)
            case .payoutAccount: TextField(placeholder: example(.payoutPlaceholder), maxLength: FreeText.Field.payoutAccount.maxLength)
            case .businessNumber: TextField(placeholder: example(.businessPlaceholder), maxLength: 12, allowed: .only(Set("0123456789- ")))
            }
        }

        /// What an empty field says: what is missing and an example, never the parser's
        /// `not ""`. The two amounts already say so in their own refusal.
        func missing(in language: Language) -> String? {
            let words: OwnerStoreText? =
                switch self {
                case .name: .nameMissing
                case .address: .addressMissing
                case .category: .categoryMissing
                case .hours: .hoursMissing
                case .minimumOrder, .deliveryFee: nil
                case .payoutAccount: .payoutMissing
                case .businessNumber: .businessMissing
                }
            return words?.text(in: language)
        }
    }

    var inputs: [TextField]
    var focus: Field = .name
    /// The domain's refusal for each field, drawn under it.
    var errors: [Field: String] = [:]
    /// A refusal that is about no one field (the engine's, e.g. storage).
    var error: String?
    var busy = false
    /// Whether Esc closes the form: an owner who has a store came from its settings.
    var canClose: Bool
    /// The session's language (see ``AppModel/language``).
    let language: Language
    /// The store whose details the form edits; nil while it registers a new one.
    private(set) var editing: StoreID?

    init(canClose: Bool = false, language: Language = .standard) {
        self.canClose = canClose
        self.language = language
        inputs = Field.allCases.map { $0.emptyInput(in: language) }
    }

    /// The form over a registered store, every field holding what the store has now.
    init(editing profile: StoreProfile, of store: StoreID, language: Language = .standard) {
        self.init(canClose: true, language: language)
        editing = store
        let values: [Field: String] = [
            .name: profile.name, .address: profile.address, .category: profile.category,
            .hours: profile.hours.description, .minimumOrder: "\(profile.minimumOrder.amount)",
            .deliveryFee: "\(profile.deliveryFee.amount)", .payoutAccount: profile.payoutAccount,
            .businessNumber: profile.businessNumber,
        ]
        for field in Field.allCases { inputs[field.rawValue].setText(values[field] ?? "") }
        focus = .address
    }

    /// Fields an edit keeps as registered: the name holds the store's claim on it
    /// (``StoreNameClaimEvent``), and the business number identifies the business.
    func isFixed(_ field: Field) -> Bool { editing != nil && (field == .name || field == .businessNumber) }

    func text(_ field: Field) -> String { inputs[field.rawValue].text.trimmingCharacters(in: .whitespaces) }

    /// Moves the focus, passing over the fields an edit keeps.
    mutating func move(by step: Int) {
        let count = Field.allCases.count
        repeat {
            focus = Field(rawValue: (focus.rawValue + step + count) % count)!
        } while isFixed(focus)
    }

    /// A profile every rule accepts; each field is checked by putting the form's value into it.
    private static let accepted = StoreProfile(
        name: "가게", address: "주소", category: "분류", hours: .allDay, minimumOrder: 0, deliveryFee: 0,
        payoutAccount: "은행 1", businessNumber: "123-45-67891")

    enum Validation: Equatable {
        case valid(StoreProfile)
        case refused([Field: String])
    }

    /// The profile the form describes, or each field's refusal.
    func validated() -> Validation {
        var errors: [Field: String] = [:]
        for field in Field.allCases where text(field).isEmpty { errors[field] = field.missing(in: language) }
        var hours: OpeningHours?
        if errors[.hours] == nil {
            do { hours = try OpeningHours(parsing: text(.hours)) } catch { errors[.hours] = error.text(in: language) }
        }
        let minimum = Int(text(.minimumOrder))
        if minimum == nil { errors[.minimumOrder] = OwnerStoreText.minimumNotANumber.text(in: language) }
        let fee = Int(text(.deliveryFee))
        if fee == nil { errors[.deliveryFee] = OwnerStoreText.feeNotANumber.text(in: language) }
        var profile = Self.accepted
        for field in Field.allCases where errors[field] == nil {
            var probe = Self.accepted
            switch field {
            case .name: probe.name = text(.name)
            case .address: probe.address = text(.address)
            case .category: probe.category = text(.category)
            case .hours: continue
            case .minimumOrder: probe.minimumOrder = Won(minimum ?? 0)
            case .deliveryFee: probe.deliveryFee = Won(fee ?? 0)
            case .payoutAccount: probe.payoutAccount = text(.payoutAccount)
            case .businessNumber: probe.businessNumber = text(.businessNumber)
            }
            do { _ = try probe.validated() } catch { errors[field] = error.text(in: language) }
        }
        guard errors.isEmpty, let hours, let minimum, let fee else { return .refused(errors) }
        profile = StoreProfile(
            name: text(.name), address: text(.address), category: text(.category), hours: hours,
            minimumOrder: Won(minimum), deliveryFee: Won(fee), payoutAccount: text(.payoutAccount),
            businessNumber: text(.businessNumber))
        return .valid(profile)
    }

    /// Puts the engine's refusal next to the field it is about, or under the form.
    mutating func refused(_ refusal: DeliveryError) {
        busy = false
        if case .refused(let found) = validated(), !found.isEmpty {
            errors = found
            focus = Field.allCases.first { found[$0] != nil } ?? focus
        } else if case .refused(.storeNameTaken(_, _)) = refusal {
            // The engine alone knows the other stores' names; the fix is typed in the name field.
            errors = [.name: refusal.text(in: language)]
            focus = .name
        } else {
            error = refusal.text(in: language)
        }
    }
}

extension OwnerModel {
    mutating func registrationKey(_ key: Key) -> [Effect] {
        guard var form = registration, !form.busy else { return [] }
        defer { if registration != nil { registration = form } }
        switch key {
        case .escape:
            guard form.canClose else { return [.quit] }
            registration = nil
            return []
        case .tab, .down: form.move(by: 1)
        case .backTab, .up: form.move(by: -1)
        case .enter:
            if let empty = StoreRegistrationForm.Field.allCases.first(where: { form.text($0).isEmpty }) {
                // Enter walks to the next empty field; on an empty field it says what is missing.
                if empty == form.focus, case .refused(let found) = form.validated(), let why = found[empty] {
                    form.errors[empty] = why
                }
                form.focus = empty
                return []
            }
            switch form.validated() {
            case .refused(let found):
                form.errors = found
                form.focus = StoreRegistrationForm.Field.allCases.first { found[$0] != nil } ?? form.focus
                return []
            case .valid(let profile):
                form.errors = [:]
                form.error = nil
                form.busy = true
                if let store = form.editing { return [.send(.updateStoreProfile(profile, store: store, by: actor))] }
                return [.send(.registerStore(profile, by: actor))]
            }
        default:
            if !form.isFixed(form.focus), form.inputs[form.focus.rawValue].handle(key) {
                form.errors[form.focus] = nil
                form.error = nil
            }
        }
        return []
    }

    /// The answer to the registration form: on success the session moves to the new store's
    /// (empty) menu; a refusal goes next to the field it is about.
    mutating func registered(_ profile: StoreProfile, _ result: Result<ActionOutcome, DeliveryError>) -> [Effect] {
        switch result {
        case .success(let outcome):
            registration = nil
            if case .registered(let id) = outcome { landingStore = id }
            section = .menu
            notice = .success(words(.registered(store: profile.name)))
            return refreshEffects()
        case .failure(let error):
            registration?.refused(error)
            return []
        }
    }

    /// The answer to the form editing a store: closed on success, the new details shown on the
    /// settings page; a refusal goes next to the field it is about, as at registration.
    mutating func detailsSaved(_ result: Result<ActionOutcome, DeliveryError>) -> [Effect] {
        switch result {
        case .success:
            registration = nil
            notice = .success(words(.detailsSaved))
            return refreshEffects()
        case .failure(let error):
            registration?.refused(error)
            return []
        }
    }

    func registrationHints(_ form: StoreRegistrationForm) -> [KeyHint] {
        [
            // Editing, every field is filled in: Enter saves.
            form.editing == nil
                ? KeyHint(.enter, .nextEmptyFieldOrSubmit, in: language) : KeyHint(.enter, action: words(OwnerStoreText.save)),
            KeyHint(key: "Tab/↓", .nextField, in: language),
            KeyHint(key: "S-Tab/↑", .previousField, in: language),
            KeyHint(.escape, form.canClose ? .close : .quit, in: language), KeyHint(key: "C-u", .clearField, in: language),
        ]
    }

    func renderRegistration(_ form: StoreRegistrationForm, into grid: inout CellGrid, in area: Rect) -> CursorPosition? {
        let editing = form.editing != nil
        let title =
            editing
            ? words(.editDetailsTitle(store: form.text(.name))) : words(form.canClose ? .newStoreTitle : .firstStoreTitle)
        let inside = grid.box(area, title: title, style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return nil }
        let intro = words(editing ? .editDetailsIntro : .registrationIntro)
        grid.put(intro.truncated(toWidth: inside.width), x: inside.x, y: inside.y, style: .muted, maxWidth: inside.width)
        let labelWidth = StoreRegistrationForm.Field.allCases.map { $0.label(in: language).displayWidth }.max()! + 2
        let inputWidth = min(44, inside.width - labelWidth)
        let errorWidth = inside.width - labelWidth
        // Each refusal gets two lines while they all fit, otherwise one.
        let fieldRows = StoreRegistrationForm.Field.allCases.count
        let spare = inside.height - 2 - fieldRows - 1
        let errorLines = form.errors.count * 2 <= spare ? 2 : 1
        var y = inside.y + 2
        var cursor: CursorPosition?
        for field in StoreRegistrationForm.Field.allCases where y < inside.maxY {
            let focused = field == form.focus
            let refused = form.errors[field] != nil
            grid.put(
                field.label(in: language), x: inside.x, y: y,
                style: focused ? .accent.bold() : refused ? .danger : .plain)
            let input = Rect(x: inside.x + labelWidth, y: y, width: inputWidth, height: 1)
            if form.isFixed(field) {
                // Shown for reference, not as a field to type in.
                let value = form.text(field)
                grid.put(value, x: input.x, y: y, style: .muted, maxWidth: inputWidth)
                let note = "(\(words(.fixedField)))"
                grid.put(
                    note, x: input.x + value.displayWidth + 1, y: y, style: .muted, maxWidth: max(0, inputWidth - value.displayWidth - 1))
                y += 1
                continue
            }
            let caret = form.inputs[field.rawValue].render(into: &grid, in: input, style: .plain.underlined())
            if focused && !form.busy { cursor = caret }
            y += 1
            if let why = form.errors[field] {
                let rows = min(errorLines, max(0, inside.maxY - y))
                Notice.refusal(why).render(into: &grid, in: Rect(x: inside.x + labelWidth, y: y, width: errorWidth, height: rows))
                y += rows
            }
        }
        if y < inside.maxY {
            if form.busy {
                grid.put(words(editing ? .savingDetails : .registering), x: inside.x, y: y, style: .info)
            } else if let error = form.error {
                Notice.refusal(error).render(
                    into: &grid,
                    in: Rect(
                        x: inside.x, y: y, width: inside.width,
                        height: min(2, inside.maxY - y)))
            }
        }
        return cursor
    }
}
