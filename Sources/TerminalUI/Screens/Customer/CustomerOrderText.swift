import DeliveryDomain

/// The customer's checkout, orders, inbox and review pages' words, in each language.
enum CustomerOrderText: Equatable, Sendable, WordedPerLanguage {
    // Checkout
    case cardNumberPlaceholder, cvcPlaceholder, addressPlaceholder
    case enterAddress, enterCardNumber, enterExpiry, enterCVC
    case store
    case paymentPending(store: String), paymentDone(store: String)
    case cart, back
    case checkoutTitle, orderWaitsForPayment(String), orderWaitsForPaymentAgain(String)
    case checkoutSum(food: String, fee: String)
    case addressLabel, defaultMarker, requestNote(String), saveAddressesHint
    case cardLabel, newCard, cvcOnly(String)
    case cardNumberLabel, expiryLabel, cvcLabel, rememberLabel, rememberQuestion(Bool)
    case paying, testCards
    // Orders
    case puttingBack(store: String)
    case reorderTitle, cartHolds(store: String, count: Int), emptyAndPutBack(store: String), emptyAndAdd
    case notOnMenu(String), soldOut(String), overLimit(item: String, limit: Int)
    case cannotPutBack(String), skipped(String), putBack(count: Int, limit: Int)
    case ordersTitle, ordersSummary(count: Int, active: Int), noOrders
    case placedColumn, storeColumn, itemsColumn, amountColumn, statusColumn
    case paymentChecking, paymentDeclined, paymentFailed, storeQueue
    // Inbox
    case notificationToast(String), timeFact, orderFact, notificationTitle, noUnread
    case allRead, unreadCount(Int), noNotifications, contentColumn, timeColumn, orderColumn
    // Review
    case reviewPlaceholder, reviewSent, reviewTitle, deliveredAt(order: String, when: String)
    case reviewWindowRule, yourReview(String), ownerReply
    case reviewOpensAt(clock: String, span: String), reviewWindowExplained(closes: String), reviewClosed(closes: String)
    case starsLabel, reviewLabel, writableUntil(closes: String, count: Int, limit: Int), sending

