import DeliveryDomain
import DeliveryEngine
import Foundation

/// One order, live: a timeline of its steps with times, the auto-cancel countdown while
/// the store decides, the cooking estimate, the rider's progress and ETA on the timer, and
/// whether it can still be cancelled (and if not, why).
///
/// Keys: `x` cancels (asks first; only offered before the store confirms, and refused in
/// place after); `r` writes a review once delivered; Esc goes back.
extension CustomerModel {
    mutating func trackingKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .tracking(let id) = pages.last else { return nil }
        switch key {
        case .character("x"):
            guard let order = order(id), order.isCancellable else {
                // The engine is the judge: ask it, and show its refusal here.
                return [.send(.cancel(id, by: actor))]
            }
            prompt = OpenPrompt(
                prompt: Prompt(title: "주문 취소", lines: ["\(order.storeName) 주문(\(NumberText.won(order.total)))을 취소할까요?",
                                                        "결제한 금액은 카드로 환불돼요."], submitLabel: "취소하기"),
                purpose: .cancel(id))
            return []
        case .character("r"):
            guard let order = order(id) else { return [] }
            openReview(order, context)
            return []
        default:
            return nil
        }
    }

    func trackingHints() -> [KeyHint] {
        guard case .tracking(let id) = pages.last, let order = order(id) else { return [KeyHint(.escape, action: "뒤로")] }
        var hints: [KeyHint] = []
        if order.isCancellable { hints.append(KeyHint(key: "x", action: "주문 취소")) }
        if order.deliveredAt != nil && order.reviewedAt == nil { hints.append(KeyHint(key: "r", action: "리뷰 쓰기")) }
        hints.append(KeyHint(.escape, action: "뒤로"))
        return hints
    }

    func renderTracking(_ id: OrderID, into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        guard let order = order(id) else {
            let inside = grid.box(area, title: "주문 \(id.rawValue)", style: .accent).inset(left: 1, right: 1)
            grid.put("주문을 불러오는 중…", x: inside.x, y: inside.y, style: .muted)
            return
        }
        let inside = grid.box(area, title: "주문 \(id.rawValue) · \(order.storeName)", style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        grid.put(order.summary, x: inside.x, y: inside.y, maxWidth: inside.width)
        var payment = "합계 \(NumberText.won(order.total)) (배달팁 \(NumberText.won(order.deliveryFee)) 포함)"
        if let card = order.card { payment += " · \(card)" }
        grid.put(payment, x: inside.x, y: inside.y + 1, style: .muted, maxWidth: inside.width)

        let timeline = OrderTimeline(order)
        var y = inside.y + 3
        for step in timeline.steps where y < inside.maxY - 4 {
            step.render(into: &grid, x: inside.x, y: y, width: inside.width)
            y += 1
        }
        let live = Rect(x: inside.x, y: inside.maxY - 4, width: inside.width, height: 4)
        renderLiveStatus(order, into: &grid, in: live, now: context.now)
    }

    /// The moving part: countdown, cooking or delivery progress, and the cancel rule.
    private func renderLiveStatus(_ order: OrderSummary, into grid: inout CellGrid, in rect: Rect, now: Date) {
        let bar = Rect(x: rect.x, y: rect.y + 1, width: min(40, rect.width - 12), height: 1)
        switch order.orderStatus {
        case .awaitingPayment:
            grid.put("결제 대기 · \(order.paymentNote ?? "결제가 끝나면 가게로 전달돼요")", x: rect.x, y: rect.y,
                     style: .warning, maxWidth: rect.width)
        case .awaitingConfirmation:
            if let deadline = order.deadlineAt {
                let left = TimeText.seconds(from: now, to: deadline)
                grid.put("가게 확인을 기다리는 중 · \(TimeText.countdown(left)) 안에 확인이 없으면 자동 취소·환불돼요",
                         x: rect.x, y: rect.y, style: .warning, maxWidth: rect.width)
                let window = Double(order.autoCancelMinutes * 60)
                ProgressBar(fraction: Double(left) / max(1, window)).render(into: &grid, in: bar, style: .warning)
            } else {
                // Paid into a full kitchen: it waits its turn, and no countdown runs yet.
                grid.put("가게 대기열에서 차례를 기다리는 중 · \(order.paymentNote ?? "first come, first served")",
                         x: rect.x, y: rect.y, style: .warning, maxWidth: rect.width)
            }
        case .cooking:
            if let ready = order.estimatedReadyAt, let confirmed = order.confirmedAt {
                grid.put("조리 중 · \(TimeText.clock(ready))쯤 완성 (\(TimeText.minutesLeft(until: ready, from: now)) 남음)",
                         x: rect.x, y: rect.y, style: .info, maxWidth: rect.width)
                let fraction = now.timeIntervalSince(confirmed) / max(1, ready.timeIntervalSince(confirmed))
                ProgressBar(fraction: min(fraction, 0.99)).render(into: &grid, in: bar, style: .info)
            }
        case .deliveryStarted, .pickedUp:
            if let eta = order.estimatedArrivalAt, let progress = order.deliveryProgress(at: now) {
                let rider = order.riderId.map { "라이더 \($0)" } ?? "라이더 배정 중"
                grid.put("배달 중 · \(rider) · \(TimeText.clock(eta)) 도착 예정 (\(TimeText.minutesLeft(until: eta, from: now)) 남음)",
                         x: rect.x, y: rect.y, style: .accent.bold(), maxWidth: rect.width)
                ProgressBar(fraction: progress).render(into: &grid, in: bar)
                grid.put(" \(Int(progress * 100))%", x: bar.maxX, y: bar.y, style: .accent)
            }
        case .delivered:
            grid.put(reviewWindowText(order, now: now), x: rect.x, y: rect.y,
                     style: order.reviewedAt == nil ? .success : .muted, maxWidth: rect.width)
        case .cancelled, .rejected:
            var text = order.orderStatus == .cancelled ? "취소된 주문" : "가게가 거절한 주문"
            if let reason = order.closeReason, !reason.isEmpty { text += " · \(reason)" }
            if order.refunded { text += " · \(NumberText.won(order.total)) 환불됨" }
            grid.put(text, x: rect.x, y: rect.y, style: .muted, maxWidth: rect.width)
        }
        let rule = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: 2)
        var text: String?
        if order.isCancellable {
            text = "x 주문 취소 · 가게가 확인하기 전까지만 취소할 수 있어요"
        } else if [.cooking, .deliveryStarted, .pickedUp, .delivered].contains(order.orderStatus) {
            text = "취소 불가 · " + RuleViolation.cancelAfterConfirmation.description
        }
        for (index, line) in (text ?? "").wrapped(toWidth: rule.width).prefix(2).enumerated() {
            grid.put(line, x: rule.x, y: rule.y + index, style: order.isCancellable ? .plain : .muted)
        }
    }

    func reviewWindowText(_ order: OrderSummary, now: Date) -> String {
        guard let window = order.reviewWindow else { return "" }
        if order.reviewedAt != nil { return "배달 완료 · 리뷰를 남겼어요 \(Stars.of(order.reviewRating ?? 0))" }
        switch window.phase(at: now) {
        case .notYetOpen(let minutes):
            return "배달 완료 · 리뷰는 \(TimeText.clock(window.opensAt))부터 쓸 수 있어요 (\(TimeText.span(minutes: minutes)) 후)"
        case .open:
            return "배달 완료 · r로 리뷰를 쓸 수 있어요 (\(TimeText.dayAndClock(window.closesAt))까지)"
        case .closed:
            return "배달 완료 · 리뷰 기간이 끝났어요 (\(TimeText.dayAndClock(window.closesAt))까지였어요)"
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
            let (symbol, style): (String, Style) = switch mark {
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

    init(_ order: OrderSummary) {
        let ready = order.estimatedReadyAt.map { " · \(TimeText.clock($0))쯤 완성" } ?? ""
        let eta = order.estimatedArrivalAt.map { " · \(TimeText.clock($0)) 도착 예정" } ?? ""
        let all: [(String, Date?, String)] = [
            ("주문", order.placedAt, order.summary),
            ("결제 완료", order.paidAt, order.paidAt == nil ? "" : NumberText.won(order.total)),
            ("가게 확인", order.confirmedAt, order.cookMinutes.map { "조리 \($0)분" + ready } ?? ""),
            ("배달 시작", order.deliveryStartedAt, order.travelMinutes.map { "이동 \($0)분" + eta } ?? ""),
            ("픽업", order.pickedUpAt, order.riderId.map { "라이더 \($0)" } ?? ""),
            ("배달 완료", order.deliveredAt, ""),
        ]
        let reached = all.lastIndex { $0.1 != nil } ?? 0
        let stopped = order.orderStatus == .cancelled || order.orderStatus == .rejected
        for (index, step) in all.enumerated() {
            if stopped && index > reached { break }
            let mark: Step.Mark = index < reached || (index == reached && order.orderStatus == .delivered) ? .done
                : index == reached ? (stopped ? .done : .current) : .pending
            steps.append(Step(mark: mark, label: step.0, at: step.1, detail: step.2))
        }
        if stopped {
            let label = order.orderStatus == .cancelled ? "주문 취소" : "주문 거절"
            var detail = order.closeReason ?? ""
            if order.refunded { detail += " · 환불됨" }
            steps.append(Step(mark: .stopped, label: label, at: order.closedAt, detail: detail))
        }
    }
}
