import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the tracking page asks in a prompt.
enum TrackingPrompt: Equatable, Sendable {
    case cancel(OrderID)
    /// Leaving the store's waiting queue: a cancel, worded for the queue, with the refund.
    case leaveQueue(OrderID)
}

/// One order, live: a timeline of its steps with times, the payment while the card
/// processor has not answered (the order is not at the store yet), its place in the
/// store's waiting queue, the auto-cancel countdown while the store decides, the cooking
/// estimate, the rider's progress and ETA on the timer, and whether it can still be
/// cancelled (and if not, why). While the payment gateway is failing or on probation, a
/// pending payment says it waits safely and goes through on its own. The details beyond
/// the order's row come from the ``Fetch/tracking(_:_:)`` read, asked again whenever the
/// log moves; the gateway's health from the session's own read of the worker's report.
///
/// Keys: `x` cancels, or leaves the store's queue (asks first, with the refund; only
/// offered before the store confirms, and refused in place after); `p` pays with another
/// card after a decline; `r` writes a review once delivered; Esc goes back.
extension CustomerModel {
    mutating func trackingKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .tracking(let id) = pages.last else { return nil }
        switch key {
        case .character("x"):
            guard let order = order(id), order.customerCancellation == .allowed else {
                // The engine is the judge: ask it, and show its refusal here.
                return [.send(.cancel(id, by: actor))]
            }
            if let place = tracking(of: id)?.queue {
                prompt = OpenPrompt(
                    prompt: Prompt(
                        title: words(.leaveQueueTitle),
                        lines: [
                            words(.leaveQueueQuestion(store: order.storeName, position: place.position, length: place.queueLength)),
                            words(.leaveQueueRefund(NumberText.won(order.total, in: language))),
                        ],
                        submitLabel: words(.leave), language: language),
                    purpose: .tracking(.leaveQueue(id)))
                return []
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.cancelTitle),
                    lines: [
                        words(.cancelQuestion(store: order.storeName, total: NumberText.won(order.total, in: language))),
                        order.paidAt == nil
                            ? words(.nothingCharged)
                            : words(.refundedToCard),
                    ], submitLabel: words(.cancelButton), language: language),
                purpose: .tracking(.cancel(id)))
            return []
        case .character("p"):
            guard let order = order(id) else { return [] }
            switch payment(of: order) {
            case .declined, .notRequested:
                return openCheckout(paying: id)
            case .processorFailed:
                return openCheckout(paying: id, afterFailure: true)
            case .pending:
                notice = Notice(words(.checkingPayment))
            case nil:
                notice = .refusal(
                    order.paidAt != nil
                        ? RuleViolation.alreadyPaid.text(in: language)
                        : RuleViolation.notPayable(status: order.orderStatus).text(in: language))
            }
            return []
        case .character("r"):
            guard let order = order(id) else { return [] }
            openReview(order, context)
            return []
        default:
            return nil
        }
    }

    /// Acts on a prompt the tracking page opened, once the customer said yes.
    mutating func trackingSubmitted(_ purpose: TrackingPrompt) -> [Effect] {
        switch purpose {
        case .cancel(let id):
            notice = Notice(words(.cancelling))
            return [.send(.cancel(id, by: actor))]
        case .leaveQueue(let id):
            notice = Notice(words(.leavingQueue))
            leavingQueue = id
            return [.send(.cancel(id, by: actor))]
        }
    }

    /// The answer to a cancel, worded as leaving the queue when that is what was asked.
    /// A cancel asked about while the store confirmed (or time ran out) is moot: the question
    /// closes and the notice says why, as the engine would have refused it. It used to stay
    /// open over a page already saying "cannot be cancelled", for a `y` that was then refused.
    mutating func closeCancelPromptOvertaken() {
        guard let purpose = prompt?.purpose else { return }
        let id: OrderID
        switch purpose {
        case .tracking(.cancel(let order)), .tracking(.leaveQueue(let order)): id = order
        default: return
        }
        guard let status = order(id)?.orderStatus, let refusal = CustomerCancellation.refusal(at: status) else { return }
        prompt = nil
        notice = .refusal(refusal.text(in: language))
    }

    mutating func cancelFinished(_ id: OrderID, _ result: Result<ActionOutcome, DeliveryError>) {
        let leftQueue = leavingQueue == id
        leavingQueue = nil
        switch result {
        case .success where leftQueue:
            let total = order(id).map { NumberText.won($0.total, in: language) } ?? words(.paidAmount)
            notice = .success(words(.leftQueue(total)))
        case .success:
            notice = .success(words(TrackingText.cancelled))
        case .failure(let error):
            notice = .refusal(error, in: language)
        }
    }

    /// Where an unpaid order's payment stands; nil once it is paid or stopped.
    enum PaymentStanding: Equatable {
        /// A request waits for the card processor (slow or down), since the given time if known.
        case pending(since: Date?)
        case declined(reason: String)
        /// The processor failed, not the card: nothing was charged; paying again may pass.
        case processorFailed
        /// Placed without paying.
        case notRequested
    }

    func payment(of order: OrderSummary) -> PaymentStanding? {
        guard order.orderStatus == .awaitingPayment else { return nil }
        if let details = tracking(of: order.id) {
            if let since = details.paymentPendingSince { return .pending(since: since) }
            if details.paymentFailed { return .processorFailed }
            if let reason = details.declineReason { return .declined(reason: reason) }
            return .notRequested
        }
        // Before the details arrive, the row's note says as much.
        guard let note = order.paymentNote else { return .notRequested }
        if note == OrderSummary.processorFailedNote { return .processorFailed }
        if note.hasPrefix("declined: ") { return .declined(reason: String(note.dropFirst("declined: ".count))) }
        return .pending(since: nil)
    }

    /// Paid, but waiting in the store's queue: the store does not see it yet.
    func isQueued(_ order: OrderSummary) -> Bool {
        if let details = tracking(of: order.id) { return details.queue != nil }
        return order.orderStatus == .awaitingConfirmation && order.paidAt != nil && order.deadlineAt == nil
    }

    func trackingHints() -> [KeyHint] {
        guard case .tracking(let id) = pages.last, let order = order(id) else { return [KeyHint(.escape, .back, in: language)] }
        var hints: [KeyHint] = []
        switch payment(of: order) {
        case .declined: hints.append(KeyHint(key: "p", .payByOtherCard, in: language))
        case .processorFailed: hints.append(KeyHint(key: "p", .payAgain, in: language))
        case .notRequested: hints.append(KeyHint(key: "p", .payByCard, in: language))
        default: break
        }
        if order.customerCancellation == .allowed {
            hints.append(KeyHint(key: "x", action: words(isQueued(order) ? .leaveQueueHint : .cancelHint)))
        }
        if order.deliveredAt != nil && order.reviewedAt == nil { hints.append(KeyHint(key: "r", .writeReview, in: language)) }
        hints.append(KeyHint(.escape, .back, in: language))
        return hints
    }

    func renderTracking(_ id: OrderID, into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        guard let order = order(id) else {
            let inside = grid.box(area, title: words(.orderTitle(id.rawValue)), style: .accent).inset(left: 1, right: 1)
            grid.put(words(.loadingOrder), x: inside.x, y: inside.y, style: .muted)
            return
        }
        let inside = grid.box(area, title: words(.orderAtStore(order: id.rawValue, store: order.storeName)), style: .accent).inset(
            left: 1, right: 1)
        guard !inside.isEmpty else { return }
        grid.put(order.summary, x: inside.x, y: inside.y, maxWidth: inside.width)
        var payment = words(.totals(total: NumberText.won(order.total, in: language), fee: NumberText.won(order.deliveryFee, in: language)))
        if let card = order.card { payment += " · \(card)" }
        grid.put(payment, x: inside.x, y: inside.y + 1, style: .muted, maxWidth: inside.width)

        let timeline = OrderTimeline(
            order, payment: self.payment(of: order), queue: tracking(of: id)?.queue,
            cancelledUnpaid: tracking(of: id)?.cancelledUnpaid == true, language: language)
        var y = inside.y + 3
        for step in timeline.steps where y < inside.maxY - 4 {
            step.render(into: &grid, x: inside.x, y: y, width: inside.width)
            y += 1
        }
        let live = Rect(x: inside.x, y: inside.maxY - 4, width: inside.width, height: 4)
        if case .pending = self.payment(of: order), context.paymentSystem?.isInterrupted == true {
            // Just above the payment's live status, one blank row between, below the timeline.
            let lines = PaymentSystemStatus.customerExplanation(width: inside.width, in: language).prefix(2)
            let top = live.y - 1 - lines.count
            for (index, line) in lines.enumerated() where top + index >= y {
                grid.put(line, x: inside.x, y: top + index, style: .warning.bold())
            }
        }
        renderLiveStatus(order, into: &grid, in: live, now: context.now)
    }

    /// The moving part: the payment or the queue while the store has not got the order,
    /// then the countdown, cooking or delivery progress, and the cancel rule.
    private func renderLiveStatus(_ order: OrderSummary, into grid: inout CellGrid, in rect: Rect, now: Date) {
        let bar = Rect(x: rect.x, y: rect.y + 1, width: min(40, rect.width - 12), height: 1)
        let details = tracking(of: order.id)
        var rule: (lines: [String], style: Style)?
        switch order.orderStatus {
        case .awaitingPayment:
            renderPayment(order, into: &grid, in: rect, now: now)
            switch payment(of: order) {
            case .declined?: rule = ([words(.payAgainRule), words(.cancelUnpaidRule)], .plain)
            case .processorFailed?: rule = ([words(.payAgainAfterFailureRule), words(.cancelUnpaidRule)], .plain)
            default: break
            }
        case .awaitingConfirmation:
            if let place = details?.queue {
                // Paid into a full kitchen: it waits its turn, and no countdown runs yet.
                grid.put(
                    words(.queued(position: place.position, length: place.queueLength, minutes: place.estimatedWaitMinutes)),
                    x: rect.x, y: rect.y, style: .warning.bold(), maxWidth: rect.width)
                let ahead = place.position - 1
                let fraction = 1 - Double(ahead) / Double(max(1, place.queueLength))
                ProgressBar(fraction: fraction).render(into: &grid, in: bar, style: .warning)
                grid.put(
                    words(ahead == 0 ? .nextInLine : .ahead(ahead)), x: bar.maxX, y: bar.y, style: .warning,
                    maxWidth: rect.maxX - bar.maxX)
                rule = ([words(.leaveQueueRule(NumberText.won(order.total, in: language)))], .plain)
            } else if let deadline = order.deadlineAt {
                let left = TimeText.seconds(from: now, to: deadline)
                grid.put(
                    words(.awaitingStore(TimeText.countdown(left))),
                    x: rect.x, y: rect.y, style: .warning, maxWidth: rect.width)
                let window = Double(order.autoCancelMinutes * 60)
                ProgressBar(fraction: Double(left) / max(1, window)).render(into: &grid, in: bar, style: .warning)
            } else {
                grid.put(
                    words(.waitingInQueue), x: rect.x, y: rect.y, style: .warning,
                    maxWidth: rect.width)
            }
        case .cooking:
            if let ready = order.estimatedReadyAt, let confirmed = order.confirmedAt {
                grid.put(
                    words(.cooking(clock: TimeText.clock(ready), left: TimeText.minutesLeft(until: ready, from: now, in: language))),
                    x: rect.x, y: rect.y, style: .info, maxWidth: rect.width)
                let fraction = now.timeIntervalSince(confirmed) / max(1, ready.timeIntervalSince(confirmed))
                ProgressBar(fraction: min(fraction, 0.99)).render(into: &grid, in: bar, style: .info)
            }
        case .deliveryStarted, .pickedUp:
            if let eta = order.estimatedArrivalAt, let progress = order.deliveryProgress(at: now) {
                let rider = order.riderId.map { words(.riderName($0.rawValue)) } ?? words(.riderBeingAssigned)
                grid.put(
                    words(
                        .onTheWay(rider: rider, clock: TimeText.clock(eta), left: TimeText.minutesLeft(until: eta, from: now, in: language))
                    ),
                    x: rect.x, y: rect.y, style: .accent.bold(), maxWidth: rect.width)
                ProgressBar(fraction: progress).render(into: &grid, in: bar)
                grid.put(" \(Int(progress * 100))%", x: bar.maxX, y: bar.y, style: .accent)
            }
        case .delivered:
            grid.put(
                reviewWindowText(order, now: now), x: rect.x, y: rect.y,
                style: order.reviewedAt == nil ? .success : .muted, maxWidth: rect.width)
        case .cancelled, .rejected:
            if order.orderStatus == .cancelled, details?.cancelledUnpaid == true {
                let limit = details?.paymentLimitMinutes ?? PaymentDeadline.defaultMinutes
                grid.put(
                    words(.unpaidCancelled(minutes: limit)), x: rect.x, y: rect.y,
                    style: .danger.bold(), maxWidth: rect.width)
                if let reason = order.closeReason, !reason.isEmpty {
                    grid.put(words(.reason(reason)), x: rect.x, y: rect.y + 1, style: .muted, maxWidth: rect.width)
                }
                rule = ([words(.orderAgain)], .muted)
            } else {
                var text = words(order.orderStatus == .cancelled ? .cancelledOrder : .rejectedOrder)
                if let reason = order.closeReason, !reason.isEmpty { text += " · \(reason)" }
                if order.refunded { text += words(.refunded(NumberText.won(order.total, in: language))) }
                grid.put(text, x: rect.x, y: rect.y, style: .muted, maxWidth: rect.width)
            }
        }
        if rule == nil {
            switch order.customerCancellation {
            case .allowed:
                rule = (
                    [
                        order.paidAt == nil
                            ? words(.cancelAllowedUnpaid)
                            : words(.cancelAllowedPaid)
                    ], .plain
                )
            case .tooLate:
                rule = ([words(.cannotCancel(RuleViolation.cancelAfterConfirmation.text(in: language)))], .muted)
            case .over:
                break  // delivered or stopped: there is nothing left to cancel, so nothing to explain
            }
        }
        let ruleRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: 2)
        let ruleLines = (rule?.lines ?? []).flatMap { $0.wrapped(toWidth: ruleRect.width) }
        for (index, line) in ruleLines.prefix(2).enumerated() {
            grid.put(line, x: ruleRect.x, y: ruleRect.y + index, style: rule?.style ?? .plain)
        }
    }

    /// An unpaid order: the processor still deciding, a declined card, a processor that failed,
    /// or no card yet. The store has not got the order in any of these, and the page says so.
    private func renderPayment(_ order: OrderSummary, into grid: inout CellGrid, in rect: Rect, now: Date) {
        let limit = tracking(of: order.id)?.paymentLimitMinutes ?? PaymentDeadline.defaultMinutes
        switch payment(of: order) {
        case .pending(let since)?:
            grid.put(
                words(.paymentCheckingBanner), x: rect.x, y: rect.y, style: .warning.bold(),
                maxWidth: rect.width)
            var line = words(.waitingForCardIssuer)
            if let since {
                line = words(
                    .paymentRequested(
                        clock: TimeText.clock(since), elapsed: TimeText.countdown(Int(now.timeIntervalSince(since))), limit: limit))
            }
            grid.put(line, x: rect.x, y: rect.y + 1, style: .muted, maxWidth: rect.width)
        case .declined(let reason)?:
            // The processor's reason, whole: two lines, the key to pay again below it.
            for (index, line) in words(.declined(reason)).wrapped(toWidth: rect.width).prefix(2).enumerated() {
                grid.put(line, x: rect.x, y: rect.y + index, style: .danger.bold(), maxWidth: rect.width)
            }
        case .processorFailed?:
            // Said as what happened and what to do: no processor error, no "declined".
            for (index, line) in words(.paymentSystemFailed).wrapped(toWidth: rect.width).prefix(2).enumerated() {
                grid.put(line, x: rect.x, y: rect.y + index, style: .danger.bold(), maxWidth: rect.width)
            }
        case .notRequested?, nil:
            grid.put(words(.awaitingPaymentBanner), x: rect.x, y: rect.y, style: .warning, maxWidth: rect.width)
            grid.put(words(.payByCard), x: rect.x, y: rect.y + 1, style: .muted, maxWidth: rect.width)
        }
    }

    func reviewWindowText(_ order: OrderSummary, now: Date) -> String {
        guard let window = order.reviewWindow else { return "" }
        if order.reviewedAt != nil { return words(.reviewed(Stars.of(order.reviewRating ?? 0))) }
        switch window.phase(at: now) {
        case .notYetOpen(let minutes):
            return words(.reviewFrom(clock: TimeText.clock(window.opensAt), span: TimeText.span(minutes: minutes, in: language)))
        case .open:
            return words(.reviewNow(until: TimeText.dayAndClock(window.closesAt)))
        case .closed:
            return words(.reviewOver(until: TimeText.dayAndClock(window.closesAt)))
        }
    }
}