    var korean: String {
        switch self {
        case .cardNumberPlaceholder: "카드 번호 (숫자만)"
        case .cvcPlaceholder: "3자리 (Amex 4자리)"
        case .addressPlaceholder: "도로명 주소와 동·호수"
        case .enterAddress: "배달 주소를 입력하세요."
        case .enterCardNumber: "카드 번호를 입력하세요."
        case .enterExpiry: "유효기간을 MM/YY로 입력하세요."
        case .enterCVC: "CVC를 입력하세요."
        case .store: "가게"
        case .paymentPending(let store): "결제 확인 중 · 결제가 끝나면 \(store)에 전달돼요"
        case .paymentDone(let store): "결제 완료 · 주문이 \(store)에 전달됐어요"
        case .cart: "장바구니"
        case .back: "뒤로"
        case .checkoutTitle: "결제 · 신용카드"
        case .orderWaitsForPayment(let order): "주문 \(KoreanParticle.subject(order)) 결제를 기다려요. 다른 카드로 결제하세요."
        case .orderWaitsForPaymentAgain(let order): "주문 \(KoreanParticle.subject(order)) 결제를 기다려요. 청구된 금액은 없어요. 다시 결제하세요."
        case .checkoutSum(let food, let fee): "음식 \(food) + 배달팁 \(fee) = "
        case .addressLabel: "배달 주소"
        case .defaultMarker: " · 기본"
        case .requestNote(let note): "요청: \(note)"
        case .saveAddressesHint: "주소는 A(주소·카드)에서 저장해 두면 다음부터 고를 수 있어요"
        case .cardLabel: "결제 카드"
        case .newCard: "새 카드"
        case .cvcOnly(let card): "\(card) (CVC만 입력)"
        case .cardNumberLabel: "카드 번호"
        case .expiryLabel: "유효기간"
        case .cvcLabel: "CVC"
        case .rememberLabel: "카드 기억"
        case .rememberQuestion(let ticked): "[\(ticked ? "x" : " ")] 이 카드를 기억할까요? (번호·CVC는 저장하지 않아요)"
        case .paying: "결제하는 중…"
        case .testCards: "테스트 카드: 4242 4242 4242 4242 승인 · 4000 0000 0000 0002 거절 · 유효기간은 미래, CVC 아무 3자리"
        case .puttingBack(let store): "\(store)의 지난 주문을 장바구니에 담는 중…"
        case .reorderTitle: "다시 주문하기"
        case .cartHolds(let store, let count): "장바구니에 \(store)의 \(count)개가 있어요."
        case .emptyAndPutBack(let store): "장바구니를 비우고 \(store)의 지난 주문을 담을까요?"
        case .emptyAndAdd: "비우고 담기"
        case .notOnMenu(let item): "\(item)(메뉴에 없음)"
        case .soldOut(let item): "\(item)(품절)"
        case .overLimit(let item, let limit): "\(item)(\(limit)개 초과)"
        case .cannotPutBack(let items): "지난 주문의 메뉴를 지금은 담을 수 없어요: " + items
        case .skipped(let items): " · 빠진 메뉴: " + items
        case .putBack(let count, let limit): "지난 주문을 다시 담았어요 · 장바구니 \(count)/\(limit)"
        case .ordersTitle: "주문 내역 · 최근 3개월"
        case .ordersSummary(let count, let active): "\(count)건 · 진행 중 \(active)건 · 취소된 주문도 보여요"
        case .noOrders: "아직 주문이 없어요. 1 가게에서 골라 보세요."
        case .placedColumn: "주문 시각"
        case .storeColumn: "가게"
        case .itemsColumn: "메뉴"
        case .amountColumn: "금액"
        case .statusColumn: "상태"
        case .paymentChecking: "결제 확인 중"
        case .paymentDeclined: "결제 거절"
        case .paymentFailed: "결제 실패"
        case .storeQueue: "가게 대기열"
        case .notificationToast(let message): "알림: " + message
        case .timeFact: "시각"
        case .orderFact: "주문"
        case .notificationTitle: "알림"
        case .noUnread: "읽지 않은 알림이 없어요."
        case .allRead: "모두 읽었어요."
        case .unreadCount(let count): "읽지 않은 알림 \(count)개 · r로 모두 읽음"
        case .noNotifications: "아직 알림이 없어요. 주문 상태가 바뀔 때마다 여기로 와요."
        case .contentColumn: "내용"
        case .timeColumn: "시각"
        case .orderColumn: "주문"
        case .reviewPlaceholder: "맛, 양, 배달은 어땠나요? (500자까지)"
        case .reviewSent: "리뷰를 남겼어요. 고마워요!"
        case .reviewTitle: "리뷰 쓰기"
        case .deliveredAt(let order, let when): "주문 \(order) · \(when) 배달 완료"
        case .reviewWindowRule: "배달이 끝난 뒤 1시간부터 24시간까지 리뷰를 쓸 수 있어요."
        case .yourReview(let stars): "남긴 리뷰  \(stars)"
        case .ownerReply: "사장님 답글"
        case .reviewOpensAt(let clock, let span): "리뷰는 \(clock)부터 쓸 수 있어요 (\(span) 후)."
        case .reviewWindowExplained(let closes): "배달 1시간 뒤에 열리고 24시간 뒤(\(closes))에 닫혀요."
        case .reviewClosed(let closes): "리뷰 기간이 끝났어요: \(closes)까지였어요."
        case .starsLabel: "별점"
        case .reviewLabel: "리뷰"
        case .writableUntil(let closes, let count, let limit): "\(closes)까지 쓸 수 있어요 · \(count)/\(limit)자"
        case .sending: "보내는 중…"
        }
    }

