import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the store settings page asks in a prompt.
enum StoreSettingsPrompt: Equatable, Sendable {
    case hours
    /// The cooking, busy-extra and auto-cancel minutes.
    case times
    case kitchenCapacity
}

/// The store's mode (open, busy, paused), hours and kitchen times.
///
/// Keys: `o` open, `b` busy, `p` pause new orders; `h` changes the hours; `t` the cooking,
/// busy-extra and auto-cancel minutes; `k` sets or lifts the kitchen capacity (how many
/// orders the store takes at once; more wait in its queue); `e` edits the store's details
/// (address, category, hours, minimum order, delivery fee, payout account: the registration
/// form, filled in; the name and business number stay); `n` registers another store.
extension OwnerModel {
    mutating func storeKey(_ key: Key) -> [Effect]? {
        guard let store = currentStore?.id else { return nil }
        switch key {
        case .character("o"): return [.send(.setMode(.open, store: store, by: actor))]
        case .character("b"): return [.send(.setMode(.busy, store: store, by: actor))]
        case .character("p"): return [.send(.setMode(.paused, store: store, by: actor))]
        case .character("h"):
            let hours = storeState?.profile?.hours.description ?? currentStore?.hours ?? ""
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.hoursTitle), lines: [words(.hoursExplanation)],
                    fields: [
                        Prompt.Field(
                            words(.hoursTitle),
                            TextField(
                                text: hours, maxLength: 11,
                                allowed: .only(Set("0123456789:-"))))
                    ],
                    submitLabel: words(OwnerStoreText.save), language: language),
                purpose: .store(.hours))
            return []
        case .character("t"):
            let settings = storeState?.settings ?? .standard
            func field(_ label: String, _ value: Int) -> Prompt.Field {
                Prompt.Field(label, TextField(text: "\(value)", maxLength: 3, allowed: .digits))
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.timesTitle),
                    lines: [words(.timesExplanation)],
                    fields: [
                        field(words(.prepMinutesLabel), settings.prepMinutes),
                        field(words(.busyExtraLabel), settings.busyExtraMinutes),
                        field(words(.autoCancelLabel), settings.autoCancelMinutes),
                    ],
                    submitLabel: words(OwnerStoreText.save), language: language),
                purpose: .store(.times))
            return []
        case .character("k"):
            // An empty field lifts the limit, so never offer one before the current setting is known.
            guard let admission else {
                notice = Notice(words(.capacityLoading))
                return []
            }
            let range = AdmissionPolicy.capacityRange
            let current = admission.kitchenCapacity.map(String.init) ?? ""
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.capacityTitle),
                    lines: [
                        words(.capacityExplanation(low: range.lowerBound, high: range.upperBound)),
                        words(.capacityEmptyLifts),
                    ],
                    fields: [
                        Prompt.Field(
                            words(.capacityLabel),
                            TextField(
                                text: current, placeholder: words(.noLimit), maxLength: 3,
                                allowed: .digits))
                    ],
                    submitLabel: words(OwnerStoreText.save), language: language),
                purpose: .store(.kitchenCapacity))
            return []
        case .character("e"):
            // Edited over the store's own state, never the list's summary: the form must hold every field.
            guard let profile = storeState?.profile else {
                notice = Notice(words(.loadingStoreInfo))
                return []
            }
            registration = StoreRegistrationForm(editing: profile, of: store, language: language)
            return []
        case .character("n"):
            registration = StoreRegistrationForm(canClose: true, language: language)
            return []
        default:
            return nil
        }
    }

    /// Reads a filled settings prompt; the hours and the capacity are judged by the domain's rules.
    func storeAnswer(_ purpose: StoreSettingsPrompt, _ prompt: Prompt, store: StoreID) -> PromptAnswer {
        switch purpose {
        case .hours:
            do { return .send(.setHours(try OpeningHours(parsing: prompt.text(0)), store: store, by: actor)) } catch {
                return .refuse(error.text(in: language))
            }
        case .times:
            guard let prep = Int(prompt.text(0)), let extra = Int(prompt.text(1)), let auto = Int(prompt.text(2)) else {
                return .refuse(words(.threeNumbers))
            }
            return .send(
                .changeSettings(
                    StoreSettings(autoCancelMinutes: auto, prepMinutes: prep, busyExtraMinutes: extra),
                    store: store, by: actor))
        case .kitchenCapacity:
            // Empty lifts the limit; a number must be in the domain's range.
            let typed = prompt.text(0)
            let range = AdmissionPolicy.capacityRange
            guard typed.isEmpty || Int(typed).map(range.contains) == true else {
                return .refuse(words(.capacityOutOfRange(low: range.lowerBound, high: range.upperBound, typed: typed)))
            }
            return .send(.setKitchenCapacity(Int(typed), store: store, by: actor))
        }
    }

    static func storeDone(_ action: Action, in language: Language) -> String? {
        switch action {
        case .setMode(let mode, _, _): OwnerStoreText.modeSet(mode.screenLabel(in: language)).text(in: language)
        case .setHours(let hours, _, _): OwnerStoreText.hoursSet("\(hours)").text(in: language)
        case .changeSettings: OwnerStoreText.timesSet.text(in: language)
        case .setKitchenCapacity(let capacity?, _, _): OwnerStoreText.capacitySet(capacity).text(in: language)
        case .setKitchenCapacity(nil, _, _): OwnerStoreText.capacityLifted.text(in: language)
        default: nil
        }
    }

    func storeHints() -> [KeyHint] {
        [
            KeyHint(key: "o", .openStore, in: language), KeyHint(key: "b", .busy, in: language),
            KeyHint(key: "p", .pauseOrders, in: language),
            KeyHint(key: "h", .openingHours, in: language), KeyHint(key: "t", .cookingAndCancelTimes, in: language),
            KeyHint(key: "k", .kitchenCapacity, in: language), KeyHint(key: "e", .editStoreDetails, in: language),
            KeyHint(key: "n", .registerStore, in: language),
        ]
    }

    func renderStoreSettings(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let inside = grid.box(area, title: words(.settingsTitle(store: currentStore?.name ?? "")), style: .accent).inset(
            top: 1, left: 2, right: 2)
        guard !inside.isEmpty, let summary = currentStore else { return }
        guard let state = storeState, let profile = state.profile else {
            grid.put(words(.loadingStoreInfo), x: inside.x, y: inside.y, style: .muted)
            return
        }
        func row(_ index: Int, _ label: String, _ value: [Span], key: String = "") {
            let y = inside.y + index
            grid.put(label, x: inside.x, y: y, style: .emphasis)
            grid.put(value, x: inside.x + 14, y: y, maxWidth: inside.width - 14 - 8)
            if !key.isEmpty { grid.put(key, in: Rect(x: inside.maxX - 8, y: y, width: 8, height: 1), alignment: .right, style: .muted) }
        }
        row(0, words(.storeRow), [Span("\(profile.name) · \(profile.category)")])
        row(1, words(.addressRow), [Span(profile.address)], key: "e")
        var modes: [Span] = []
        for mode in StoreMode.allCases {
            let chosen = mode == state.mode
            modes.append(Span(chosen ? "(*) " : "( ) ", style: chosen ? .accent.bold() : .muted))
            modes.append(Span(mode.screenLabel(in: language), style: chosen ? .accent.bold() : .plain))
            modes.append(Span("   "))
        }
        row(3, words(.modeRow), modes, key: "o b p")
        let shown = Availability(state, at: context.now)
        row(
            4, words(.customersSeeRow),
            [
                Span(shown.label(in: language), style: shown.style.bold()),
                Span(
                    words(shown == .closed ? .notOpenHours : shown == .paused ? .takesNoNewOrders : .takesOrders),
                    style: .muted),
            ])
        row(5, words(.hoursRow), [Span(profile.hours.description)], key: "h")
        let settings = state.settings
        row(
            7, words(.prepRow),
            [
                Span(words(.prepSummary(prep: settings.prepMinutes, extra: settings.busyExtraMinutes))),
                Span(words(.minutes(state.currentPrepMinutes)), style: .accent.bold()),
            ], key: "t")
        row(8, words(.autoCancelRow), [Span(words(.autoCancelSummary(settings.autoCancelMinutes)))], key: "t")
        row(
            10, words(.termsRow),
            [
                Span(
                    words(
                        .termsSummary(minimum: profile.minimumOrder.text(in: language), fee: profile.deliveryFee.text(in: language))))
            ], key: "e")
        row(11, words(.ratingRow), [Span(Stars.average(summary.averageRating, count: summary.ratingCount))])
        row(13, words(.capacityRow), admissionSpans(), key: "k")
        row(14, words(.newStoreRow), [Span(words(.canRegisterAnother), style: .muted)], key: "n")
    }

    /// The kitchen capacity and the queue it makes, in words.
    func admissionSpans() -> [Span] {
        guard let admission else { return [Span(words(.loading), style: .muted)] }
        let queue = words(admission.queueLength == 0 ? .queueNone : .queue(admission.queueLength))
        guard let capacity = admission.kitchenCapacity else {
            return [Span(words(.noLimit), style: .accent.bold()), Span(words(.takesAllAtOnce(queue: queue)), style: .muted)]
        }
        return [
            Span(words(.atOnce(capacity)), style: .accent.bold()), Span(words(.nowInKitchen(ordersInKitchen))),
            Span(queue, style: admission.queueLength > 0 ? .warning.bold() : .muted),
        ]
    }
}