/// The steps of an order, each reached or not, with its time.
struct OrderTimeline {
    struct Step {
        enum Mark { case done, current, pending, stopped }
        var mark: Mark
        var label: String
        var at: Date?
        var detail: String

        func render(into grid: inout CellGrid, x: Int, y: Int, width: Int) {
            let (symbol, style): (String, Style) =
                switch mark {
                case .done: ("✓", .success)
                case .current: ("●", .accent.bold())
                case .pending: ("○", .muted)
                case .stopped: ("✗", .danger.bold())
                }
            var column = x + 1
            column += grid.put(symbol + " ", x: column, y: y, style: style)
            column += grid.put((at.map(TimeText.clock) ?? "").padded(toWidth: 6), x: column, y: y, style: .muted)
            column += grid.put(label.padded(toWidth: 11), x: column, y: y, style: mark == .pending ? .muted : style)
            grid.put(detail, x: column, y: y, style: mark == .pending ? .muted : .plain, maxWidth: x + width - column)
        }
    }

    var steps: [Step] = []

    init(
        _ order: OrderSummary, payment: CustomerModel.PaymentStanding? = nil, queue: QueuePlace? = nil,
        cancelledUnpaid: Bool = false, language: Language = .standard
    ) {
        func words(_ text: TrackingText) -> String { text.text(in: language) }
        let ready = order.estimatedReadyAt.map { words(.readyAround(TimeText.clock($0))) } ?? ""
        let eta = order.estimatedArrivalAt.map { words(.arrivingAt(TimeText.clock($0))) } ?? ""
        var confirmation = order.cookMinutes.map { words(.cookMinutes($0)) + ready } ?? ""
        if let queue { confirmation = words(.queuePlace(position: queue.position, length: queue.queueLength)) }
        let all: [(String, Date?, String)] = [
            (words(.ordered), order.placedAt, order.summary),
            (words(.paid), order.paidAt, order.paidAt == nil ? "" : NumberText.won(order.total, in: language)),
            (words(.storeConfirmed), order.confirmedAt, confirmation),
            (words(.deliveryStarted), order.deliveryStartedAt, order.travelMinutes.map { words(.travelMinutes($0)) + eta } ?? ""),
            (
                words(.pickedUp), order.pickedUpAt,
                order.riderId.map { words(.riderName($0.rawValue)) } ?? (order.isOpenJob ? words(.riderBeingAssigned) : "")
            ),
            (words(.delivered), order.deliveredAt, ""),
        ]
        if let payment {
            // Unpaid: the order has not reached the store; the payment step is where it stands.
            let (label, at, detail): (String, Date?, String) =
                switch payment {
                case .pending(let since): (words(.paymentCheck), since, words(.issuerChecking))
                case .declined: (words(.paymentDeclined), nil, words(.otherCardPossible))
                case .processorFailed: (words(.paymentFailed), nil, words(.nothingChargedTryAgain))
                case .notRequested: (words(.paymentWaiting), nil, words(.beforeCardPayment))
                }
            steps.append(Step(mark: .done, label: all[0].0, at: all[0].1, detail: all[0].2))
            steps.append(Step(mark: .current, label: label, at: at, detail: detail))
            for step in all.dropFirst(2) { steps.append(Step(mark: .pending, label: step.0, at: nil, detail: "")) }
            return
        }
        let reached = all.lastIndex { $0.1 != nil } ?? 0
        let stopped = order.orderStatus == .cancelled || order.orderStatus == .rejected
        for (index, step) in all.enumerated() {
            if stopped && index > reached { break }
            let mark: Step.Mark =
                index < reached || (index == reached && order.orderStatus == .delivered)
                ? .done
                : index == reached ? (stopped ? .done : .current) : .pending
            steps.append(Step(mark: mark, label: step.0, at: step.1, detail: step.2))
        }
        if stopped {
            let label = words(order.orderStatus == .cancelled ? .orderCancelled : .orderRejected)
            var detail = cancelledUnpaid ? words(.paymentTimedOut) : order.closeReason ?? ""
            if order.refunded { detail += words(.refundedShort) }
            steps.append(Step(mark: .stopped, label: label, at: order.closedAt, detail: detail))
        }
    }
}
