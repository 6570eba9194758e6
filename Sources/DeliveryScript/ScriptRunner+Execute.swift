import DeliveryDomain
import DeliveryEngine
import Foundation

extension ScriptRunner {
    typealias Result = (StepReport.Outcome, String, [String])

    func execute(_ command: ScriptCommand) async throws(DeliveryError) -> Result {
        switch command {
        case .caption(let text):
            return (.ok, "── \(text)", [])
        case .setClock(let date):
            let now = try await engine.setSimulatedTime(date)
            return (.ok, say(.clockSet(now)), [])
        case .advance(let seconds):
            try await engine.advanceSimulatedTime(by: seconds)
            let cancelled = try await engine.fireDueTimeouts()
            return (.ok, say(.clockAdvanced(clock.now(), autoCancelled: cancelled.map(describe))), [])
        case .signUp(let role, let name, let password):
            let actor = try await engine.signUp(name: name, role: role, password: password)
            signIn(actor, name: name)
            return (.ok, say(.signedUp(name: name, role: role)), [])
        case .signIn(let name, let password):
            let actor = try await engine.signIn(name: name, password: password)
            signIn(actor, name: name)
            return (.ok, say(.signedIn(name: name)), [])
        case .actAs(let name):
            guard let actor = signedIn[AccountID.forName(name)] else {
                throw .storage(say(.notSignedInHere(name: name)))
            }
            current = actor
            return (.ok, say(.actingAs(name: name, role: actor.role)), [])
        case .registerStore(let name, let profile, let settings):
            let id = try await engine.registerStore(profile, settings: settings, as: try actor())
            return (.ok, say(.registeredStore(name: name, id: id.rawValue)), [])
        case .setStoreMode(let store, let mode):
            try await engine.setMode(mode, of: try await engine.storeID(named: store), as: try actor())
            return (.ok, say(.storeMode(store: store, mode: mode)), [])
        case .setStoreHours(let store, let hours):
            try await engine.setHours(hours, of: try await engine.storeID(named: store), as: try actor())
            return (.ok, say(.storeHours(store: store, hours: hours.description)), [])
        case .setAutoCancel(let store, let minutes):
            let id = try await engine.storeID(named: store)
            var settings = try await engine.storeState(id).settings
            settings.autoCancelMinutes = minutes
            try await engine.changeSettings(settings, of: id, as: try actor())
            return (.ok, say(.autoCancel(store: store, minutes: minutes)), [])
        case .setKitchenCapacity(let store, let capacity):
            try await engine.setKitchenCapacity(capacity, for: try await engine.storeID(named: store), as: try actor())
            return (.ok, say(.kitchenCapacity(store: store, capacity: capacity)), [])
        case .setOrdersPerMinute(let store, let rate):
            try await engine.setOrdersPerMinute(rate, for: try await engine.storeID(named: store), as: try actor())
            return (.ok, say(.ordersPerMinute(store: store, rate: rate)), [])
        case .addMenuItem(let store, let name, let price, let description):
            try await engine.addMenuItem(
                to: try await engine.storeID(named: store), name: name, price: Won(price),
                description: description, as: try actor())
            return (.ok, say(.menuItemAdded(name: name, price: Won(price), store: store)), [])
        case .editMenuItem(let store, let name, let newName, let price, let description):
            let (id, item) = try await menuItem(named: name, in: store)
            try await engine.editMenuItem(
                item.id, in: id, name: newName, price: price.map { Won($0) },
                description: description, as: try actor())
            return (.ok, say(.menuItemEdited(name: name, store: store)), [])
        case .removeMenuItem(let store, let name):
            let (id, item) = try await menuItem(named: name, in: store)
            try await engine.removeMenuItem(item.id, in: id, as: try actor())
            return (.ok, say(.menuItemRemoved(name: name, store: store)), [])
        case .updateStoreDetails(let store, let address, let category, let minimum, let fee, let payout):
            let id = try await engine.storeID(named: store)
            guard var profile = try await engine.storeState(id).profile else { throw .refused(.unknownStore(store)) }
            if let address { profile.address = address }
            if let category { profile.category = category }
            if let minimum { profile.minimumOrder = Won(minimum) }
            if let fee { profile.deliveryFee = Won(fee) }
            if let payout { profile.payoutAccount = payout }
            try await engine.updateStoreProfile(profile, of: id, as: try actor())
            return (.ok, say(.storeDetailsUpdated(store: store)), [])
        case .setSoldOut(let store, let name, let soldOut):
            let (id, item) = try await menuItem(named: name, in: store)
            try await engine.setSoldOut(item.id, in: id, soldOut, as: try actor())
            return (.ok, say(.soldOut(name: name, soldOut: soldOut)), [])
        case .cartAdd(let store, let name, let quantity):
            let who = try actor()
            let id = try await engine.storeID(named: store)
            let state = try await engine.storeState(id)
            guard let item = state.item(named: name) else { throw .refused(.unknownMenuItem(name)) }
            var cart = carts[who.account] ?? Cart()
            do { try cart.add(item, quantity: quantity, from: state) } catch { throw .refused(error) }
            carts[who.account] = cart
            return (.ok, say(.cartAdded(items: cart.itemCount, store: cart.storeName)), [])
        case .cartRemove(let name):
            let who = try actor()
            var cart = carts[who.account] ?? Cart()
            guard let store = cart.store, let item = try await engine.storeState(store).item(named: name) else {
                throw .refused(.unknownMenuItem(name))
            }
            cart.remove(item.id)
            carts[who.account] = cart
            return (.ok, say(.cartRemoved(items: cart.itemCount)), [])
        case .cartClear:
            carts[try actor().account] = Cart()
            return (.ok, say(.cartEmptied), [])
        case .order(let label, let to, let note, let payment):
            let who = try actor()
            let cart = carts[who.account] ?? Cart()
            guard let store = cart.store else { throw DeliveryError.refused(.emptyCart) }
            let address = try await engine.deliveryAddress(typed: to, note: note, for: who)
            let result = try await engine.placeOrder(
                from: store, lines: cart.lines, paying: payment, deliverTo: address, as: who)
            carts[who.account] = Cart()
            if let label { labels[label] = result.order }
            lastPayment = result.payment
            let summary = try await engine.orderState(result.order).placed!
            let name = label.map { "@\($0) (\(result.order))" } ?? result.order.rawValue
            return (
                .ok,
                say(
                    .orderPlaced(order: name, store: summary.storeName, total: summary.total, to: address.oneLine, payment: result.payment)),
                []
            )
        case .pay(let ref, let payment):
            let id = try order(ref)
            let result = try await engine.pay(id, paying: payment, as: try actor())
            lastPayment = result
            return (.ok, say(.payment(order: ref.description, result)), [])
        case .cancel(let ref, let reason):
            try await engine.cancel(try order(ref), reason: reason, as: try actor())
            return (.ok, say(.cancelled(order: ref.description, refund: try await refund(ref))), [])
        case .reject(let ref, let reason):
            try await engine.reject(try order(ref), reason: reason, as: try actor())
            return (.ok, say(.rejected(order: ref.description, reason: reason, refund: try await refund(ref))), [])
        case .confirm(let ref, let minutes):
            let id = try order(ref)
            try await engine.confirm(id, cookMinutes: minutes, as: try actor())
            let ready = try await engine.orderState(id).estimatedReadyAt.map(KoreanTime.clock) ?? "?"
            return (.ok, say(.confirmed(order: ref.description, readyAt: ready)), [])
        case .startDelivery(let ref, let minutes):
            try await engine.startDelivery(try order(ref), travelMinutes: minutes, as: try actor())
            return (.ok, say(.deliveryStarted(order: ref.description, minutes: minutes)), [])
        case .accept(let ref):
            try await engine.acceptJob(try order(ref), as: try actor())
            return (.ok, say(.accepted(order: ref.description, rider: actorName ?? "?")), [])
        case .releaseJob(let ref):
            try await engine.releaseJob(try order(ref), as: try actor())
            return (.ok, say(.released(order: ref.description, rider: actorName ?? "?")), [])
        case .pickUp(let ref):
            try await engine.pickUp(try order(ref), as: try actor())
            return (.ok, say(.pickedUp(order: ref.description)), [])
        case .deliver(let ref):
            try await engine.markDelivered(try order(ref), as: try actor())
            return (.ok, say(.delivered(order: ref.description)), [])
        case .review(let ref, let rating, let text):
            try await engine.review(try order(ref), rating: rating, text: text, as: try actor())
            return (.ok, say(.reviewed(order: ref.description, rating: rating)), [])
        case .reply(let ref, let text):
            try await engine.reply(to: try order(ref), text: text, as: try actor())
            return (.ok, say(.replied(order: ref.description)), [])
        case .favourite(let store):
            try await engine.favourite(try await engine.storeID(named: store), as: try actor())
            return (.ok, say(.favourite(store: store)), [])
        case .unfavourite(let store):
            try await engine.unfavourite(try await engine.storeID(named: store), as: try actor())
            return (.ok, say(.unfavourite(store: store)), [])
        case .addAddress(let address, let note, let makeDefault):
            let who = try actor()
            try await engine.addAddress(address, note: note, makeDefault: makeDefault, as: who)
            let saved = try await engine.accountState(of: who).addresses
            let isDefault = saved.preferred?.address == saved.saved(address)?.address
            return (.ok, say(.addressSaved(address: saved.saved(address)?.oneLine ?? address, isDefault: isDefault)), [])
        case .removeAddress(let address):
            try await engine.removeAddress(address, as: try actor())
            return (.ok, say(.addressRemoved(address)), [])
        case .setDefaultAddress(let address):
            try await engine.setDefaultAddress(address, as: try actor())
            return (.ok, say(.defaultAddress(address)), [])
        case .changePassword(let current, let new):
            try await engine.changePassword(current: current, new: new, as: try actor())
            return (.ok, say(.passwordChanged), [])
        case .forgetCard(let label):
            try await engine.forgetCard(label, as: try actor())
            return (.ok, say(.cardForgotten(label)), [])
        case .readNotifications:
            try await engine.markNotificationsRead(as: try actor())
            return (.ok, say(.notificationsRead), [])
        case .show(let target):
            return try await show(target)
        case .expect(let expectation):
            return try await check(expectation)
        }
    }

    func signIn(_ actor: Actor, name: String) {
        signedIn[actor.account] = actor
        names[actor.account] = name.precomposedStringWithCanonicalMapping
        current = actor
    }

    func describe(_ id: OrderID) -> String {
        labels.first { $0.value == id }.map { "@\($0.key)" } ?? id.rawValue
    }

    func menuItem(named name: String, in store: String) async throws(DeliveryError) -> (StoreID, MenuItem) {
        let id = try await engine.storeID(named: store)
        guard let item = try await engine.storeState(id).item(named: name) else { throw .refused(.unknownMenuItem(name)) }
        return (id, item)
    }

    func refund(_ ref: OrderRef) async throws(DeliveryError) -> Won? {
        try await engine.orderState(try order(ref)).refund?.amount
    }
}