    var english: String {
        switch self {
        case .cardNumberPlaceholder: "card number (digits)"
        case .cvcPlaceholder: "3 digits (Amex 4)"
        case .addressPlaceholder: "street address, building and unit"
        case .enterAddress: "Enter the delivery address."
        case .enterCardNumber: "Enter the card number."
        case .enterExpiry: "Enter the expiry date as MM/YY."
        case .enterCVC: "Enter the CVC."
        case .store: "the store"
        case .paymentPending(let store): "Checking the payment · the order goes to \(store) once it is paid"
        case .paymentDone(let store): "Paid · the order went to \(store)"
        case .cart: "cart"
        case .back: "back"
        case .checkoutTitle: "Checkout · credit card"
        case .orderWaitsForPayment(let order): "Order \(order) is waiting for payment. Pay with another card."
        case .orderWaitsForPaymentAgain(let order): "Order \(order) is waiting for payment; nothing was charged. Pay again."
        case .checkoutSum(let food, let fee): "food \(food) + fee \(fee) = "
        case .addressLabel: "Deliver to"
        case .defaultMarker: " · default"
        case .requestNote(let note): "Note: \(note)"
        case .saveAddressesHint: "Save addresses on A (addresses & cards) to choose them next time"
        case .cardLabel: "Card"
        case .newCard: "new card"
        case .cvcOnly(let card): "\(card) (CVC only)"
        case .cardNumberLabel: "Number"
        case .expiryLabel: "Expiry"
        case .cvcLabel: "CVC"
        case .rememberLabel: "Remember"
        case .rememberQuestion(let ticked): "[\(ticked ? "x" : " ")] Remember this card? (never its number or CVC)"
        case .paying: "Paying…"
        case .testCards: "Test cards: 4242 4242 4242 4242 OK · 4000 0000 0000 0002 declined · any CVC"
        case .puttingBack(let store): "Putting your last order from \(store) back in the cart…"
        case .reorderTitle: "Order again"
        case .cartHolds(let store, let count): "The cart holds \(count) items from \(store)."
        case .emptyAndPutBack(let store): "Empty it and put back your last order from \(store)?"
        case .emptyAndAdd: "empty and add"
        case .notOnMenu(let item): "\(item) (no longer on the menu)"
        case .soldOut(let item): "\(item) (sold out)"
        case .overLimit(let item, let limit): "\(item) (over \(limit) items)"
        case .cannotPutBack(let items): "None of the last order's dishes can go in the cart now: " + items
        case .skipped(let items): " · left out: " + items
        case .putBack(let count, let limit): "Your last order is back in the cart · cart \(count)/\(limit)"
        case .ordersTitle: "Orders · last 3 months"
        case .ordersSummary(let count, let active): "\(count) orders · \(active) active · cancelled ones too"
        case .noOrders: "No orders yet. Pick something on 1 Stores."
        case .placedColumn: "Placed"
        case .storeColumn: "Store"
        case .itemsColumn: "Items"
        case .amountColumn: "Amount"
        case .statusColumn: "Status"
        case .paymentChecking: "checking payment"
        case .paymentDeclined: "payment declined"
        case .paymentFailed: "payment failed"
        case .storeQueue: "in store queue"
        case .notificationToast(let message): "Notice: " + message
        case .timeFact: "Time"
        case .orderFact: "Order"
        case .notificationTitle: "Notification"
        case .noUnread: "No unread notifications."
        case .allRead: "All read."
        case .unreadCount(let count): "\(count) unread · r marks all read"
        case .noNotifications: "No notifications yet. They arrive here whenever an order changes."
        case .contentColumn: "Message"
        case .timeColumn: "Time"
        case .orderColumn: "Order"
        case .reviewPlaceholder: "How were the taste, the portion, the delivery? (up to 500)"
        case .reviewSent: "Review posted. Thank you!"
        case .reviewTitle: "Write a review"
        case .deliveredAt(let order, let when): "Order \(order) · delivered \(when)"
        case .reviewWindowRule: "Reviews open an hour after delivery and stay open for 24 hours."
        case .yourReview(let stars): "Your review  \(stars)"
        case .ownerReply: "Owner's reply"
        case .reviewOpensAt(let clock, let span): "You can review from \(clock) (in \(span))."
        case .reviewWindowExplained(let closes): "Reviews open an hour after delivery and close 24 hours later (\(closes))."
        case .reviewClosed(let closes): "The review window has closed: it was open until \(closes)."
        case .starsLabel: "Stars"
        case .reviewLabel: "Review"
        case .writableUntil(let closes, let count, let limit): "Open until \(closes) · \(count)/\(limit) characters"
        case .sending: "Sending…"
        }
    }
}

extension CustomerModel {
    func words(_ text: CustomerOrderText) -> String { text.text(in: language) }
}
