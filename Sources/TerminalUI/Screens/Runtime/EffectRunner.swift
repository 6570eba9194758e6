import DeliveryDomain
import DeliveryEngine
import Foundation

/// Performs effects against the engine and answers with the message that reports the
/// result. The only place screens' wishes touch the database.
public struct EffectRunner: Sendable {
    public let engine: DeliveryEngine
    public let services: SessionServices
    /// The session's language, for the services' answers; ``SessionRuntime`` sets it from the
    /// session it runs.
    public var language: Language

    public init(engine: DeliveryEngine, services: SessionServices, language: Language = .standard) {
        self.engine = engine
        self.services = services
        self.language = language
    }

    /// Effects that take long enough that the screen should say so first.
    public static func isSlow(_ effect: Effect) -> Bool {
        switch effect {
        case .signIn, .signUp, .loadSampleStores, .launchDemo, .send(.checkout), .send(.pay): true
        default: false
        }
    }

    /// The message reporting `effect`'s result; nil for `.quit`, which the runtime handles, and
    /// for a cart saved as asked.
    @MainActor
    public func perform(_ effect: Effect) async -> AppMessage? {
        switch effect {
        case .quit:
            return nil
        case .signIn(let name, let password):
            return .signedIn(
                await capture {
                    SignedIn(
                        try await engine.signInAccount(name: name, password: password.text, from: services.signInSource))
                })
        case .signUp(let name, let role, let password):
            return .signedIn(
                await capture {
                    let actor = try await engine.signUp(name: name, role: role, password: password.text)
                    // A new account's password has never changed: revision 0.
                    return SignedIn(
                        actor: actor, name: name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping,
                        passwordRevision: 0)
                })
        case .loadSampleStores:
            return .samplesLoaded(await services.loadSampleStores(language))
        case .launchDemo:
            return .demoFinished(await services.launchDemo(language))
        case .fetch(let fetch):
            return .fetched(fetch, await capture { try await read(fetch) })
        case .send(let action):
            return .sent(action, await send(action))
        case .sshKeys(let request):
            return .sshKeysAnswered(request, services.keys.answer(request))
        case .saveCart(let cart, let actor):
            do {
                try await engine.saveCart(cart, as: actor)
                return nil
            } catch {
                return .cartNotSaved(error)
            }
        case .changePassword(let current, let new, let actor):
            return .passwordChanged(
                actor,
                await capture {
                    try await engine.changePassword(
                        current: current.text, new: new.text, as: actor, from: services.signInSource)
                })
        }
    }

    private func read(_ fetch: Fetch) async throws(DeliveryError) -> Fetched {
        switch fetch {
        case .storeCount:
            return .storeCount(try await engine.storeCounts())
        case .stores(let search, let category, let actor):
            return .stores(
                try await engine.stores(search: search, category: category, for: actor).map {
                    StoreRow(summary: $0.store, isFavourite: $0.isFavourite, matchedDishes: $0.matchedDishes)
                })
        case .categories:
            return .categories(try await engine.categories())
        case .store(let id):
            return .store(try await engine.storeState(id))
        case .history(let actor):
            return .orders(try await engine.history(actor))
        case .notifications(let actor):
            let entries = try await engine.notifications(actor)
            return .notifications(entries, unread: try await engine.unreadCount(actor))
        case .ownedStores(let actor):
            return .storeSummaries(try await engine.ownedStores(actor))
        case .activeStoreOrders(let actor):
            return .orders(try await engine.storeOrders(actor, statuses: [.awaitingConfirmation, .cooking, .deliveryStarted, .pickedUp]))
        case .sales(let id, let owner):
            return .sales(SalesFigures(try await engine.sales(of: id, as: owner)))
        case .reviews(let id):
            return .orders(try await engine.reviews(of: id))
        case .pastOrders(let id, let owner, let cursor):
            return .pastOrders(try await engine.pastOrders(of: id, as: owner, after: cursor))
        case .pastOrder(let order, let owner):
            return .pastOrder(try await engine.pastOrder(order, as: owner))
        case .openJobs:
            return .orders(try await engine.openJobs())
        case .riderJobs(let actor, let finished):
            return .orders(try await engine.riderJobs(actor, finished: finished))
        case .tracking(let order, let actor):
            return .tracking(try await engine.orderTracking(order, as: actor))
        case .orderState(let order, let actor):
            return .orderState(try await engine.orderState(order, as: actor))
        case .account(let actor):
            return .account(try await engine.accountState(of: actor))
        case .savedCart(let actor):
            return .savedCart(try await engine.restoreCart(as: actor))
        case .passwordRevision(let account):
            return .passwordRevision(try await engine.passwordRevision(of: account))
        case .admission(let store):
            return .admission(
                StoreAdmission(
                    queueLength: try await engine.kitchenQueueLength(store),
                    kitchenCapacity: try await engine.admissionPolicy(store).kitchenCapacity))
        }
    }

