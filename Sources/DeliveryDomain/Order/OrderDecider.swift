import Foundation

/// The order's rules. The transitions it allows, read off in one place:
///
///     (paid into a full kitchen, the order first waits in the store's queue, unseen by the store,
///      until the worker admits it: awaitingConfirmation stays the status, `waitingInKitchenQueue` says it)
///     awaitingPayment ──paid──► awaitingConfirmation ──confirm──► cooking ──startDelivery──► deliveryStarted
///          │                        │      │                                                   │ pickUp
///          └─cancel─► cancelled ◄───┘      └─reject─► rejected          delivered ◄─deliver── pickedUp
///                     (customer before confirmation, or the system after the deadline;
///                      the system also when a payment stays unanswered past ``PaymentDeadline``)
///
/// One payment request at a time: another is refused until the first is answered (approved,
/// declined) or the order stops, so an order is never charged twice by racing payers.
/// A rider may accept the job while the order is cooking or once delivery has started, and the
/// rider holding it may give it back (`releaseJob`) until the food is picked up: the job is
/// open again, as if never accepted.
///
/// The rules that screens and read models ask as well live in files of their own beside it,
/// and the decider calls them rather than restating them: ``PlacementRule`` (what may be
/// ordered), ``CustomerCancellation`` (until when the customer may cancel),
/// ``ConfirmationPolicy`` (the cooking time and the late confirmation), ``OrderTimes`` (the
/// deadline and the estimates), ``PaymentDeadline`` and ``ReviewWindow``.
public enum OrderDecider: Decider {
    /// No order yet: only ``OrderCommand/place(_:lines:store:payment:by:now:admission:)`` is accepted.
    public static let initialState = OrderState()

