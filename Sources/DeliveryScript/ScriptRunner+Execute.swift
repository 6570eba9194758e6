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
            return (.ok, "clock set to \(KoreanTime.full(now))", [])
        case .advance(let seconds):
            try await engine.advanceSimulatedTime(by: seconds)
            let cancelled = try await engine.fireDueTimeouts()
            let note = cancelled.isEmpty ? "" : "; auto-cancelled \(cancelled.map(describe).joined(separator: ", "))"
            return (.ok, "clock advanced to \(KoreanTime.full(clock.now()))\(note)", [])
        case .signUp(let role, let name, let password):
            let actor = try await engine.signUp(name: name, role: role, password: password)
            signIn(actor, name: name)
            return (.ok, "signed up \(name) as \(role == .owner ? "an" : "a") \(role)", [])
        case .signIn(let name, let password):
            let actor = try await engine.signIn(name: name, password: password)
            signIn(actor, name: name)
            return (.ok, "signed in as \(name)", [])
        case .actAs(let name):
            guard let actor = signedIn[AccountID.forName(name)] else {
                throw .storage(
                    "No account named \"\(name)\" has signed in during this script; sign it in first with `signin \(name) password \"…\"`.")
            }
            current = actor
            return (.ok, "acting as \(name) (\(actor.role))", [])
        case .registerStore(let name, let profile, let settings):
            let id = try await engine.registerStore(profile, settings: settings, as: try actor())
            return (.ok, "registered \(name) (\(id))", [])
        case .setStoreMode(let store, let mode):
            try await engine.setMode(mode, of: try await engine.storeID(named: store), as: try actor())
            return (.ok, "\(store) is now \(mode)", [])
        case .setStoreHours(let store, let hours):
            try await engine.setHours(hours, of: try await engine.storeID(named: store), as: try actor())
            return (.ok, "\(store) now opens \(hours)", [])
        case .setAutoCancel(let store, let minutes):
            let id = try await engine.storeID(named: store)
            var settings = try await engine.storeState(id).settings
            settings.autoCancelMinutes = minutes
            try await engine.changeSettings(settings, of: id, as: try actor())
            return (.ok, "\(store) auto-cancels after \(minutes) min", [])
        case .setKitchenCapacity(let store, let capacity):
            try await engine.setKitchenCapacity(capacity, for: try await engine.storeID(named: store), as: try actor())
            return (
                .ok,
                capacity.map { "\(store) takes at most \($0) orders into its kitchen at once" }
                    ?? "\(store) takes any number of orders into its kitchen", []
            )
        case .setOrdersPerMinute(let store, let rate):
            try await engine.setOrdersPerMinute(rate, for: try await engine.storeID(named: store), as: try actor())
            return (
                .ok,
                rate.map { "\(store) lets in at most \($0) orders a minute" }
                    ?? "\(store) lets in any number of orders a minute", []
            )
        case .addMenuItem(let store, let name, let price, let description):
            try await engine.addMenuItem(
                to: try await engine.storeID(named: store), name: name, price: Won(price),
                description: description, as: try actor())
            return (.ok, "added \(name) at \(Won(price)) to \(store)", [])
        case .editMenuItem(let store, let name, let newName, let price, let description):
            let (id, item) = try await menuItem(named: name, in: store)
            try await engine.editMenuItem(
                item.id, in: id, name: newName, price: price.map { Won($0) },
                description: description, as: try actor())
            return (.ok, "edited \(name) at \(store)", [])
        case .setSoldOut(let store, let name, let soldOut):
            let (id, item) = try await menuItem(named: name, in: store)
            try await engine.setSoldOut(item.id, in: id, soldOut, as: try actor())
            return (.ok, "\(name) is \(soldOut ? "sold out" : "back in stock")", [])
        case .cartAdd(let store, let name, let quantity):
            let who = try actor()
            let id = try await engine.storeID(named: store)
            let state = try await engine.storeState(id)
            guard let item = state.item(named: name) else { throw .refused(.unknownMenuItem(name)) }
            var cart = carts[who.account] ?? Cart()
            do { try cart.add(item, quantity: quantity, from: state) } catch { throw .refused(error) }
            carts[who.account] = cart
            return (.ok, "cart: \(cart.itemCount) item\(cart.itemCount == 1 ? "" : "s") from \(cart.storeName)", [])
        case .cartRemove(let name):
            let who = try actor()
            var cart = carts[who.account] ?? Cart()
            guard let store = cart.store, let item = try await engine.storeState(store).item(named: name) else {
                throw .refused(.unknownMenuItem(name))
            }
            cart.remove(item.id)
            carts[who.account] = cart
            return (.ok, "cart: \(cart.itemCount) items", [])
        case .cartClear:
            carts[try actor().account] = Cart()
            return (.ok, "cart emptied", [])
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
            let paid = result.payment.map { "; \($0)" } ?? "; awaiting payment"
            return (.ok, "placed \(name) at \(summary.storeName): \(summary.total) to \(address.oneLine)\(paid)", [])
        case .pay(let ref, let payment):
            let id = try order(ref)
            let result = try await engine.pay(id, paying: payment, as: try actor())
            lastPayment = result
            return (.ok, "\(ref) \(result)", [])
        case .cancel(let ref, let reason):
            try await engine.cancel(try order(ref), reason: reason, as: try actor())
            return (.ok, "\(ref) cancelled\(try await refundNote(ref))", [])
        case .reject(let ref, let reason):
            try await engine.reject(try order(ref), reason: reason, as: try actor())
            return (.ok, "\(ref) rejected (\(reason))\(try await refundNote(ref))", [])
        case .confirm(let ref, let minutes):
            let id = try order(ref)
            try await engine.confirm(id, cookMinutes: minutes, as: try actor())
            let ready = try await engine.orderState(id).estimatedReadyAt.map(KoreanTime.clock) ?? "?"
            return (.ok, "\(ref) confirmed; ready around \(ready)", [])
        case .startDelivery(let ref, let minutes):
            try await engine.startDelivery(try order(ref), travelMinutes: minutes, as: try actor())
            return (.ok, "\(ref) delivery started; arriving in about \(minutes) min", [])
        case .accept(let ref):
            try await engine.acceptJob(try order(ref), as: try actor())
            return (.ok, "\(ref) accepted by \(actorName ?? "?")", [])
        case .pickUp(let ref):
            try await engine.pickUp(try order(ref), as: try actor())
            return (.ok, "\(ref) picked up", [])
        case .deliver(let ref):
            try await engine.markDelivered(try order(ref), as: try actor())
            return (.ok, "\(ref) delivered", [])
        case .review(let ref, let rating, let text):
            try await engine.review(try order(ref), rating: rating, text: text, as: try actor())
            return (.ok, "\(ref) reviewed: \(String(repeating: "★", count: rating))", [])
        case .reply(let ref, let text):
            try await engine.reply(to: try order(ref), text: text, as: try actor())
            return (.ok, "replied to the review of \(ref)", [])
        case .favourite(let store):
            try await engine.favourite(try await engine.storeID(named: store), as: try actor())
            return (.ok, "\(store) is a favourite", [])
        case .unfavourite(let store):
            try await engine.unfavourite(try await engine.storeID(named: store), as: try actor())
            return (.ok, "\(store) is no longer a favourite", [])
        case .addAddress(let address, let note, let makeDefault):
            let who = try actor()
            try await engine.addAddress(address, note: note, makeDefault: makeDefault, as: who)
            let saved = try await engine.accountState(of: who).addresses
            let isDefault = saved.preferred?.address == saved.saved(address)?.address
            return (.ok, "address saved: \(saved.saved(address)?.oneLine ?? address)\(isDefault ? " (default)" : "")", [])
        case .removeAddress(let address):
            try await engine.removeAddress(address, as: try actor())
            return (.ok, "address removed: \(address)", [])
        case .setDefaultAddress(let address):
            try await engine.setDefaultAddress(address, as: try actor())
            return (.ok, "default address: \(address)", [])
        case .forgetCard(let label):
            try await engine.forgetCard(label, as: try actor())
            return (.ok, "card ending \(label) forgotten", [])
        case .readNotifications:
            try await engine.markNotificationsRead(as: try actor())
            return (.ok, "notifications marked read", [])
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

    func refundNote(_ ref: OrderRef) async throws(DeliveryError) -> String {
        guard let refund = try await engine.orderState(try order(ref)).refund else { return "" }
        return "; \(refund.amount) refunded"
    }
}
