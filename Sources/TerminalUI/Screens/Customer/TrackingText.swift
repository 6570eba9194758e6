import DeliveryDomain
import Payments

/// The tracking page's, the order timeline's and the addresses page's words, in each language.
enum TrackingText: Equatable, Sendable, WordedPerLanguage {
    case leaveQueueTitle, leaveQueueQuestion(store: String, position: Int, length: Int), leaveQueueRefund(String), leave
    case cancelTitle, cancelQuestion(store: String, total: String), nothingCharged, refundedToCard, cancelButton
    case checkingPayment, cancelling, leavingQueue, leftQueue(String), paidAmount, cancelled
    case leaveQueueHint, cancelHint
    case orderTitle(String), orderAtStore(order: String, store: String), loadingOrder
    case totals(total: String, fee: String)
    case payAgainRule, payAgainAfterFailureRule, cancelUnpaidRule
    case queued(position: Int, length: Int, minutes: Int), nextInLine, ahead(Int), leaveQueueRule(String)
    case awaitingStore(String), waitingInQueue
    case cooking(clock: String, left: String), onTheWay(rider: String, clock: String, left: String)
    case riderName(String), riderBeingAssigned
    case unpaidCancelled(minutes: Int), reason(String), orderAgain
    case cancelledOrder, rejectedOrder, refunded(String)
    case cancelAllowedUnpaid, cancelAllowedPaid, cannotCancel(String)
    case paymentCheckingBanner, waitingForCardIssuer, paymentRequested(clock: String, elapsed: String, limit: Int)
    case declined(String), paymentSystemFailed, awaitingPaymentBanner, payByCard
    case reviewed(String), reviewFrom(clock: String, span: String), reviewNow(until: String), reviewOver(until: String)
    // The order timeline
    case readyAround(String), arrivingAt(String), cookMinutes(Int), queuePlace(position: Int, length: Int)
    case ordered, paid, storeConfirmed, deliveryStarted, pickedUp, delivered
    case travelMinutes(Int)
    case paymentCheck, issuerChecking, paymentDeclined, otherCardPossible, paymentFailed, nothingChargedTryAgain
    case paymentWaiting, beforeCardPayment
    case orderCancelled, orderRejected, paymentTimedOut, refundedShort
    // Addresses and cards
    case addAddressTitle, addAddressExplanation, addressLabel, addressPlaceholder, noteLabel, notePlaceholder, save
    case alreadyDefault, nothingToDelete, deleteAddressTitle, deleteAddressQuestion(String)
    case deleteCardTitle, deleteCardQuestion(String), delete
    case addressSaved(String), addressDeleted(String), defaultChanged(String), cardForgotten
    case addressesTitle, addressesExplanation, noAddresses, kindColumn, contentColumn, defaultAddress, address, card