    /// The events `command` causes on an order in `state`, or the rule it breaks. Nothing is
    /// written on a refusal: the caller appends the events, or nothing.
    ///
    ///     let state = OrderDecider.fold(events)
    ///     let next = try OrderDecider.decide(.cancel(reason: "", by: customer, now: now), state)
    ///     // [.cancelled(...), .refunded(...)] before confirmation; .cancelAfterConfirmation after
    public static func decide(_ command: OrderCommand, _ state: OrderState) throws(RuleViolation) -> [OrderEvent] {
        if case .place(let id, let lines, let store, let payment, let actor, let now, let admission, let address) = command {
            return try place(id, lines, store, payment, actor, now, admission, address, state)
        }
        guard let placed = state.placed else { throw .unknownOrder("?") }

        switch command {
        case .place:
            throw .orderAlreadyExists

        case .requestPayment(let draft, let actor, let now):
            try requireCustomer(actor, placed)
            guard state.status == .awaitingPayment else {
                throw state.payment != nil ? .alreadyPaid : .notPayable(status: state.status)
            }
            // One request at a time: a second one racing the first could be charged as well.
            // Only its answer (approved, declined) or the order's end clears the way.
            guard state.pendingPayment == nil else { throw .paymentInProgress }
            return [
                .paymentRequested(
                    .init(
                        idempotencyKey: draft.idempotencyKey, card: draft.card,
                        amount: placed.total, at: now))
            ]

        case .recordPaymentApproved(let key, let paymentID, let now):
            // A repeated outcome for the same request changes nothing: the worker may report twice.
            if state.payment?.idempotencyKey == key { return [] }
            // ...and a late approval already recorded and refunded is not refunded again.
            if state.refund?.paymentID == paymentID { return [] }
            guard state.requestedPaymentKeys.contains(key) else { throw .notPayable(status: state.status) }
            let approved = OrderEvent.paymentApproved(
                .init(
                    idempotencyKey: key, paymentID: paymentID,
                    amount: placed.total, at: now))
            if state.status == .awaitingPayment && state.payment == nil {
                guard placed.waitsForAdmission == true else { return [approved] }
                return [approved, .queuedForKitchen(.init(at: now))]
            }
            // The money moved after the order stopped (or twice): record it and give it straight back.
            return [approved, .refunded(.init(paymentID: paymentID, amount: placed.total, at: now))]

        case .recordPaymentDeclined(let key, let reason, let cause, let now):
            guard state.pendingPayment?.idempotencyKey == key else { return [] }
            return [.paymentDeclined(.init(idempotencyKey: key, reason: reason, at: now, cause: cause))]

        case .cancel(let rawReason, let actor, let now):
            try requireCustomer(actor, placed)
            _ = try FreeText.validate(rawReason, as: .reason)
            if let refusal = CustomerCancellation.refusal(at: state.status) { throw refusal }
            let reason = rawReason.isEmpty ? OrderEvent.Cancelled.noReasonGiven : rawReason
            return [.cancelled(.init(by: .customer, reason: reason, at: now))] + refund(state, now)

        case .reject(let rawReason, let actor, let now):
            try requireOwner(actor, placed)
            let reason = rawReason.trimmingCharacters(in: .whitespaces)
            _ = try FreeText.validate(reason, as: .reason)
            guard !reason.isEmpty else { throw .reasonRequired }
            guard state.status == .awaitingConfirmation, !state.waitingInKitchenQueue else {
                throw .notCancellable(status: state.status)
            }
            return [.rejected(.init(reason: reason, at: now))] + refund(state, now)

        case .autoCancel(let now):
            guard let deadline = state.confirmationDeadline else { throw .notCancellable(status: state.status) }
            guard now >= deadline else { throw .notDue(secondsLeft: Int(deadline.timeIntervalSince(now).rounded(.up))) }
            let reason = "the store did not confirm within \(placed.autoCancelMinutes) minutes"
            return [.cancelled(.init(by: .system, reason: reason, at: now))] + refund(state, now)

        case .admit(let now):
            guard state.status == .awaitingConfirmation, state.waitingInKitchenQueue else {
                throw .notConfirmable(status: state.status)
            }
            return [.admitted(.init(at: now))]

        case .expirePayment(let limit, let now):
            guard let expiry = PaymentDeadline.expiry(of: state, limitSeconds: limit) else {
                throw .notPayable(status: state.status)
            }
            guard now >= expiry else { throw .notDue(secondsLeft: Int(expiry.timeIntervalSince(now).rounded(.up))) }
            let minutes = Int((limit / 60).rounded(.up))
            let reason = "payment could not be completed within \(minutes) minutes; nothing was charged"
            return [.cancelled(.init(by: .system, reason: reason, at: now))]

        case .releaseCardHold(let key, let now):
            // Releasing twice records it once: a worker may repeat a pass, and a read model
            // rebuilt from an older log lists the hold again.
            if state.releasedHoldKeys.contains(key) { return [] }
            guard state.requestedPaymentKeys.contains(key) else { throw .notPayable(status: state.status) }
            // A request still out is being charged, not held by an order that ended.
            guard state.pendingPayment?.idempotencyKey != key else { throw .paymentInProgress }
            return [.cardHoldReleased(.init(idempotencyKey: key, at: now))]

        case .confirm(let cookMinutes, let actor, let now):
            try requireOwner(actor, placed)
            guard state.status == .awaitingConfirmation, !state.waitingInKitchenQueue else {
                throw .notConfirmable(status: state.status)
            }
            // Past the deadline the order belongs to the timer, however late the timer fires.
            if let deadline = state.confirmationDeadline, now >= deadline {
                throw .confirmationWindowPassed(minutes: placed.autoCancelMinutes)
            }
            guard ConfirmationPolicy.cookMinutes.contains(cookMinutes) else { throw .invalidCookingTime(cookMinutes) }
            return [.confirmed(.init(cookMinutes: cookMinutes, at: now))]

        case .acceptJob(let actor, let now):
            guard actor.role == .rider else { throw .wrongRole(expected: .rider, actual: actor.role) }
            guard state.status == .cooking || state.status == .deliveryStarted else {
                throw .notReadyForRider(status: state.status)
            }
            guard state.rider == nil else { throw .jobTaken }
            return [.riderAssigned(.init(rider: actor.account, at: now))]

        case .releaseJob(let actor, let now):
            guard actor.role == .rider else { throw .wrongRole(expected: .rider, actual: actor.role) }
            guard let rider = state.rider else { throw .noRiderToRelease }
            guard rider == actor.account else { throw .notYourJob }
            // Once the food is in the rider's hands nobody else can deliver it.
            switch state.status {
            case .cooking, .deliveryStarted:
                return [.riderReleased(.init(rider: rider, at: now))]
            case .pickedUp, .delivered:
                throw .releaseAfterPickUp(status: state.status)
            case .awaitingPayment, .awaitingConfirmation, .cancelled, .rejected:
                // A rider is only ever assigned to a cooking or started order, and such an order
                // is never cancelled; said all the same rather than assumed.
                throw .notReadyForRider(status: state.status)
            }

        case .startDelivery(let travelMinutes, let actor, let now):
            try requireOwner(actor, placed)
            guard state.status == .cooking else { throw .notCooking(status: state.status) }
            guard (1...180).contains(travelMinutes) else { throw .invalidTravelTime(travelMinutes) }
            return [.deliveryStarted(.init(travelMinutes: travelMinutes, at: now))]

        case .pickUp(let actor, let now):
            try requireRider(actor, state)
            switch state.status {
            case .deliveryStarted: return [.pickedUp(.init(at: now))]
            case .pickedUp, .delivered: throw .alreadyPickedUp(status: state.status)
            default: throw .deliveryNotStarted(status: state.status)
            }

        case .markDelivered(let actor, let now):
            try requireRider(actor, state)
            guard state.status == .pickedUp else { throw .notPickedUp(status: state.status) }
            return [.delivered(.init(at: now))]

        case .review(let rating, let rawText, let actor, let now):
            try requireCustomer(actor, placed)
            guard let window = state.reviewWindow else { throw .notDelivered(status: state.status) }
            guard state.review == nil else { throw .alreadyReviewed }
            switch window.phase(at: now) {
            case .notYetOpen(let minutes): throw .reviewTooEarly(opensInMinutes: minutes)
            case .closed: throw .reviewWindowClosed
            case .open: break
            }
            guard (1...5).contains(rating) else { throw .invalidRating(rating) }
            let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            guard text.count <= OrderLimits.maxReviewLength else { throw .reviewTooLong(text.count) }
            _ = try FreeText.validate(text, as: .review)
            return [.reviewed(.init(rating: rating, text: text, at: now))]

        case .reply(let rawText, let actor, let now):
            try requireOwner(actor, placed)
            guard state.review != nil else { throw .noReviewToReply }
            guard state.reply == nil else { throw .alreadyReplied }
            let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            guard !text.isEmpty else { throw .emptyReply }
            guard text.count <= OrderLimits.maxReviewLength else { throw .reviewTooLong(text.count) }
            _ = try FreeText.validate(text, as: .reply)
            return [.reviewReplied(.init(text: text, at: now))]
        }
    }

