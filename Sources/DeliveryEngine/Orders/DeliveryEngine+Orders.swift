import DeliveryDomain
import EventStore
import Foundation
import Payments

extension DeliveryEngine {
    /// Places the cart as an order and, given a card, pays for it in the same step: the order
    /// and its payment request are one append, so neither exists without the other.
    public func placeOrder(_ cart: Cart, card: CardDetails?, deliverTo: DeliveryAddress? = nil, as actor: Actor)
        async throws(DeliveryError) -> CheckoutResult
    {
        guard let storeID = cart.store else { throw .refused(.emptyCart) }
        return try await placeOrder(from: storeID, lines: cart.lines, card: card, deliverTo: deliverTo, as: actor)
    }

    public func placeOrder(
        from storeID: StoreID, lines: [CartLine], card: CardDetails?, deliverTo: DeliveryAddress? = nil, as actor: Actor
    ) async throws(DeliveryError) -> CheckoutResult {
        try await placeOrder(from: storeID, lines: lines, paying: card.map { .card($0) }, deliverTo: deliverTo, as: actor)
    }

    /// Places an order paid with a typed card (remembered afterwards when asked, unless it was
    /// declined) or with a remembered card and its CVC.
    ///
    /// `deliverTo` is checked again by the order's rules; callers that take what a person typed
    /// resolve it first with ``deliveryAddress(typed:note:for:)``, which falls back to the default.
    public func placeOrder(
        from storeID: StoreID, lines: [CartLine], paying: CheckoutPayment?, deliverTo: DeliveryAddress?, as actor: Actor
    ) async throws(DeliveryError) -> CheckoutResult {
        placements.begin()
        defer { placements.end() }
        let items = lines.map(\.item)
        var context = try await placementContext(storeID, items: items, kept: true)
        let id = ids.orderID()
        // Tokenized after the order's id is drawn, as always, so seeded ids stay as they were.
        let cardOnFile: CardOnFile?
        switch paying {
        case nil: cardOnFile = nil
        case .card(let details, _): cardOnFile = try self.cardOnFile(details)
        case .remembered(let label, let cvc): cardOnFile = try await rememberedCard(label, cvc: cvc, of: actor)
        }
        let draft = cardOnFile.map { PaymentRequestDraft(idempotencyKey: "pay-\(id.rawValue)-1", card: $0) }
        var outcome: CommandHandler<OrderDecider>.Outcome?
        for _ in 1...Self.placementAttempts {
            let (store, admission) = (context.store, context.admission)
            let reserved = try await reserveStock(for: id, lines: lines, store: store, shards: context.stockShards)
            do {
                outcome = try await handler(OrderDecider.self).execute(
                    Streams.order(id), actor: actor.account.rawValue, isNew: true, conditions: context.conditions
                ) { _, now in
                    .place(
                        id, lines: lines, store: store, payment: draft, by: actor, now: now, admission: admission,
                        deliverTo: deliverTo)
                }
                break
            } catch {
                await releaseStock(reserved, order: id)
                // The store, its admission setting or a stock plan changed since this process
                // last read it, or a refusal was decided on states kept without a read
                // (``DecisionBasis``): read them now and decide again.
                let staleRefusal = !context.basis.settlesWithoutAppending && error is RuleViolation
                guard error is ConditionMoved || staleRefusal else { throw DeliveryError.wrap(error) }
                context = try await placementContext(storeID, items: items, kept: false)
            }
        }
        guard let placed = outcome else {
            throw .busy(stream: Streams.store(storeID).rawValue, attempts: Self.placementAttempts)
        }
        guard draft != nil else { return CheckoutResult(order: id, payment: nil) }
        let payment: PaymentResult
        if queuesPayments {
            payment = .pending(reason: Self.queuedNote)
        } else {
            // Charged on the order as just placed: no need to read back what was written.
            payment = try await settlePayment(id, placed: (placed.state, placed.version))
        }
        if case .card(_, remember: true) = paying, let cardOnFile, !payment.isDeclined {
            // The order stands whatever happens here: a card already remembered is simply kept.
            try? await rememberCard(cardOnFile, as: actor)
        }
        return CheckoutResult(order: id, payment: payment)
    }

    /// Placements decided anew because the store (or its admission setting, or a stock plan)
    /// changed under them, before the placement is answered "busy, try again".
    static let placementAttempts = 4

    /// Pays (again) for an order still awaiting payment, e.g. after a declined card.
    public func pay(_ order: OrderID, card: CardDetails, as actor: Actor) async throws(DeliveryError) -> PaymentResult {
        try await pay(order, cardOnFile: try cardOnFile(card), as: actor)
    }

    /// Pays (again) with a remembered card, once its CVC passes (``rememberedCard(_:cvc:of:)``).
    public func pay(_ order: OrderID, rememberedCard label: String, cvc: CardSecurityCode, as actor: Actor)
        async throws(DeliveryError) -> PaymentResult
    {
        try await pay(order, cardOnFile: try await rememberedCard(label, cvc: cvc, of: actor), as: actor)
    }

