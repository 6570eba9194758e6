import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the incoming page asks in a prompt.
enum IncomingPrompt: Equatable, Sendable {
    /// Confirming, with the cooking time the customer is told.
    case confirm(OrderID)
    /// Rejecting, with the reason the customer is told.
    case reject(OrderID)

    /// The order the question is about.
    var order: OrderID {
        switch self {
        case .confirm(let id), .reject(let id): id
        }
    }
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
                    title: words(.confirmTitle(order: order.orderId.rawValue)),
                    lines: ["\(order.customerName) · \(order.summary)", words(.confirmExplanation)],
                    fields: [Prompt.Field(words(.cookMinutesLabel), TextField(text: "\(minutes)", maxLength: 3, allowed: .digits))],
                    submitLabel: words(.confirm), language: language),
                purpose: .incoming(.confirm(order.id)))
            return []
        case .character("n"):
            guard let order = incoming.selectedItem else { return [] }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.rejectTitle(order: order.orderId.rawValue)),
                    lines: ["\(order.customerName) · \(order.summary)", words(.rejectExplanation)],
                    fields: [
                        Prompt.Field(
                            words(.reasonLabel),
                            TextField(placeholder: words(.reasonPlaceholder), maxLength: FreeText.Field.reason.maxLength))
                    ],
                    submitLabel: words(.reject), language: language),
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
            guard let cook = Int(prompt.text(0)) else { return .refuse(words(.cookMinutesAsNumber)) }
            return .send(.confirm(id, cookMinutes: cook, by: actor))
        case .reject(let id):
            return .send(.reject(id, reason: prompt.text(0), by: actor))
        }
    }

    static func incomingDone(_ action: Action, in language: Language) -> String? {
        switch action {
        case .confirm(let id, let minutes, _): OwnerText.confirmed(order: id.rawValue, minutes: minutes).text(in: language)
        case .reject(let id, _, _): OwnerText.rejected(order: id.rawValue).text(in: language)
        default: nil
        }
    }

    func incomingHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/y", .acceptOrder, in: language), KeyHint(key: "n", .reject, in: language),
            KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language), KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderIncoming(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let box = grid.box(area, title: words(.incomingTitle(store: currentStore?.name ?? "")), style: .accent).inset(left: 1, right: 1)
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
                words(.waitingForOrders), x: inside.x, y: inside.y, style: .muted,
                maxWidth: inside.width)
            return
        }
        let rows = incoming.items.map { order -> TableRow in
            let left = order.deadlineAt.map { TimeText.seconds(from: context.now, to: $0) } ?? 0
            return TableRow(
                [
                    order.orderId.rawValue, TimeText.clock(order.paidAt ?? order.placedAt), order.customerName, order.summary,
                    NumberText.won(order.total, in: language), TimeText.countdown(left),
                ],
                style: left <= 60 ? .danger : nil)
        }
        let table = Table(
            columns: [
                TableColumn(words(.orderColumn)), TableColumn(words(.paidColumn)), TableColumn(words(OwnerText.customerColumn)),
                TableColumn(words(.menuColumn), width: .flex(1)), TableColumn(words(.amountColumn), alignment: .right),
                TableColumn(words(.autoCancelColumn), alignment: .right),
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
            words(.orderDetail(order: order.orderId.rawValue, customer: order.customerName, placed: TimeText.clock(order.placedAt))),
            x: detail.x,
            y: detail.y + 1, style: .emphasis, maxWidth: detail.width)
        var money = words(
            .money(
                summary: order.summary, subtotal: NumberText.won(order.subtotal, in: language),
                fee: NumberText.won(order.deliveryFee, in: language)))
        if let card = order.card { money += " · \(card)" }
        grid.put(money, x: detail.x, y: detail.y + 2, maxWidth: detail.width)
        if let dropOff = order.dropOff {
            grid.put(words(.dropOff(dropOff)), x: detail.x, y: detail.y + 4, maxWidth: detail.width)
        }
        if let deadline = order.deadlineAt {
            let left = TimeText.seconds(from: context.now, to: deadline)
            let style: Style = left <= 60 ? .danger.bold() : .warning
            let label = words(.autoCancelIn(TimeText.countdown(left)))
            let used = grid.put(label, x: detail.x, y: detail.y + 3, style: style)
            ProgressBar(fraction: Double(left) / Double(max(1, order.autoCancelMinutes * 60)))
                .render(
                    into: &grid,
                    in: Rect(
                        x: detail.x + used, y: detail.y + 3, width: min(30, detail.width - used),
                        height: 1), style: style)
            grid.put(
                words(.autoCancelAt(clock: TimeText.clock(deadline))), x: detail.x + used + 31, y: detail.y + 3,
                style: .muted, maxWidth: detail.maxX - detail.x - used - 31)
        }
    }

    /// `대기열 12건 · 주방 5건 (수용 5건) · 3 가게 설정에서 k로 바꿔요`: the rush at a glance.
    func queueSpans() -> [Span] {
        guard let admission else { return [Span(words(.loadingQueue), style: .muted)] }
        let queue =
            admission.queueLength == 0
            ? Span(words(.noQueue), style: .muted)
            : Span(words(OwnerText.queue(admission.queueLength)), style: .warning.bold())
        let kitchen = admission.kitchenCapacity.map { words(.kitchenLoad(orders: ordersInKitchen, capacity: $0)) } ?? words(.noKitchenLimit)
        return [queue, Span(" · "), Span(kitchen, style: .emphasis), Span(words(.changeWithK), style: .muted)]
    }
}