    var korean: String {
        switch self {
        case .leaveQueueTitle: "대기열에서 나가기"
        case .leaveQueueQuestion(let store, let position, let length): "\(store) 대기열에서 나갈까요? (대기 순서 \(position) / \(length))"
        case .leaveQueueRefund(let total): "주문은 취소되고 결제한 \(total)은 카드로 환불돼요."
        case .leave: "나가기"
        case .cancelTitle: "주문 취소"
        case .cancelQuestion(let store, let total): "\(store) 주문(\(total))을 취소할까요?"
        case .nothingCharged: "아직 결제 전이라 청구된 금액은 없어요."
        case .refundedToCard: "결제한 금액은 카드로 환불돼요."
        case .cancelButton: "취소하기"
        case .checkingPayment: "결제를 확인하는 중이에요. 결과가 나오면 바로 알려 드려요."
        case .cancelling: "주문을 취소하는 중…"
        case .leavingQueue: "대기열에서 나가는 중…"
        case .leftQueue(let total): "대기열에서 나왔어요. 주문은 취소되고 \(total)은 카드로 환불돼요."
        case .paidAmount: "결제한 금액"
        case .cancelled: "주문을 취소했어요. 결제한 금액은 환불돼요."
        case .leaveQueueHint: "대기열에서 나가기"
        case .cancelHint: "주문 취소"
        case .orderTitle(let order): "주문 \(order)"
        case .orderAtStore(let order, let store): "주문 \(order) · \(store)"
        case .loadingOrder: "주문을 불러오는 중…"
        case .totals(let total, let fee): "합계 \(total) (배달팁 \(fee) 포함)"
        case .payAgainRule: "p 다른 카드로 결제 · 결제가 끝나야 가게에 전달돼요"
        case .payAgainAfterFailureRule: "p 다시 결제 · 결제가 끝나야 가게에 전달돼요"
        case .cancelUnpaidRule: "x 주문 취소 · 아직 결제 전이라 청구된 금액은 없어요"
        case .queued(let position, let length, let minutes): "가게 대기열 · 대기 순서 \(position) / \(length) · 약 \(minutes)분"
        case .nextInLine: " 다음 차례예요"
        case .ahead(let count): " 앞에 \(count)건"
        case .leaveQueueRule(let total): "x 대기열에서 나가기 · 주문은 취소되고 결제한 \(total)은 카드로 환불돼요"
        case .awaitingStore(let countdown): "가게 확인을 기다리는 중 · \(countdown) 안에 확인이 없으면 자동 취소·환불돼요"
        case .waitingInQueue: "가게 대기열에서 차례를 기다리는 중 · 순서를 확인하는 중…"
        case .cooking(let clock, let left): "조리 중 · \(clock)쯤 완성 (\(left) 남음)"
        case .onTheWay(let rider, let clock, let left): "배달 중 · \(rider) · \(clock) 도착 예정 (\(left) 남음)"
        case .riderName(let rider): "라이더 \(rider)"
        case .riderBeingAssigned: "라이더 배정 중"
        case .unpaidCancelled(let minutes): "결제가 \(minutes)분 안에 끝나지 않아 주문이 취소됐어요 · 청구된 금액은 없어요"
        case .reason(let reason): "사유: \(reason)"
        case .orderAgain: "다시 주문하려면 1 가게에서 골라 주세요."
        case .cancelledOrder: "취소된 주문"
        case .rejectedOrder: "가게가 거절한 주문"
        case .refunded(let total): " · \(total) 환불됨"
        case .cancelAllowedUnpaid: "x 주문 취소 · 아직 결제 전이라 청구된 금액은 없어요"
        case .cancelAllowedPaid: "x 주문 취소 · 가게가 확인하기 전까지만 취소할 수 있어요"
        case .cannotCancel(let why): "취소 불가 · " + why
        case .paymentCheckingBanner: "결제 확인 중 — 결제가 끝나면 가게에 전달돼요"
        case .waitingForCardIssuer: "카드사 응답을 기다려요 · 아직 가게에는 전달되지 않았어요"
        case .paymentRequested(let clock, let elapsed, let limit): "\(clock) 결제 요청 · \(elapsed)째 확인 중 · \(limit)분이 지나면 청구 없이 취소돼요"
        case .declined(let reason): "결제 거절 · " + DeclineReason.korean(describing: reason)
        case .paymentSystemFailed: "결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요. 다시 시도해 주세요."
        case .awaitingPaymentBanner: "결제 대기 · 결제가 끝나야 가게에 전달돼요"
        case .payByCard: "p 카드로 결제"
        case .reviewed(let stars): "배달 완료 · 리뷰를 남겼어요 \(stars)"
        case .reviewFrom(let clock, let span): "배달 완료 · 리뷰는 \(clock)부터 쓸 수 있어요 (\(span) 후)"
        case .reviewNow(let until): "배달 완료 · r로 리뷰를 쓸 수 있어요 (\(until)까지)"
        case .reviewOver(let until): "배달 완료 · 리뷰 기간이 끝났어요 (\(until)까지였어요)"
        case .readyAround(let clock): " · \(clock)쯤 완성"
        case .arrivingAt(let clock): " · \(clock) 도착 예정"
        case .cookMinutes(let minutes): "조리 \(minutes)분"
        case .queuePlace(let position, let length): "대기열 · 대기 순서 \(position) / \(length)"
        case .ordered: "주문"
        case .paid: "결제 완료"
        case .storeConfirmed: "가게 확인"
        case .deliveryStarted: "배달 시작"
        case .pickedUp: "픽업"
        case .delivered: "배달 완료"
        case .travelMinutes(let minutes): "이동 \(minutes)분"
        case .paymentCheck: "결제 확인"
        case .issuerChecking: "카드사 확인 중 · 결제가 끝나면 가게에 전달돼요"
        case .paymentDeclined: "결제 거절"
        case .otherCardPossible: "다른 카드로 결제할 수 있어요"
        case .paymentFailed: "결제 실패"
        case .nothingChargedTryAgain: "결제 시스템 오류 · 청구 없음 · 다시 결제할 수 있어요"
        case .paymentWaiting: "결제 대기"
        case .beforeCardPayment: "카드 결제 전"
        case .orderCancelled: "주문 취소"
        case .orderRejected: "주문 거절"
        case .paymentTimedOut: "결제 시간 초과 · 청구 없음"
        case .refundedShort: " · 환불됨"
        case .addAddressTitle: "배달 주소 추가"
        case .addAddressExplanation: "라이더가 찾아갈 주소예요. 처음 저장한 주소가 기본 주소가 돼요."
        case .addressLabel: "주소"
        case .addressPlaceholder: "서울 관악구 신림로 1, 101호"
        case .noteLabel: "요청 사항"
        case .notePlaceholder: "문 앞에 놓아주세요 (선택)"
        case .save: "저장"
        case .alreadyDefault: "이미 기본 주소예요."
        case .nothingToDelete: "지울 주소나 카드가 없어요."
        case .deleteAddressTitle: "주소 삭제"
        case .deleteAddressQuestion(let address): "\(address) 주소를 지울까요?"
        case .deleteCardTitle: "카드 삭제"
        case .deleteCardQuestion(let card): "\(card) 카드를 더 이상 기억하지 않을까요?"
        case .delete: "삭제"
        case .addressSaved(let address): "주소를 저장했어요 · \(address)"
        case .addressDeleted(let address): "주소를 지웠어요 · \(address)"
        case .defaultChanged(let address): "기본 주소를 바꿨어요 · \(address)"
        case .cardForgotten: "카드를 지웠어요. 번호는 처음부터 저장하지 않았어요."
        case .addressesTitle: "주소·카드"
        case .addressesExplanation: "★ 기본 주소는 결제할 때 먼저 골라져요. 카드는 브랜드와 끝 네 자리만 기억해요."
        case .noAddresses: "저장한 주소가 없어요. a를 눌러 배달 받을 주소를 추가하세요."
        case .kindColumn: "구분"
        case .contentColumn: "내용"
        case .defaultAddress: "★ 기본"
        case .address: "주소"
        case .card: "카드"
        }
    }

