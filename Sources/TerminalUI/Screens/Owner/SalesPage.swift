import DeliveryDomain
import DeliveryEngine
import Foundation

/// What the store has sold: today and in total, cancellations and the rating. No keys of
/// its own; it updates live as orders are delivered.
extension OwnerModel {
    func renderSales(into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: "매출 · \(currentStore?.name ?? "")", style: .accent).inset(top: 1, left: 2, right: 2)
        guard !inside.isEmpty else { return }
        guard let sales else {
            grid.put("매출을 불러오는 중…", x: inside.x, y: inside.y, style: .muted)
            return
        }
        let lines: [(String, [Span])] = [
            ("오늘", [Span("배달 완료 \(sales.todayOrders)건 · 매출 "), Span(sales.todayRevenue.description, style: .accent.bold())]),
            (
                "전체",
                [
                    Span("배달 완료 \(sales.deliveredOrders)건 · 매출 "), Span(sales.revenue.description, style: .accent.bold()),
                    Span(" · 배달팁 \(sales.deliveryFees)", style: .muted),
                ]
            ),
            ("취소·거절", [Span("결제 후 취소·거절 \(sales.cancelledOrders)건 (모두 환불)")]),
            ("평점", [Span(Stars.average(sales.averageRating, count: sales.reviewCount))]),
        ]
        for (index, line) in lines.enumerated() {
            grid.put(line.0, x: inside.x, y: inside.y + index * 2, style: .emphasis)
            grid.put(line.1, x: inside.x + 12, y: inside.y + index * 2, maxWidth: inside.width - 12)
        }
        grid.put(
            "매출은 음식값만 세요 (배달팁 제외). 배달이 끝나면 바로 반영돼요.", x: inside.x, y: inside.y + 9, style: .muted,
            maxWidth: inside.width)
    }
}
