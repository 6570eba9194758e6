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
/// orders the store takes at once; more wait in its queue); `n` registers another store.
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
                    title: "영업 시간", lines: ["한국 시간으로 여는 시각-닫는 시각. 자정을 넘기면 17:00-02:00처럼 써요."],
                    fields: [
                        Prompt.Field(
                            "영업 시간",
                            TextField(
                                text: hours, maxLength: 11,
                                allowed: .only(Set("0123456789:-"))))
                    ],
                    submitLabel: "저장", language: language),
                purpose: .store(.hours))
            return []
        case .character("t"):
            let settings = storeState?.settings ?? .standard
            func field(_ label: String, _ value: Int) -> Prompt.Field {
                Prompt.Field(label, TextField(text: "\(value)", maxLength: 3, allowed: .digits))
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: "조리·자동 취소 시간",
                    lines: ["바쁨 상태에서는 조리 시간에 추가 시간이 더해져 안내돼요."],
                    fields: [
                        field("조리 시간(분)", settings.prepMinutes),
                        field("바쁠 때 추가(분)", settings.busyExtraMinutes),
                        field("자동 취소(분)", settings.autoCancelMinutes),
                    ],
                    submitLabel: "저장", language: language),
                purpose: .store(.times))
            return []
        case .character("k"):
            // An empty field lifts the limit, so never offer one before the current setting is known.
            guard let admission else {
                notice = Notice("주방 수용을 불러오는 중이에요. 잠시 후 다시 눌러 주세요.")
                return []
            }
            let range = AdmissionPolicy.capacityRange
            let current = admission.kitchenCapacity.map(String.init) ?? ""
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: "주방 수용",
                    lines: [
                        "한 번에 받을 주문 수 (\(range.lowerBound)~\(range.upperBound)건). 넘치는 주문은 결제 후 대기열에서 차례를 기다려요.",
                        "비워 두면 제한을 풀어요.",
                    ],
                    fields: [
                        Prompt.Field(
                            "주방 수용(건)",
                            TextField(
                                text: current, placeholder: "제한 없음", maxLength: 3,
                                allowed: .digits))
                    ],
                    submitLabel: "저장", language: language),
                purpose: .store(.kitchenCapacity))
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
                return .refuse("\(error)")
            }
        case .times:
            guard let prep = Int(prompt.text(0)), let extra = Int(prompt.text(1)), let auto = Int(prompt.text(2)) else {
                return .refuse("세 칸 모두 분 단위 숫자로 입력하세요.")
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
                return .refuse("주방 수용은 \(range.lowerBound)~\(range.upperBound)건이에요 (입력: \(typed)). 비우면 제한을 풀어요.")
            }
            return .send(.setKitchenCapacity(Int(typed), store: store, by: actor))
        }
    }

    static func storeDone(_ action: Action, in language: Language) -> String? {
        switch action {
        case .setMode(let mode, _, _): "가게 상태를 '\(mode.screenLabel(in: language))'(으)로 바꿨어요."
        case .setHours(let hours, _, _): "영업 시간을 \(hours)(으)로 바꿨어요."
        case .changeSettings: "조리·자동 취소 시간을 바꿨어요."
        case .setKitchenCapacity(let capacity?, _, _): "주방 수용을 \(capacity)건으로 정했어요. 넘치는 주문은 대기열에서 기다려요."
        case .setKitchenCapacity(nil, _, _): "주방 수용 제한을 풀었어요. 대기열의 주문도 차례로 들어와요."
        default: nil
        }
    }

    func storeHints() -> [KeyHint] {
        [
            KeyHint(key: "o", .openStore, in: language), KeyHint(key: "b", .busy, in: language), KeyHint(key: "p", .pauseOrders, in: language),
            KeyHint(key: "h", .openingHours, in: language), KeyHint(key: "t", .cookingAndCancelTimes, in: language), KeyHint(key: "k", .kitchenCapacity, in: language),
            KeyHint(key: "n", .registerStore, in: language),
        ]
    }

    func renderStoreSettings(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let inside = grid.box(area, title: "가게 설정 · \(currentStore?.name ?? "")", style: .accent).inset(top: 1, left: 2, right: 2)
        guard !inside.isEmpty, let summary = currentStore else { return }
        guard let state = storeState, let profile = state.profile else {
            grid.put("가게 정보를 불러오는 중…", x: inside.x, y: inside.y, style: .muted)
            return
        }
        func row(_ index: Int, _ label: String, _ value: [Span], key: String = "") {
            let y = inside.y + index
            grid.put(label, x: inside.x, y: y, style: .emphasis)
            grid.put(value, x: inside.x + 14, y: y, maxWidth: inside.width - 14 - 8)
            if !key.isEmpty { grid.put(key, in: Rect(x: inside.maxX - 8, y: y, width: 8, height: 1), alignment: .right, style: .muted) }
        }
        row(0, "가게", [Span("\(profile.name) · \(profile.category)")])
        row(1, "주소", [Span(profile.address)])
        var modes: [Span] = []
        for mode in StoreMode.allCases {
            let chosen = mode == state.mode
            modes.append(Span(chosen ? "(*) " : "( ) ", style: chosen ? .accent.bold() : .muted))
            modes.append(Span(mode.screenLabel(in: language), style: chosen ? .accent.bold() : .plain))
            modes.append(Span("   "))
        }
        row(3, "영업 상태", modes, key: "o b p")
        let shown = Availability(state, at: context.now)
        row(
            4, "손님 화면",
            [
                Span(shown.label(in: language), style: shown.style.bold()),
                Span(
                    shown == .closed ? " · 영업 시간이 아니에요" : shown == .paused ? " · 새 주문을 받지 않아요" : " · 주문을 받아요",
                    style: .muted),
            ])
        row(5, "영업 시간", [Span(profile.hours.description)], key: "h")
        let settings = state.settings
        row(
            7, "조리 시간",
            [
                Span("\(settings.prepMinutes)분 · 바쁠 때 +\(settings.busyExtraMinutes)분 · 지금 안내 "),
                Span("\(state.currentPrepMinutes)분", style: .accent.bold()),
            ], key: "t")
        row(8, "자동 취소", [Span("결제 후 \(settings.autoCancelMinutes)분 안에 확인하지 않으면 취소·환불")], key: "t")
        row(10, "주문 조건", [Span("최소 주문 \(profile.minimumOrder) · 배달팁 \(profile.deliveryFee) · 카드 결제만")])
        row(11, "평점", [Span(Stars.average(summary.averageRating, count: summary.ratingCount))])
        row(13, "주방 수용", admissionSpans(), key: "k")
        row(14, "새 가게", [Span("가게를 하나 더 등록할 수 있어요", style: .muted)], key: "n")
    }

    /// The kitchen capacity and the queue it makes, in words.
    func admissionSpans() -> [Span] {
        guard let admission else { return [Span("불러오는 중…", style: .muted)] }
        let queue = admission.queueLength == 0 ? "대기열 없음" : "대기열 \(admission.queueLength)건"
        guard let capacity = admission.kitchenCapacity else {
            return [Span("제한 없음", style: .accent.bold()), Span(" · 주문을 모두 바로 받아요 · \(queue)", style: .muted)]
        }
        return [
            Span("한 번에 \(capacity)건", style: .accent.bold()), Span(" · 지금 \(ordersInKitchen)건 · "),
            Span(queue, style: admission.queueLength > 0 ? .warning.bold() : .muted),
        ]
    }
}
