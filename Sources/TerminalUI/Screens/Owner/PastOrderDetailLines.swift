import DeliveryDomain
import DeliveryEngine
import Foundation

/// One past order, opened whole, as lines: who and when, how it ended, then what was in it.
///
///     고객       김민수
///     주문       11-25 11:00
///     …
///     결과       고객이 취소했어요
///     사유       잘못 주문했어요
///     환불       17,000원
///
///     메뉴       단가  수량      금액
///     짜장면  7,000원     2  14,000원
///     배달팁                  3,000원
///     합계                   17,000원
///
/// Columns are measured in display columns, so a Hangul dish name (two columns a syllable)
/// keeps the prices in line; a long reason wraps under its label.
extension OwnerModel {
    /// The facts above the dishes: the customer, each step's time, the rider, and how the
    /// order ended with the reason and what happened to the money.
    static func detailFacts(_ detail: PastOrderDetail, in language: Language) -> [(label: String, value: String, style: Style)] {
        func words(_ text: PastOrdersText) -> String { text.text(in: language) }
        var facts: [(label: String, value: String, style: Style)] = [(words(.customerFact), detail.customerName, .plain)]
        let times: [(PastOrdersText, Date?)] = [
            (.placedFact, detail.placedAt), (.paidFact, detail.paidAt), (.acceptedFact, detail.confirmedAt),
            (.deliveryStartedFact, detail.deliveryStartedAt), (.pickedUpFact, detail.pickedUpAt),
            (.deliveredFact, detail.deliveredAt), (.stoppedFact, detail.stoppedAt),
        ]
        for case (let label, let at?) in times { facts.append((words(label), TimeText.dayAndClock(at), .plain)) }
        if let rider = detail.riderName { facts.append((words(.riderFact), rider, .plain)) }
        let outcome: (PastOrdersText, Style)
        var reason: String?
        switch detail.ending {
        case .delivered: outcome = (.deliveredEnding, .success)
        case .cancelledByCustomer(let given, _):
            outcome = (.cancelledByCustomer, .warning)
            reason = given ?? words(.customerGaveNoReason)
        case .notConfirmedInTime(let minutes): outcome = (.notConfirmedInTime(minutes: minutes), .danger)
        case .paymentNotCompleted: outcome = (.paymentNotCompleted, .muted)
        case .rejected(let given):
            outcome = (.rejectedByStore, .warning)
            reason = given
        case .underWay(let status):
            facts.append((words(.outcomeFact), status.label(in: language), status.style))
            return facts
        }
        facts.append((words(.outcomeFact), words(outcome.0), outcome.1))
        if let reason { facts.append((words(.reasonFact), reason, .plain)) }
        if detail.ending != .delivered {
            facts.append((words(.refundFact), detail.refunded?.text(in: language) ?? words(.nothingCharged), .plain))
        }
        return facts
    }

    static func detailLines(_ detail: PastOrderDetail, width: Int, in language: Language) -> [[Span]] {
        func words(_ text: PastOrdersText) -> String { text.text(in: language) }
        func won(_ amount: Won) -> String { amount.text(in: language) }

        let facts = detailFacts(detail, in: language)
        let labelWidth = (facts.map(\.label.displayWidth).max() ?? 0) + 2
        var lines: [[Span]] = []
        for fact in facts {
            let wrapped = fact.value.wrapped(toWidth: max(10, width - labelWidth))
            for (index, part) in wrapped.enumerated() {
                let label = (index == 0 ? fact.label : "").padded(toWidth: labelWidth)
                lines.append([Span(label, style: .muted), Span(part, style: fact.style)])
            }
        }
        lines.append([])

        let header = [words(.itemColumn), words(.unitPriceColumn), words(.quantityColumn), words(.amountColumn)]
        let rows = detail.lines.map { [$0.name, won($0.unitPrice), "\($0.quantity)", won($0.amount)] }
        let totals = [(words(.deliveryFee), won(detail.deliveryFee)), (words(.total), won(detail.total))]
        var widths = (0..<4).map { column in ([header] + rows).map { $0[column].displayWidth }.max() ?? 0 }
        // The totals' labels sit in the first column and their amounts in the last.
        widths[0] = max(widths[0], totals.map(\.0.displayWidth).max() ?? 0)
        widths[3] = max(widths[3], totals.map(\.1.displayWidth).max() ?? 0)
        let gap = "  "
        func row(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                cell.padded(toWidth: widths[index], alignment: index == 0 ? .left : .right)
            }.joined(separator: gap)
        }
        lines.append([Span(row(header), style: .emphasis.underlined())])
        lines += rows.map { [Span(row($0))] }
        let beforeAmount = widths[0] + widths[1] + widths[2] + gap.count * 3
        for (index, (label, amount)) in totals.enumerated() {
            let text = label.padded(toWidth: beforeAmount) + amount.padded(toWidth: widths[3], alignment: .right)
            lines.append([Span(text, style: index == totals.count - 1 ? .accent.bold() : .plain)])
        }
        lines.append([])
        lines += words(.privacyNote).wrapped(toWidth: width).map { [Span($0, style: .muted)] }
        return lines
    }
}
