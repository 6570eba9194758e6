import DeliveryDomain
import DeliveryEngine
import Foundation

extension OwnerModel {
    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        if let effects = SSHKeysPage.route(
            message, &sshKeys, who: who, size: context.size, canOpen: !isEditingText, language: language)
        {
            return effects
        }
        switch message {
        case .key(let key): return handle(key, &context)
        case .storeChanged: return refreshEffects()
        case .fetched(let fetch, .success(let data)): return apply(fetch, data, &context)
        case .fetched(_, .failure(let error)):
            notice = .refusal(error, in: language)
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
        case .reviews: handled = reviewsKey(key, context)
        case .pastOrders: handled = pastOrdersKey(key, context)
        }
        if let handled { return handled }
        let count = OwnerSection.allCases.count
        switch key {
        case .tab: return show(OwnerSection(rawValue: section.rawValue % count + 1)!)
        case .backTab: return show(OwnerSection(rawValue: (section.rawValue + count - 2) % count + 1)!)
        case .character(let c) where c.wholeNumberValue.map((1...count).contains) == true:
            return show(OwnerSection(rawValue: c.wholeNumberValue!)!)
        case .character("]"), .character("["):
            guard stores.count > 1 else {
                notice = Notice(words(.onlyOneStore))
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
        openedReview = nil
        pastOrders.closeDetail()
        return storeFetches().map(Effect.fetch)
    }

    /// A submitted form stays open until the engine takes it, so that a refusal is shown in it.
    private mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard let open = prompt.submission(for: key) else { return [] }
        return submit(open)
    }

    /// Turns a filled prompt into the action it asks for, or says in the prompt what is wrong.
    /// The page the prompt belongs to reads it.
    private mutating func submit(_ open: OpenPrompt<OwnerPromptPurpose>) -> [Effect] {
        guard let store = currentStore?.id else { return refuse(RuleViolation.unknownStore("?").text(in: language)) }
        let answer: PromptAnswer
        switch open.purpose {
        case .incoming(let purpose): answer = incomingAnswer(purpose, open.prompt)
        case .kitchen(let purpose): answer = kitchenAnswer(purpose, open.prompt)
        case .store(let purpose): answer = storeAnswer(purpose, open.prompt, store: store)
        case .menu(let purpose): answer = menuAnswer(purpose, open.prompt, store: store)
        case .reviews(let purpose): answer = reviewsAnswer(purpose, open.prompt)
        }
        switch answer {
        case .send(let action):
            prompt?.prompt.error = nil
            return [.send(action)]
        case .refuse(let text):
            return refuse(text)
        }
    }

    private mutating func refuse(_ text: String) -> [Effect] {
        prompt?.prompt.error = text
        return []
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
            if list.isEmpty && registration == nil { registration = StoreRegistrationForm(language: language) }
            splitOrders(&context)
            // The first read names the store; now ask about it.
            if before == nil, currentStore != nil { return storeFetches().map(Effect.fetch) }
        case (.activeStoreOrders, .orders(let list)):
            let before = active
            active = list
            ordersLoaded = true
            splitOrders(&context)
            announceRidersGivingBack(before: before, now: list, &context)
            return askHowOrdersLeft(before: before, now: list)
        case (.orderState, .orderState(let state)):
            tellHowOrderLeft(state, &context)
        case (.store(let id), .store(let state)) where id == currentStore?.id:
            storeState = state
            menu.replaceItems(keepingSelection: state.menu)
        case (.admission(let id), .admission(let figures)) where id == currentStore?.id:
            admission = figures
        case (.sales(let id, _), .sales(let figures)) where id == currentStore?.id:
            sales = figures
        case (.reviews(let id), .orders(let list)) where id == currentStore?.id:
            reviews.replaceItems(keepingSelection: list)
        case (.pastOrders(let id, _, let cursor), .pastOrders(let page)) where id == currentStore?.id:
            pastOrders.take(page, of: id, after: cursor)
        case (.pastOrder(let order, _), .pastOrder(let detail)):
            pastOrders.open(detail, asked: order)
        default:
            break
        }
        return []
    }

    /// Splits the active orders into the current store's incoming and kitchen queues, and
    /// announces orders that just came in at any of the owner's stores.
    mutating func splitOrders(_ context: inout ScreenContext) {
        let mine = active.filter { $0.storeId == currentStore?.storeId }
        let waiting = mine.filter { $0.orderStatus == .awaitingConfirmation }
        incoming.replaceItems(keepingSelection: waiting)
        // A confirm or reject asked about an order that left the incoming list meanwhile (the
        // customer cancelled, time ran out) is moot: the question closes, and the notice of
        // what happened (announced below) says why.
        if case .incoming(let asked)? = prompt?.purpose, !waiting.contains(where: { $0.id == asked.order }) { prompt = nil }
        kitchen.replaceItems(
            keepingSelection: mine.filter {
                [.cooking, .deliveryStarted, .pickedUp].contains($0.orderStatus)
            })
        let everywhere = active.filter { $0.orderStatus == .awaitingConfirmation }
        announceArrivals(everywhere, &context)
        if storesLoaded && ordersLoaded { knownIncoming = (knownIncoming ?? []).union(everywhere.map(\.orderId.rawValue)) }
    }

    private mutating func sent(_ action: Action, _ result: Result<ActionOutcome, DeliveryError>) -> [Effect] {
        if case .registerStore(let profile, _) = action { return registered(profile, result) }
        if case .updateStoreProfile = action { return detailsSaved(result) }
        switch result {
        case .success:
            prompt = nil
            notice = .success(Self.doneText(action, in: language))
            if case .reject(let id, _, _) = action { answeredHere.insert(id.rawValue) }
        case .failure(let error):
            if prompt != nil {
                prompt?.prompt.error = error.text(in: language)
            } else {
                notice = .refusal(error, in: language)
            }
        }
        return refreshEffects()
    }

    /// What the notice line says once the engine took `action`, in the words of the page it came from.
    static func doneText(_ action: Action, in language: Language = .standard) -> String {
        let pages: [(Action, Language) -> String?] = [incomingDone, kitchenDone, storeDone, menuDone, reviewsDone]
        return pages.lazy.compactMap { $0(action, language) }.first ?? OwnerText.done.text(in: language)
    }
}
