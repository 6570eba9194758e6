import DeliveryDomain
import DeliveryEngine

/// The past orders page's words, in each language.
enum PastOrdersText: Equatable, Sendable, WordedPerLanguage {
    case title(store: String), loading, noneYet
    case orderColumn, placedColumn, itemsColumn, totalColumn, outcomeColumn
    case shownAll(Int), shownSoFar(Int), loadingOlder
    case detailTitle(order: String)
    case customerFact, placedFact, paidFact, acceptedFact, deliveryStartedFact, pickedUpFact, deliveredFact, stoppedFact
    case outcomeFact, reasonFact, refundFact, riderFact
    case deliveredEnding
    case cancelledByCustomer, customerGaveNoReason, nothingCharged
    case notConfirmedInTime(minutes: Int), paymentNotCompleted, rejectedByStore
    case itemColumn, unitPriceColumn, quantityColumn, amountColumn, deliveryFee, total
    case privacyNote

    var korean: String {
        switch self {
        case .title(let store): "지난 주문 · \(store)"
        case .loading: "지난 주문을 불러오는 중…"
        case .noneYet: "끝난 주문이 아직 없어요. 배달이 끝나거나 취소된 주문이 여기에 남아요."
        case .orderColumn: "주문"
        case .placedColumn: "주문 시각"
        case .itemsColumn: "메뉴"
        case .totalColumn: "합계"
        case .outcomeColumn: "결과"
        case .shownAll(let count): "끝난 주문 \(count)건 · 최근 주문부터"
        case .shownSoFar(let count): "최근 \(count)건 · 맨 아래로 가면 이전 주문을 더 불러와요"
        case .loadingOlder: "이전 주문을 불러오는 중…"
        case .detailTitle(let order): "지난 주문 · \(order)"
        case .customerFact: "고객"
        case .placedFact: "주문"
        case .paidFact: "결제"
        case .acceptedFact: "접수"
        case .deliveryStartedFact: "배달 시작"
        case .pickedUpFact: "픽업"
        case .deliveredFact: "배달 완료"
        case .stoppedFact: "취소"
        case .outcomeFact: "결과"
        case .reasonFact: "사유"
        case .refundFact: "환불"
        case .riderFact: "라이더"
        case .deliveredEnding: "배달 완료"
        case .cancelledByCustomer: "고객이 취소했어요"
        case .customerGaveNoReason: "고객이 적지 않았어요"
        case .nothingCharged: "청구된 금액 없음"
        case .notConfirmedInTime(let minutes): "\(minutes)분 안에 접수하지 않아 자동 취소됐어요"
        case .paymentNotCompleted: "결제가 끝나지 않아 취소됐어요"
        case .rejectedByStore: "가게에서 거절했어요"
        case .itemColumn: "메뉴"
        case .unitPriceColumn: "단가"
        case .quantityColumn: "수량"
        case .amountColumn: "금액"
        case .deliveryFee: "배달팁"
        case .total: "합계"
        case .privacyNote: "끝난 주문이라 배달 주소와 요청사항은 보여 주지 않아요."
        }
    }

    var english: String {
        switch self {
        case .title(let store): "Past orders · \(store)"
        case .loading: "Loading past orders…"
        case .noneYet: "No finished orders yet. Delivered and cancelled orders stay here."
        case .orderColumn: "Order"
        case .placedColumn: "Placed"
        case .itemsColumn: "Items"
        case .totalColumn: "Total"
        case .outcomeColumn: "Outcome"
        case .shownAll(let count): "\(count) finished orders · newest first"
        case .shownSoFar(let count): "Newest \(count) · go to the bottom for older ones"
        case .loadingOlder: "Loading older orders…"
        case .detailTitle(let order): "Past order · \(order)"
        case .customerFact: "Customer"
        case .placedFact: "Placed"
        case .paidFact: "Paid"
        case .acceptedFact: "Accepted"
        case .deliveryStartedFact: "Sent out"
        case .pickedUpFact: "Picked up"
        case .deliveredFact: "Delivered"
        case .stoppedFact: "Cancelled"
        case .outcomeFact: "Outcome"
        case .reasonFact: "Reason"
        case .refundFact: "Refund"
        case .riderFact: "Rider"
        case .deliveredEnding: "Delivered"
        case .cancelledByCustomer: "The customer cancelled"
        case .customerGaveNoReason: "none given"
        case .nothingCharged: "nothing was charged"
        case .notConfirmedInTime(let minutes): "Cancelled automatically: not accepted within \(minutes) min"
        case .paymentNotCompleted: "Cancelled: the payment never went through"
        case .rejectedByStore: "You rejected it"
        case .itemColumn: "Item"
        case .unitPriceColumn: "Price"
        case .quantityColumn: "Qty"
        case .amountColumn: "Amount"
        case .deliveryFee: "Delivery fee"
        case .total: "Total"
        case .privacyNote: "The order is finished, so its delivery address and notes are not shown."
        }
    }
}