    /// Pays (again) with a typed card, remembered afterwards when asked and not declined, or
    /// with a remembered card and its CVC.
    public func pay(_ order: OrderID, paying: CheckoutPayment, as actor: Actor) async throws(DeliveryError)
        -> PaymentResult
    {
        switch paying {
        case .remembered(let label, let cvc):
            return try await pay(order, rememberedCard: label, cvc: cvc, as: actor)
        case .card(let details, let remember):
            let card = try cardOnFile(details)
            let result = try await pay(order, cardOnFile: card, as: actor)
            if remember, !result.isDeclined { try? await rememberCard(card, as: actor) }
            return result
        }
    }

    func pay(_ order: OrderID, cardOnFile: CardOnFile, as actor: Actor) async throws(DeliveryError) -> PaymentResult {
        _ = try await run(OrderDecider.self, Streams.order(order), actor: actor.account.rawValue) { state, now in
            let draft = PaymentRequestDraft(
                idempotencyKey: "pay-\(order.rawValue)-\(state.requestedPaymentKeys.count + 1)", card: cardOnFile)
            return .requestPayment(draft, by: actor, now: now)
        }
        if queuesPayments { return .pending(reason: Self.queuedNote) }
        return try await settlePayment(order)
    }

    public func cancel(_ order: OrderID, reason: String = "", as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .cancel(reason: reason, by: actor, now: now) }
        await releaseCardHoldsInProcess(of: order)
    }

    public func reject(_ order: OrderID, reason: String, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .reject(reason: reason, by: actor, now: now) }
    }

    /// Confirms with a cooking time; without one, the store's current estimate
    /// (``ConfirmationPolicy/defaultCookMinutes(for:)``). A confirmation refused because the
    /// deadline passed lets the timer's auto-cancel run now (``ConfirmationPolicy/timerTakesOver(after:)``).
    public func confirm(_ order: OrderID, cookMinutes: Int? = nil, as actor: Actor) async throws(DeliveryError) {
        var minutes = cookMinutes ?? 0
        if cookMinutes == nil, let store = try? await storeState(try await orderState(order).placed!.store) {
            minutes = ConfirmationPolicy.defaultCookMinutes(for: store)
        }
        let chosen = minutes
        do {
            try await act(on: order, as: actor) { _, now in .confirm(cookMinutes: chosen, by: actor, now: now) }
        } catch .refused(let refusal) where ConfirmationPolicy.timerTakesOver(after: refusal) {
            try? await act(on: order, as: .system) { _, now in .autoCancel(now: now) }
            throw .refused(refusal)
        }
    }

    public func startDelivery(_ order: OrderID, travelMinutes: Int, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .startDelivery(travelMinutes: travelMinutes, by: actor, now: now) }
    }

    public func acceptJob(_ order: OrderID, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .acceptJob(by: actor, now: now) }
    }

    /// Gives an accepted job back before pickup: it returns to every rider's open jobs, and the
    /// customer is told another rider is being found.
    public func releaseJob(_ order: OrderID, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .releaseJob(by: actor, now: now) }
    }

    public func pickUp(_ order: OrderID, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .pickUp(by: actor, now: now) }
    }

    public func markDelivered(_ order: OrderID, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .markDelivered(by: actor, now: now) }
    }

    public func review(_ order: OrderID, rating: Int, text: String, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .review(rating: rating, text: text, by: actor, now: now) }
    }

    public func reply(to order: OrderID, text: String, as actor: Actor) async throws(DeliveryError) {
        try await act(on: order, as: actor) { _, now in .reply(text: text, by: actor, now: now) }
    }

    /// The order folded from its stream.
    public func orderState(_ id: OrderID) async throws(DeliveryError) -> OrderState {
        let state: OrderState
        do { state = try await handler(OrderDecider.self).load(Streams.order(id)).state } catch {
            throw DeliveryError.wrap(error)
        }
        guard state.exists else { throw .refused(.unknownOrder(id.rawValue)) }
        return state
    }

    /// The order, if the actor may see it (``OrderState/checkVisible(to:)``): its customer, its
    /// store's owner, or a rider who holds it or could take it.
    public func orderState(_ id: OrderID, as actor: Actor) async throws(DeliveryError) -> OrderState {
        let state = try await orderState(id)
        do { try state.checkVisible(to: actor) } catch { throw .refused(error) }
        return state
    }

    func act(on order: OrderID, as actor: Actor, _ command: @escaping @Sendable (OrderState, Date) -> OrderCommand)
        async throws(DeliveryError)
    {
        let who = actor.isSystem ? "system" : actor.account.rawValue
        let outcome = try await run(OrderDecider.self, Streams.order(order), actor: who) { state, now in
            guard state.exists else { throw RuleViolation.unknownOrder(order.rawValue) }
            return command(state, now)
        }
        await issueRefunds(outcome.events, order: order)
        await releaseStock(ofStopped: outcome.events, order: order, lines: outcome.state.placed?.lines ?? [])
    }
}
