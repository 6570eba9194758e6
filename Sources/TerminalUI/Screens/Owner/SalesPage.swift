import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the store has sold: today and in total, cancellations and the rating. No keys of
/// its own; it updates live as orders are delivered.
extension OwnerModel {
    func renderSales(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: words(.salesTitle(store: currentStore?.name ?? "")), style: .accent).inset(
            top: 1, left: 2, right: 2)
        guard !inside.isEmpty else { return }
        guard let sales else {
            grid.put(words(.loadingSales), x: inside.x, y: inside.y, style: .muted)
            return
        }
        let lines: [(String, [Span])] = [
            (
                words(.today),
                [
                    Span(words(.deliveredRevenue(orders: sales.todayOrders))),
                    Span(sales.todayRevenue.text(in: language), style: .accent.bold()),
                ]
            ),
            (
                words(.overall),
                [
                    Span(words(.deliveredRevenue(orders: sales.deliveredOrders))),
                    Span(sales.revenue.text(in: language), style: .accent.bold()),
                    Span(words(.fees(sales.deliveryFees.text(in: language))), style: .muted),
                ]
            ),
            (words(.cancelled), [Span(words(.cancelledSummary(sales.cancelledOrders)))]),
            (words(.rating), [Span(Stars.average(sales.averageRating, count: sales.reviewCount))]),
        ]
        for (index, line) in lines.enumerated() {
            grid.put(line.0, x: inside.x, y: inside.y + index * 2, style: .emphasis)
            grid.put(line.1, x: inside.x + 12, y: inside.y + index * 2, maxWidth: inside.width - 12)
        }
        grid.put(
            words(.salesNote), x: inside.x, y: inside.y + 9, style: .muted,
            maxWidth: inside.width)
    }
}
