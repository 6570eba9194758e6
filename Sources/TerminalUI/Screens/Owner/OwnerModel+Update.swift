import DeliveryDomain
import DeliveryEngine
import Foundation

extension OwnerModel {
    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        switch message {
        case .key(let key): return handle(key, &context)
        case .storeChanged: return refreshEffects()
        case .fetched(let fetch, .success(let data)): return apply(fetch, data, &context)
        case .fetched(_, .failure(let error)):
            notice = .refusal(error)
            return []
        case .sent(let action, let result): return sent(action, result)
        default: return []
        }
    }

    // MARK: Keys

    mutating func handle(_ key: Key, _ context: inout ScreenContext) -> [Effect] {
        if registration != nil { return registrationKey(key) }
        if prompt != nil { return handlePrompt(key) }
        notice = nil
        let handled: [Effect]?
        switch section {
        case .incoming: handled = incomingKey(key)
        case .kitchen: handled = kitchenKey(key)
        case .store: handled = storeKey(key)
        case .menu: handled = menuKey(key)
        case .sales: handled = nil
        case .reviews: handled = reviewsKey(key)
        }
        if let handled { return handled }
        let count = OwnerSection.allCases.count
        switch key {
        case .tab: return show(OwnerSection(rawValue: section.rawValue % count + 1)!)
        case .backTab: return show(OwnerSection(rawValue: (section.rawValue + count - 2) % count + 1)!)
        case .character(let c) where ("1"..."6").contains(c): return show(OwnerSection(rawValue: Int(String(c))!)!)
        case .character("]"), .character("["):
            guard stores.count > 1 else {
                notice = Notice("가게가 하나뿐이에요.")
                return []
            }
            storeIndex = (storeIndex + (key == .character("]") ? 1 : stores.count - 1)) % stores.count
            storeState = nil
            sales = nil
            admission = nil
            splitOrders(&context)
            return storeFetches().map(Effect.fetch)
        default:
            return []
        }
    }

    mutating func show(_ next: OwnerSection) -> [Effect] {
        section = next
        return storeFetches().map(Effect.fetch)
    }

    private mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var open = prompt else { return [] }
        let outcome = open.prompt.handle(key)
        prompt = open
        switch outcome {
        case .stay: return []
        case .cancel:
            prompt = nil
            return []
        case .submit:
            return submit(open)
        }
    }

    /// Turns a filled prompt into the action it asks for, or says in the prompt what is wrong.
    private mutating func submit(_ open: OpenPrompt<OwnerPromptPurpose>) -> [Effect] {
        let p = open.prompt
        func minutes(_ index: Int) -> Int? { Int(p.text(index)) }
        func fail(_ text: String) -> [Effect] {
            prompt?.prompt.error = text
            return []
        }
        guard let store = currentStore?.id else { return fail(RuleViolation.unknownStore("?").description) }
        let action: Action
        switch open.purpose {
        case .confirm(let id):
            guard let cook = minutes(0) else { return fail("조리 시간을 분 단위 숫자로 입력하세요 (1~180).") }
            action = .confirm(id, cookMinutes: cook, by: actor)
        case .reject(let id):
            action = .reject(id, reason: p.text(0), by: actor)
        case .startDelivery(let id):
            guard let travel = minutes(0) else { return fail("이동 시간을 분 단위 숫자로 입력하세요 (1~180).") }
            action = .startDelivery(id, travelMinutes: travel, by: actor)
        case .reply(let id):
            action = .reply(id, text: p.text(0), by: actor)
        case .hours:
            do { action = .setHours(try OpeningHours(parsing: p.text(0)), store: store, by: actor) } catch {
                return fail("\(error)")
            }
        case .times:
            guard let prep = minutes(0), let extra = minutes(1), let auto = minutes(2) else {
                return fail("세 칸 모두 분 단위 숫자로 입력하세요.")
            }
            action = .changeSettings(StoreSettings(autoCancelMinutes: auto, prepMinutes: prep, busyExtraMinutes: extra),
                                     store: store, by: actor)
        case .kitchenCapacity:
            // Empty lifts the limit; a number must be in the domain's range.
            let typed = p.text(0)
            let range = AdmissionPolicy.capacityRange
            guard typed.isEmpty || Int(typed).map(range.contains) == true else {
                return fail("주방 수용은 \(range.lowerBound)~\(range.upperBound)건이에요 (입력: \(typed)). 비우면 제한을 풀어요.")
            }
            action = .setKitchenCapacity(Int(typed), store: store, by: actor)
        case .addItem, .editItem:
            guard let price = Int(p.text(1).filter { $0 != "," && $0 != "원" }) else {
                return fail("가격을 원 단위 숫자로 입력하세요 (예: 7000).")
            }
            if case .editItem(let item) = open.purpose {
                action = .editMenuItem(item, store: store, name: p.text(0), price: Won(price), description: p.text(2),
                                       by: actor)
            } else {
                action = .addMenuItem(store: store, name: p.text(0), price: Won(price), description: p.text(2), by: actor)
            }
        }
        prompt?.prompt.error = nil
        return [.send(action)]
    }

    // MARK: Results

    private mutating func apply(_ fetch: Fetch, _ data: Fetched, _ context: inout ScreenContext) -> [Effect] {
        switch (fetch, data) {
        case (.ownedStores, .storeSummaries(let list)):
            var before = currentStore?.id
            stores = list
            storesLoaded = true
            if let before, let index = list.firstIndex(where: { $0.id == before }) { storeIndex = index }
            storeIndex = min(storeIndex, max(0, list.count - 1))
            // A store just registered: go to it, with its (empty) menu on screen.
            if let landing = landingStore, let index = list.firstIndex(where: { $0.id == landing }) {
                landingStore = nil
                storeIndex = index
                storeState = nil
                sales = nil
                admission = nil
                menu.replaceItems(keepingSelection: [])
                before = nil
            }
            // An owner without a store sees the registration form instead of empty pages.
            if list.isEmpty && registration == nil { registration = StoreRegistrationForm() }
            splitOrders(&context)
            // The first read names the store; now ask about it.
            if before == nil, currentStore != nil { return storeFetches().map(Effect.fetch) }
        case (.activeStoreOrders, .orders(let list)):
            active = list
            ordersLoaded = true
            splitOrders(&context)
        case (.store(let id), .store(let state)) where id == currentStore?.id:
            storeState = state
            menu.replaceItems(keepingSelection: state.menu)
        case (.admission(let id), .admission(let figures)) where id == currentStore?.id:
            admission = figures
        case (.sales(let id, _), .sales(let figures)) where id == currentStore?.id:
            sales = figures
        case (.reviews(let id), .orders(let list)) where id == currentStore?.id:
            reviews.replaceItems(keepingSelection: list)
        default:
            break
        }
        return []
    }

    /// Splits the active orders into the current store's incoming and kitchen queues, and
    /// announces orders that just came in.
    mutating func splitOrders(_ context: inout ScreenContext) {
        let mine = active.filter { $0.storeId == currentStore?.storeId }
        let waiting = mine.filter { $0.orderStatus == .awaitingConfirmation }
        incoming.replaceItems(keepingSelection: waiting)
        kitchen.replaceItems(keepingSelection: mine.filter {
            [.cooking, .deliveryStarted, .pickedUp].contains($0.orderStatus)
        })
        let ids = Set(waiting.map(\.orderId))
        if let known = knownIncoming, let fresh = waiting.last(where: { !known.contains($0.orderId) }) {
            context.toast = Toast("새 주문 · \(fresh.customerName) · \(fresh.summary) · \(NumberText.won(fresh.total))",
                                  kind: .info, duration: .seconds(5))
        }
        if storesLoaded && ordersLoaded { knownIncoming = (knownIncoming ?? []).union(ids) }
    }

    private mutating func sent(_ action: Action, _ result: Result<ActionOutcome, DeliveryError>) -> [Effect] {
        if case .registerStore(let profile, _) = action { return registered(profile, result) }
        switch result {
        case .success:
            prompt = nil
            notice = .success(Self.doneText(action))
        case .failure(let error):
            if prompt != nil {
                prompt?.prompt.error = error.description
            } else {
                notice = .refusal(error)
            }
        }
        return refreshEffects()
    }

    static func doneText(_ action: Action) -> String {
        switch action {
        case .confirm(let id, let minutes, _): "주문 \(id.rawValue)을(를) 확인했어요 · 조리 \(minutes)분"
        case .reject(let id, _, _): "주문 \(id.rawValue)을(를) 거절했어요. 고객에게 환불돼요."
        case .startDelivery(let id, let minutes, _): "주문 \(id.rawValue) 배달을 시작했어요 · 이동 \(minutes)분"
        case .reply: "답글을 달았어요."
        case .setMode(let mode, _, _): "가게 상태를 '\(mode.koreanLabel)'(으)로 바꿨어요."
        case .setHours(let hours, _, _): "영업 시간을 \(hours)(으)로 바꿨어요."
        case .changeSettings: "조리·자동 취소 시간을 바꿨어요."
        case .addMenuItem(_, let name, _, _, _): "\(name)을(를) 메뉴에 넣었어요."
        case .editMenuItem(_, _, let name, _, _, _): "\(name)을(를) 고쳤어요."
        case .setSoldOut(_, _, let soldOut, _): soldOut ? "품절로 표시했어요." : "다시 판매해요."
        case .setKitchenCapacity(let capacity?, _, _): "주방 수용을 \(capacity)건으로 정했어요. 넘치는 주문은 대기열에서 기다려요."
        case .setKitchenCapacity(nil, _, _): "주방 수용 제한을 풀었어요. 대기열의 주문도 차례로 들어와요."
        default: "완료했어요."
        }
    }

    /// The answer to the registration form: on success the session moves to the new store's
    /// (empty) menu; a refusal goes next to the field it is about.
    private mutating func registered(_ profile: StoreProfile, _ result: Result<ActionOutcome, DeliveryError>) -> [Effect] {
        switch result {
        case .success(let outcome):
            registration = nil
            if case .registered(let id) = outcome { landingStore = id }
            section = .menu
            notice = .success("\(profile.name) 가게를 등록했어요. a로 첫 메뉴를 넣어 보세요.")
            return refreshEffects()
        case .failure(let error):
            registration?.refused(error)
            return []
        }
    }
}
