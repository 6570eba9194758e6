import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the kitchen page asks in a prompt.
enum KitchenPrompt: Equatable, Sendable {
    /// Handing the food to the rider, with the travel time the customer is told.
    case startDelivery(OrderID)
}

/// Confirmed orders: cooking, then on the road until delivered.
///
/// Keys: ↑/↓ j/k move; Enter or `d` marks "delivery started" with a travel time once the
/// food is ready.
extension OwnerModel {
    mutating func kitchenKey(_ key: Key) -> [Effect]? {
        if kitchen.handle(key) { return [] }
        switch key {
        case .enter, .character("d"):
            guard let order = kitchen.selectedItem else { return [] }
            guard order.orderStatus == .cooking else {
                notice = .refusal(
                    ScreenText.deliveryAlreadyStarted(order: order.orderId.rawValue, status: order.orderStatus).text(in: language))
                return []
            }
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.startDeliveryTitle(order: order.orderId.rawValue)),
                    lines: ["\(order.customerName) · \(order.summary)", words(.startDeliveryExplanation)],
                    fields: [Prompt.Field(words(.travelMinutesLabel), TextField(text: "15", maxLength: 3, allowed: .digits))],
                    submitLabel: words(.startDelivery), language: language),
                purpose: .kitchen(.startDelivery(order.id)))
            return []
        default:
            return nil
        }
    }

    /// Reads a filled delivery-start prompt.
    func kitchenAnswer(_ purpose: KitchenPrompt, _ prompt: Prompt) -> PromptAnswer {
        switch purpose {
        case .startDelivery(let id):
            guard let travel = Int(prompt.text(0)) else { return .refuse(words(.travelMinutesAsNumber)) }
            return .send(.startDelivery(id, travelMinutes: travel, by: actor))
        }
    }

    static func kitchenDone(_ action: Action, in language: Language) -> String? {
        guard case .startDelivery(let id, let minutes, _) = action else { return nil }
        return OwnerText.deliveryStarted(order: id.rawValue, minutes: minutes).text(in: language)
    }

    func kitchenHints() -> [KeyHint] {
        [
            KeyHint(key: "Enter/d", .startDelivery, in: language), KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderKitchen(into grid: inout CellGrid, in area: Rect, context: ScreenContext) {
        let inside = grid.box(area, title: words(.kitchenTitle(store: currentStore?.name ?? "")), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        if kitchen.isEmpty {
            grid.put(words(.nothingCooking), x: inside.x, y: inside.y, style: .muted)
            return
        }
        let rows = kitchen.items.map { order -> TableRow in
            let when: String
            switch order.orderStatus {
            case .cooking:
                when =
                    order.estimatedReadyAt.map {
                        words(.readyAt(clock: TimeText.clock($0), left: TimeText.minutesLeft(until: $0, from: context.now, in: language)))
                    } ?? ""
            default:
                when =
                    order.estimatedArrivalAt.map {
                        words(.arrivesAt(clock: TimeText.clock($0), left: TimeText.minutesLeft(until: $0, from: context.now, in: language)))
                    }
                    ?? ""
            }
            return TableRow(
                [
                    order.orderId.rawValue, order.customerName, order.summary, order.orderStatus.label(in: language), when,
                    order.riderId?.rawValue ?? words(.noRiderYet),
                ], style: order.orderStatus.style)
        }
        let table = Table(
            columns: [
                TableColumn(words(.orderColumn)), TableColumn(words(OwnerText.customerColumn)),
                TableColumn(words(.menuColumn), width: .flex(1)),
                TableColumn(words(OwnerText.statusColumn)), TableColumn(words(.dueColumn)), TableColumn(words(.riderColumn)),
            ],
            rows: rows)
        let listHeight = max(2, inside.height - 4)
        table.render(
            into: &grid, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: listHeight),
            selectedRow: kitchen.selectedIndex,
            firstRow: kitchen.firstVisibleIndex(forRows: table.bodyHeight(forHeight: listHeight)))
        guard let order = kitchen.selectedItem else { return }
        if let dropOff = order.dropOff {
            let row = inside.row(inside.height - 2)
            grid.put(words(.dropOff(dropOff)), x: row.x, y: row.y, maxWidth: row.width)
        }
        let line = inside.row(inside.height - 1)
        if order.orderStatus == .cooking {
            grid.put(
                words(.startWhenReady), x: line.x, y: line.y, style: .muted,
                maxWidth: line.width)
        } else if let progress = order.deliveryProgress(at: context.now) {
            let used = grid.put(words(.deliveryProgress), x: line.x, y: line.y, style: .muted)
            ProgressBar(fraction: progress).render(into: &grid, in: Rect(x: line.x + used, y: line.y, width: 30, height: 1))
            grid.put(" \(Int(progress * 100))%", x: line.x + used + 30, y: line.y, style: .accent)
        }
    }
}