    private static func place(
        _ id: OrderID, _ lines: [CartLine], _ store: StoreState, _ payment: PaymentRequestDraft?,
        _ actor: Actor, _ now: Date, _ admission: AdmissionPolicy, _ address: DeliveryAddress?, _ state: OrderState
    ) throws(RuleViolation) -> [OrderEvent] {
        guard !state.exists else { throw .orderAlreadyExists }
        guard actor.role == .customer else { throw .wrongRole(expected: .customer, actual: actor.role) }
        guard let storeID = store.store, let owner = store.owner, let profile = store.profile else {
            throw .unknownStore("?")
        }
        let priced = try PlacementRule.price(lines, at: store, now: now)
        let destination = try address.map { (a) throws(RuleViolation) in try DeliveryAddress.validated(a.address, note: a.note) }
        var placed = OrderEvent.Placed(
            order: id, customer: actor.account, store: storeID, storeName: profile.name, owner: owner,
            lines: priced, deliveryFee: profile.deliveryFee, autoCancelMinutes: store.settings.autoCancelMinutes, at: now,
            waitsForAdmission: admission.limitsAdmission ? true : nil)
        placed.deliveryAddress = destination?.address
        placed.deliveryNote = destination?.note
        var events: [OrderEvent] = [.placed(placed)]
        if let payment {
            events.append(
                .paymentRequested(
                    .init(
                        idempotencyKey: payment.idempotencyKey, card: payment.card,
                        amount: placed.total, at: now)))
        }
        return events
    }