    private func send(_ action: Action) async -> Result<ActionOutcome, DeliveryError> {
        switch action {
        case .checkout(let store, let lines, let payment, let address, let actor):
            return await capture {
                let result = try await engine.placeOrder(
                    from: store, lines: lines, paying: payment, deliverTo: address, as: actor)
                return .placed(result.order, result.payment)
            }
        case .pay(let order, let payment, let actor):
            return await capture { .payment(try await engine.pay(order, paying: payment, as: actor)) }
        case .registerStore(let profile, let actor):
            return await capture { .registered(try await engine.registerStore(profile, as: actor)) }
        default:
            return await capture {
                try await perform(action)
                return .done
            }
        }
    }

    private func perform(_ action: Action) async throws(DeliveryError) {
        switch action {
        case .checkout, .pay, .registerStore:
            break
        case .cancel(let id, let actor): try await engine.cancel(id, as: actor)
        case .addAddress(let address, let note, let makeDefault, let actor):
            try await engine.addAddress(address, note: note, makeDefault: makeDefault, as: actor)
        case .removeAddress(let address, let actor): try await engine.removeAddress(address, as: actor)
        case .setDefaultAddress(let address, let actor): try await engine.setDefaultAddress(address, as: actor)
        case .forgetCard(let card, let actor): try await engine.forgetCard(card, as: actor)
        case .favourite(let store, let on, let actor):
            if on { try await engine.favourite(store, as: actor) } else { try await engine.unfavourite(store, as: actor) }
        case .markNotificationsRead(let actor): try await engine.markNotificationsRead(as: actor)
        case .markNotificationRead(let position, let actor): try await engine.markNotificationRead(at: position, as: actor)
        case .review(let id, let rating, let text, let actor): try await engine.review(id, rating: rating, text: text, as: actor)
        case .confirm(let id, let minutes, let actor): try await engine.confirm(id, cookMinutes: minutes, as: actor)
        case .reject(let id, let reason, let actor): try await engine.reject(id, reason: reason, as: actor)
        case .startDelivery(let id, let minutes, let actor): try await engine.startDelivery(id, travelMinutes: minutes, as: actor)
        case .setMode(let mode, let store, let actor): try await engine.setMode(mode, of: store, as: actor)
        case .setHours(let hours, let store, let actor): try await engine.setHours(hours, of: store, as: actor)
        case .changeSettings(let settings, let store, let actor): try await engine.changeSettings(settings, of: store, as: actor)
        case .setKitchenCapacity(let capacity, let store, let actor):
            try await engine.setKitchenCapacity(capacity, for: store, as: actor)
        case .addMenuItem(let store, let name, let price, let description, let actor):
            try await engine.addMenuItem(to: store, name: name, price: price, description: description, as: actor)
        case .editMenuItem(let item, let store, let name, let price, let description, let actor):
            try await engine.editMenuItem(item, in: store, name: name, price: price, description: description, as: actor)
        case .setSoldOut(let item, let store, let soldOut, let actor): try await engine.setSoldOut(item, in: store, soldOut, as: actor)
        case .removeMenuItem(let item, let store, _, let actor): try await engine.removeMenuItem(item, in: store, as: actor)
        case .updateStoreProfile(let profile, let store, let actor):
            try await engine.updateStoreProfile(profile, of: store, as: actor)
        case .reply(let id, let text, let actor): try await engine.reply(to: id, text: text, as: actor)
        case .acceptJob(let id, let actor): try await engine.acceptJob(id, as: actor)
        case .releaseJob(let id, let actor): try await engine.releaseJob(id, as: actor)
        case .pickUp(let id, let actor): try await engine.pickUp(id, as: actor)
        case .markDelivered(let id, let actor): try await engine.markDelivered(id, as: actor)
        }
    }
}

/// Runs `body`, keeping a `DeliveryError` as the failure and wrapping anything else.
func capture<T: Sendable>(_ body: @Sendable () async throws -> T) async -> Result<T, DeliveryError> {
    do {
        return .success(try await body())
    } catch let error as DeliveryError {
        return .failure(error)
    } catch {
        return .failure(.storage("\(error)"))
    }
}