    var english: String {
        switch self {
        case .leaveQueueTitle: "Leave the queue"
        case .leaveQueueQuestion(let store, let position, let length): "Leave \(store)'s queue? (place \(position) of \(length))"
        case .leaveQueueRefund(let total): "The order is cancelled and the \(total) you paid goes back to your card."
        case .leave: "leave"
        case .cancelTitle: "Cancel order"
        case .cancelQuestion(let store, let total): "Cancel your order from \(store) (\(total))?"
        case .nothingCharged: "Nothing has been charged yet."
        case .refundedToCard: "What you paid goes back to your card."
        case .cancelButton: "cancel it"
        case .checkingPayment: "Checking the payment. You will hear as soon as it is decided."
        case .cancelling: "Cancelling the order…"
        case .leavingQueue: "Leaving the queue…"
        case .leftQueue(let total): "You left the queue. The order is cancelled and \(total) goes back to your card."
        case .paidAmount: "what you paid"
        case .cancelled: "Order cancelled. What you paid is refunded."
        case .leaveQueueHint: "leave queue"
        case .cancelHint: "cancel"
        case .orderTitle(let order): "Order \(order)"
        case .orderAtStore(let order, let store): "Order \(order) · \(store)"
        case .loadingOrder: "Loading the order…"
        case .totals(let total, let fee): "Total \(total) (fee \(fee) included)"
        case .payAgainRule: "p pay with another card · the store gets the order once it is paid"
        case .payAgainAfterFailureRule: "p pay again · the store gets the order once it is paid"
        case .cancelUnpaidRule: "x cancel · nothing has been charged yet"
        case .queued(let position, let length, let minutes): "In the store's queue · place \(position) of \(length) · about \(minutes) min"
        case .nextInLine: " next in line"
        case .ahead(let count): " \(count) ahead"
        case .leaveQueueRule(let total): "x leave the queue · the order is cancelled and \(total) refunded to your card"
        case .awaitingStore(let countdown): "Waiting for the store · cancelled and refunded unless accepted within \(countdown)"
        case .waitingInQueue: "Waiting in the store's queue · checking your place…"
        case .cooking(let clock, let left): "Cooking · ready about \(clock) (\(left) left)"
        case .onTheWay(let rider, let clock, let left): "On its way · \(rider) · arriving \(clock) (\(left) left)"
        case .riderName(let rider): "rider \(rider)"
        case .riderBeingAssigned: "finding a rider"
        case .unpaidCancelled(let minutes): "Not paid within \(minutes) min, so the order was cancelled · nothing was charged"
        case .reason(let reason): "Reason: \(reason)"
        case .orderAgain: "To order again, pick on 1 Stores."
        case .cancelledOrder: "Cancelled order"
        case .rejectedOrder: "Rejected by the store"
        case .refunded(let total): " · \(total) refunded"
        case .cancelAllowedUnpaid: "x cancel · nothing has been charged yet"
        case .cancelAllowedPaid: "x cancel · possible only until the store accepts"
        case .cannotCancel(let why): "Cannot cancel · " + why
        case .paymentCheckingBanner: "Checking the payment — the store gets the order once it is paid"
        case .waitingForCardIssuer: "Waiting for the card issuer · the store has not got the order yet"
        case .paymentRequested(let clock, let elapsed, let limit):
            "Payment asked at \(clock) · checking for \(elapsed) · cancelled without charge after \(limit) min"
        case .declined(let reason): "Payment declined · " + reason
        case .paymentSystemFailed: "The payment system failed; nothing was charged. Try again."
        case .awaitingPaymentBanner: "Awaiting payment · the store gets the order once it is paid"
        case .payByCard: "p pay by card"
        case .reviewed(let stars): "Delivered · you reviewed it \(stars)"
        case .reviewFrom(let clock, let span): "Delivered · you can review from \(clock) (in \(span))"
        case .reviewNow(let until): "Delivered · press r to review (until \(until))"
        case .reviewOver(let until): "Delivered · the review window has closed (it was open until \(until))"
        case .readyAround(let clock): " · ready about \(clock)"
        case .arrivingAt(let clock): " · arriving \(clock)"
        case .cookMinutes(let minutes): "cooking \(minutes) min"
        case .queuePlace(let position, let length): "queue · place \(position) of \(length)"
        case .ordered: "Ordered"
        case .paid: "Paid"
        case .storeConfirmed: "Accepted"
        case .deliveryStarted: "On its way"
        case .pickedUp: "Picked up"
        case .delivered: "Delivered"
        case .travelMinutes(let minutes): "travel \(minutes) min"
        case .paymentCheck: "Checking"
        case .issuerChecking: "the card issuer is checking · the store gets the order once it is paid"
        case .paymentDeclined: "Declined"
        case .otherCardPossible: "you can pay with another card"
        case .paymentFailed: "Failed"
        case .nothingChargedTryAgain: "payment system failed · nothing charged · pay again"
        case .paymentWaiting: "Unpaid"
        case .beforeCardPayment: "not paid by card yet"
        case .orderCancelled: "Cancelled"
        case .orderRejected: "Rejected"
        case .paymentTimedOut: "payment timed out · nothing charged"
        case .refundedShort: " · refunded"
        case .addAddressTitle: "Add a delivery address"
        case .addAddressExplanation: "Where the rider goes. The first address you save becomes the default."
        case .addressLabel: "Address"
        case .addressPlaceholder: "서울 관악구 신림로 1, 101호"
        case .noteLabel: "Note"
        case .notePlaceholder: "leave it at the door (optional)"
        case .save: "save"
        case .alreadyDefault: "That is already the default address."
        case .nothingToDelete: "There is no address or card to delete."
        case .deleteAddressTitle: "Delete address"
        case .deleteAddressQuestion(let address): "Delete the address \(address)?"
        case .deleteCardTitle: "Delete card"
        case .deleteCardQuestion(let card): "Stop remembering the card \(card)?"
        case .delete: "delete"
        case .addressSaved(let address): "Address saved · \(address)"
        case .addressDeleted(let address): "Address deleted · \(address)"
        case .defaultChanged(let address): "Default address changed · \(address)"
        case .cardForgotten: "Card deleted. Its number was never kept."
        case .addressesTitle: "Addresses & cards"
        case .addressesExplanation: "★ The default address comes first at checkout. Cards keep only their brand and last four digits."
        case .noAddresses: "No saved addresses. Press a to add where to deliver."
        case .kindColumn: "Kind"
        case .contentColumn: "Details"
        case .defaultAddress: "★ default"
        case .address: "address"
        case .card: "card"
        }
    }
}

extension CustomerModel {
    func words(_ text: TrackingText) -> String { text.text(in: language) }
}
