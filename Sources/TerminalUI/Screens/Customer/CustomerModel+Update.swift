import DeliveryDomain
import DeliveryEngine
import Foundation

extension CustomerModel {
    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        let effects = respond(to: message, &context)
        return effects + savingCart()
    }

    private mutating func respond(to message: AppMessage, _ context: inout ScreenContext) -> [Effect] {
        if let effects = SSHKeysPage.route(
            message, &sshKeys, who: who, size: context.size, canOpen: !isEditingText, language: language)
        {
            return effects
        }
        switch message {
        case .key(let key): return handle(key, &context)
        case .storeChanged: return refreshEffects()
        case .fetched(let fetch, .success(let data)):
            apply(fetch, data, &context)
            return []
        case .fetched(_, .failure(let error)):
            notice = .refusal(error, in: language)
            return []
        case .sent(let action, let result):
            return sent(action, result, &context)
        case .cartNotSaved(let error):
            cartNotSaved(error)
            return []
        default:
            return []
        }
    }

    // MARK: Keys

    mutating func handle(_ key: Key, _ context: inout ScreenContext) -> [Effect] {
        if prompt != nil { return handlePrompt(key, at: context.now) }
        notice = nil
        let handled: [Effect]?
        switch screen {
        case .stores: handled = storesKey(key)
        case .menu: handled = menuKey(key, context)
        case .cart: handled = cartKey(key, context)
        case .checkout: handled = checkoutKey(key)
        case .orders: handled = ordersKey(key, context)
        case .tracking: handled = trackingKey(key, context)
        case .review: handled = reviewKey(key, context)
        case .inbox: handled = inboxKey(key, context)
        case .addresses: handled = addressesKey(key)
        case .storeReviews: handled = storeReviewsKey(key, context)
        }
        if let handled { return handled }
        switch key {
        case .tab: return show(CustomerSection(rawValue: section.rawValue % 4 + 1)!)
        case .backTab: return show(CustomerSection(rawValue: (section.rawValue + 2) % 4 + 1)!)
        case .character(let c) where ("1"..."4").contains(c):
            return show(CustomerSection(rawValue: Int(String(c))!)!)
        case .character("A") where !isEditingText && screen != .addresses:
            return openAddresses()
        case .escape where !pages.isEmpty:
            pages.removeLast()
            return refreshEffects()
        default:
            return []
        }
    }

    /// Opens a section at its first page. Orders and notifications, newest first, open on the
    /// newest (``SelectionList/returnToTop()``).
    mutating func show(_ next: CustomerSection) -> [Effect] {
        if next != section {
            if next == .orders { orders.returnToTop() }
            if next == .inbox { inbox.list.returnToTop() }
        }
        section = next
        pages = []
        return refreshEffects()
    }

    private mutating func handlePrompt(_ key: Key, at now: Date) -> [Effect] {
        guard var open = prompt.submission(for: key) else { return [] }
        prompt = nil
        switch open.purpose {
        case .cart(let purpose): return cartSubmitted(purpose, at: now)
        case .tracking(let purpose): return trackingSubmitted(purpose)
        case .addresses(.add):
            // Open until the engine takes it: a refused address stays to be mended, not retyped.
            open.prompt.error = nil
            prompt = open
            return addressesSubmitted(.add, open.prompt)
        case .addresses(let purpose): return addressesSubmitted(purpose, open.prompt)
        }
    }

    // MARK: Results

    private mutating func apply(_ fetch: Fetch, _ data: Fetched, _ context: inout ScreenContext) {
        switch (fetch, data) {
        case (.stores(let search, let category, _), .stores(let rows)):
            // An answer to an older search is dropped: typing outran the database.
            guard search == stores.search.text, category == stores.category else { return }
            stores.list.replaceItems(keepingSelection: rows)
            stores.loaded = true
        case (.categories, .categories(let names)):
            stores.categories = names
        case (.savedCart, .savedCart(let restore)):
            restoreCart(restore)
        case (.reviews(let store), .orders(let reviews)):
            receiveStoreReviews(reviews, of: store)
        case (.store(let id), .store(let state)):
            if case .menu(var page) = pages.last, page.store.id == id {
                page.update(state)
                replaceTop(.menu(page))
            }
            if cart.store == id {
                cartStore = state
                if requotesCart {
                    cart.requote(at: state)
                    requotesCart = false
                }
            }
            if reorder?.store == id { reorder?.state = state }
            finishReorder()
        case (.orderState(let id, _), .orderState(let state)):
            if reorder?.order == id { reorder?.lines = state.placed?.lines }
            finishReorder()
        case (.history, .orders(let list)):
            orders.replaceItems(keepingSelection: list)
            closeCancelPromptOvertaken()
        case (.tracking(let id, _), .tracking(let details)):
            // Only the page on screen keeps its details; a late answer for another order is dropped.
            if case .tracking(id) = pages.last { tracking = details }
        case (.account, .account(let state)):
            account = state
            if case .checkout(var page) = pages.last {
                page.receive(state)
                replaceTop(.checkout(page))
            }
            if case .addresses(var page) = pages.last {
                page.receive(state)
                replaceTop(.addresses(page))
            }
        case (.notifications, .notifications(let entries, let unread)):
            if let news = inbox.receive(entries, unread: unread, in: language) {
                context.toast = Toast(news.text, kind: news.kind, duration: .seconds(5))
            }
        default:
            break
        }
    }

    private mutating func sent(
        _ action: Action, _ result: Result<ActionOutcome, DeliveryError>,
        _ context: inout ScreenContext
    ) -> [Effect] {
        switch action {
        case .checkout, .pay:
            return checkoutFinished(result, &context)
        case .review:
            return reviewFinished(result, &context)
        case .cancel(let id, _):
            cancelFinished(id, result)
        case .favourite(_, let on, _):
            favouriteFinished(on, result)
        case .addAddress, .removeAddress, .setDefaultAddress, .forgetCard:
            return addressesFinished(action, result)
        case .markNotificationsRead:
            if case .failure(let error) = result { notice = .refusal(error, in: language) }
        default:
            if case .failure(let error) = result { notice = .refusal(error, in: language) }
        }
        return refreshEffects()
    }
}