    /// A paid order that stops is refunded in the same step.
    private static func refund(_ state: OrderState, _ now: Date) -> [OrderEvent] {
        guard let payment = state.payment else { return [] }
        return [.refunded(.init(paymentID: payment.paymentID, amount: payment.amount, at: now))]
    }

    private static func requireCustomer(_ actor: Actor, _ placed: OrderEvent.Placed) throws(RuleViolation) {
        guard actor.role == .customer else { throw .wrongRole(expected: .customer, actual: actor.role) }
        guard actor.account == placed.customer else { throw .notYourOrder }
    }

    private static func requireOwner(_ actor: Actor, _ placed: OrderEvent.Placed) throws(RuleViolation) {
        guard actor.role == .owner else { throw .wrongRole(expected: .owner, actual: actor.role) }
        guard actor.account == placed.owner else { throw .notYourStore }
    }

    private static func requireRider(_ actor: Actor, _ state: OrderState) throws(RuleViolation) {
        guard actor.role == .rider else { throw .wrongRole(expected: .rider, actual: actor.role) }
        guard let rider = state.rider else {
            // An open job is waiting for a rider, just not for this command: it must be accepted first.
            let open = state.status == .cooking || state.status == .deliveryStarted
            throw open ? .jobNotAccepted : .notReadyForRider(status: state.status)
        }
        guard rider == actor.account else { throw .notYourJob }
    }

    /// The order after one more event. Never refuses: an event is a fact already recorded.
    public static func evolve(_ state: OrderState, _ event: OrderEvent) -> OrderState {
        var next = state
        switch event {
        case .placed(let e):
            next.placed = e
            next.status = .awaitingPayment
        case .paymentRequested(let e):
            next.pendingPayment = e
            next.requestedPaymentKeys.append(e.idempotencyKey)
        case .paymentApproved(let e):
            next.pendingPayment = nil
            // A late approval of a stopped order does not bring it back; its refund follows.
            if next.status == .awaitingPayment && next.payment == nil {
                next.payment = e
                next.paidAt = e.at
                next.status = .awaitingConfirmation
            }
        case .paymentDeclined(let e):
            next.declines.append(e)
            next.pendingPayment = nil
        case .cancelled(let e):
            next.cancellation = e
            next.waitingInKitchenQueue = false
            next.pendingPayment = nil
            next.status = .cancelled
        case .rejected(let e):
            next.rejection = e
            next.status = .rejected
        case .refunded(let e):
            next.refund = e
        case .confirmed(let e):
            next.confirmedAt = e.at
            next.cookMinutes = e.cookMinutes
            next.status = .cooking
        case .riderAssigned(let e):
            next.rider = e.rider
        case .riderReleased:
            next.rider = nil
        case .deliveryStarted(let e):
            next.deliveryStartedAt = e.at
            next.travelMinutes = e.travelMinutes
            next.status = .deliveryStarted
        case .pickedUp(let e):
            next.pickedUpAt = e.at
            next.status = .pickedUp
        case .delivered(let e):
            next.deliveredAt = e.at
            next.status = .delivered
        case .reviewed(let e):
            next.review = e
        case .reviewReplied(let e):
            next.reply = e
        case .queuedForKitchen:
            next.waitingInKitchenQueue = true
        case .admitted(let e):
            next.admittedAt = e.at
            next.waitingInKitchenQueue = false
        case .cardHoldReleased(let e):
            next.releasedHoldKeys.append(e.idempotencyKey)
        }
        return next
    }
}
