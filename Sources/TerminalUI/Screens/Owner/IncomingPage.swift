import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the incoming page asks in a prompt.
enum IncomingPrompt: Equatable, Sendable {
    /// Confirming, with the cooking time the customer is told.
    case confirm(OrderID)
    /// Rejecting, with the reason the customer is told.
    case reject(OrderID)
}

/// Paid orders waiting for the store, oldest first, each with the countdown to its
/// automatic cancellation; above them, the store's waiting queue and kitchen capacity
/// (orders in the queue are not the store's to confirm yet, so they are counted, not listed),
/// and, when a payment gateway is in use, whether payments are going through.
///
/// Keys: ↑/↓ j/k move; Enter or `y` confirms with a cooking time; `n` rejects with a reason.
extension OwnerModel {
    mutating func incomingKey(_ key: Key) -> [Effect]? {
        if incoming.handle(key) { return [] }
        switch key {
        case .enter, .character("y"):
            guard let order = incoming.selectedItem else { return [] }
            let minutes = storeState?.currentPrepMinutes ?? currentStore?.currentPrepMinutes ?? 20
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: "주문 확인 · \(order.orderId)",
                    lines: ["\(order.customerName) · \(order.summary)", "조리 시간을 정하면 고객에게 완성 예정 시각이 알려져요."],
                    fields: [Prompt.Field("조리 시간(분)", TextField(text: "\(minutes)", maxLength: 3, allowed: .digits))],
                    submitLabel: "확인", language: language),
                purpose: .incoming(.confirm(order.id)))
            return []
        case .character("n"):
            guard let order = incoming.selectedItem else { return [] }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: "주문 거절 · \(order.orderId)",
                    lines: ["\(order.customerName) · \(order.summary)", "거절하면 고객에게 사유와 함께 전액 환불돼요."],
                    fields: [Prompt.Field("거절 사유", TextField(placeholder: "예: 재료가 떨어졌어요", maxLength: 60))],
                    submitLabel: "거절", language: language),
                purpose: .incoming(.reject(order.id)))
            return []
        default:
            return nil
        }
    }

    /// Reads a filled confirm or reject prompt.
    func incomingAnswer(_ purpose: IncomingPrompt, _ prompt: Prompt) -> PromptAnswer {
        switch purpose {
        case .confirm(let id):
            guard let cook = Int(prompt.text(0)) else { return .refuse("조리 시간을 분 단위 숫자로 입력하세요 (1~180).") }
            return .send(.confirm(id, cookMinutes: cook, by: actor))
        case .reject(let id):
            return .send(.reject(id, reason: prompt.text(0), by: actor))
        }
    }

    static func incomingDone(_ action: Action, in language: Language) -> String? {
        switch action {
        case .confirm(let id, let minutes, _): "주문 \(id.rawValue)을(를) 확인했어요 · 조리 \(minutes)분"
        case .reject(let id, _, _): "주문 \(id.rawValue)을(를) 거절했어요. 고객에게 환불돼요."
        default: nil
        }
    }

    func incomingHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/y", .acceptOrder, in: language), KeyHint(key: "n", .reject, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language),
        ]
    }

    func renderIncoming(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let box = grid.box(area, title: "접수 대기 · \(currentStore?.name ?? "")", style: .accent).inset(left: 1, right: 1)
        guard !box.isEmpty else { return }
        grid.put(queueSpans(), x: box.x, y: box.y, maxWidth: box.width)
        var top = 2
        if let payments = context.paymentSystem {
            // Paid orders reach this list only once the payment system charges them.
            grid.put(payments.ownerSpans(in: language), x: box.x, y: box.y + 1, maxWidth: box.width)
            top = 3
        }
        let inside = box.inset(top: top)
        if incoming.isEmpty {
            grid.put(
                "새 주문을 기다리는 중이에요. 주문이 들어오면 바로 여기에 떠요.", x: inside.x, y: inside.y, style: .muted,
                maxWidth: inside.width)
            return
        }
        let rows = incoming.items.map { order -> TableRow in
            let left = order.deadlineAt.map { TimeText.seconds(from: context.now, to: $0) } ?? 0
            return TableRow(
                [
                    order.orderId, TimeText.clock(order.paidAt ?? order.placedAt), order.customerName, order.summary,
                    NumberText.won(order.total), TimeText.countdown(left),
                ],
                style: left <= 60 ? .danger : nil)
        }
        let table = Table(
            columns: [
                TableColumn("주문"), TableColumn("결제"), TableColumn("고객"), TableColumn("메뉴", width: .flex(1)),
                TableColumn("금액", alignment: .right), TableColumn("자동 취소", alignment: .right),
            ],
            rows: rows)
        let listHeight = max(2, inside.height - 6)
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: listHeight),
            selectedRow: incoming.selectedIndex,
            firstRow: incoming.firstVisibleIndex(forRows: table.bodyHeight(forHeight: listHeight)))
        guard let order = incoming.selectedItem else { return }
        let detail = Rect(x: inside.x, y: inside.maxY - 5, width: inside.width, height: 5)
        grid.fill(detail.row(0), with: "─", style: .muted)
        grid.put(
            "주문 \(order.orderId) · \(order.customerName) · \(TimeText.clock(order.placedAt)) 주문", x: detail.x,
            y: detail.y + 1, style: .emphasis, maxWidth: detail.width)
        var money = "\(order.summary) · \(NumberText.won(order.subtotal)) + 배달팁 \(NumberText.won(order.deliveryFee))"
        if let card = order.card { money += " · \(card)" }
        grid.put(money, x: detail.x, y: detail.y + 2, maxWidth: detail.width)
        if let dropOff = order.dropOff {
            grid.put("배달 주소  \(dropOff)", x: detail.x, y: detail.y + 4, maxWidth: detail.width)
        }
        if let deadline = order.deadlineAt {
            let left = TimeText.seconds(from: context.now, to: deadline)
            let style: Style = left <= 60 ? .danger.bold() : .warning
            let label = "자동 취소까지 \(TimeText.countdown(left)) "
            let used = grid.put(label, x: detail.x, y: detail.y + 3, style: style)
            ProgressBar(fraction: Double(left) / Double(max(1, order.autoCancelMinutes * 60)))
                .render(
                    into: &grid,
                    in: Rect(
                        x: detail.x + used, y: detail.y + 3, width: min(30, detail.width - used),
                        height: 1), style: style)
            grid.put(
                "\(TimeText.clock(deadline))에 자동 취소·환불", x: detail.x + used + 31, y: detail.y + 3,
                style: .muted, maxWidth: detail.maxX - detail.x - used - 31)
        }
    }

    /// `대기열 12건 · 주방 5건 (수용 5건) · 3 가게 설정에서 k로 바꿔요`: the rush at a glance.
    func queueSpans() -> [Span] {
        guard let admission else { return [Span("대기열을 불러오는 중…", style: .muted)] }
        let queue =
            admission.queueLength == 0
            ? Span("대기열 없음", style: .muted)
            : Span("대기열 \(admission.queueLength)건", style: .warning.bold())
        let kitchen = admission.kitchenCapacity.map { "주방 \(ordersInKitchen)건 (수용 \($0)건)" } ?? "주방 수용 제한 없음"
        return [queue, Span(" · "), Span(kitchen, style: .emphasis), Span(" · 3 가게 설정에서 k로 바꿔요", style: .muted)]
    }
}
