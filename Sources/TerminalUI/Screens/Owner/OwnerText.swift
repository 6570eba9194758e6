import DeliveryDomain

/// The owner's order pages' words (sections, incoming orders, the kitchen, other stores), in
/// each language. The store's own pages are worded in ``OwnerStoreText``.
enum OwnerText: Equatable, Sendable, WordedPerLanguage {
    case incoming, kitchen, storeSettings, menu, sales, reviews, pastOrders
    case registerStore, store, loadingStore, onlyOneStore, done
    case storeSwitcherLabel
    case newOrderHere(customer: String, summary: String, total: String)
    case newOrderElsewhere(store: String, customer: String, summary: String)
    case customerCancelled(customer: String, order: String, what: String)
    case autoCancelled(order: String, what: String)
    case riderGaveBack(rider: String, order: String, what: String)
    case confirmTitle(order: String), confirmExplanation, cookMinutesLabel, confirm
    case rejectTitle(order: String), rejectExplanation, reasonLabel, reasonPlaceholder, reject
    case cookMinutesAsNumber
    case confirmed(order: String, minutes: Int), rejected(order: String)
    case incomingTitle(store: String)
    case waitingForOrders
    case orderColumn, paidColumn, customerColumn, menuColumn, amountColumn, autoCancelColumn
    case statusColumn, dueColumn, riderColumn
    case orderDetail(order: String, customer: String, placed: String)
    case money(summary: String, subtotal: String, fee: String)
    case dropOff(String)
    case autoCancelIn(String), autoCancelAt(clock: String)
    case loadingQueue, noQueue, queue(Int), kitchenLoad(orders: Int, capacity: Int), noKitchenLimit, changeWithK
    case startDeliveryTitle(order: String), startDeliveryExplanation, travelMinutesLabel, startDelivery
    case travelMinutesAsNumber, deliveryStarted(order: String, minutes: Int)
    case kitchenTitle(store: String), nothingCooking
    case readyAt(clock: String, left: String), arrivesAt(clock: String, left: String), noRiderYet
    case startWhenReady, deliveryProgress

    var korean: String {
        switch self {
        case .incoming: "접수 대기"
        case .kitchen: "조리·배달"
        case .storeSettings: "가게 설정"
        case .menu: "메뉴"
        case .sales: "매출"
        case .reviews: "리뷰"
        case .pastOrders: "지난 주문"
        case .registerStore: "가게 등록"
        case .store: "가게"
        case .loadingStore: "가게를 불러오는 중…"
        case .onlyOneStore: "가게가 하나뿐이에요."
        case .done: "완료했어요."
        case .storeSwitcherLabel: "가게 "
        case .newOrderHere(let customer, let summary, let total): "새 주문 · \(customer) · \(summary) · \(total)"
        case .newOrderElsewhere(let store, let customer, let summary): "새 주문 · \(store) · \(customer) · \(summary)"
        case .customerCancelled(let customer, let order, let what):
            "\(customer) 님이 주문 \(KoreanParticle.object(order)) 취소했어요 · \(what) · 결제는 환불돼요."
        case .autoCancelled(let order, let what): "주문 \(KoreanParticle.subject(order)) 확인 시간이 지나 자동 취소됐어요 · \(what) · 고객에게 환불돼요."
        case .riderGaveBack(let rider, let order, let what):
            "라이더 \(rider) 님이 주문 \(order) 배차를 반납했어요. 다른 라이더를 찾고 있어요 · \(what)"
        case .confirmTitle(let order): "주문 확인 · \(order)"
        case .confirmExplanation: "조리 시간을 정하면 고객에게 완성 예정 시각이 알려져요."
        case .cookMinutesLabel: "조리 시간(분)"
        case .confirm: "확인"
        case .rejectTitle(let order): "주문 거절 · \(order)"
        case .rejectExplanation: "거절하면 고객에게 사유와 함께 전액 환불돼요."
        case .reasonLabel: "거절 사유"
        case .reasonPlaceholder: "예: 재료가 떨어졌어요"
        case .reject: "거절"
        case .cookMinutesAsNumber: "조리 시간을 분 단위 숫자로 입력하세요 (1~180)."
        case .confirmed(let order, let minutes): "주문 \(KoreanParticle.object(order)) 확인했어요 · 조리 \(minutes)분"
        case .rejected(let order): "주문 \(KoreanParticle.object(order)) 거절했어요. 고객에게 환불돼요."
        case .incomingTitle(let store): "접수 대기 · \(store)"
        case .waitingForOrders: "새 주문을 기다리는 중이에요. 주문이 들어오면 바로 여기에 떠요."
        case .orderColumn: "주문"
        case .paidColumn: "결제"
        case .customerColumn: "고객"
        case .menuColumn: "메뉴"
        case .amountColumn: "금액"
        case .autoCancelColumn: "자동 취소"
        case .statusColumn: "상태"
        case .dueColumn: "예정"
        case .riderColumn: "라이더"
        case .orderDetail(let order, let customer, let placed): "주문 \(order) · \(customer) · \(placed) 주문"
        case .money(let summary, let subtotal, let fee): "\(summary) · \(subtotal) + 배달팁 \(fee)"
        case .dropOff(let address): "배달 주소  \(address)"
        case .autoCancelIn(let countdown): "자동 취소까지 \(countdown) "
        case .autoCancelAt(let clock): "\(clock)에 자동 취소·환불"
        case .loadingQueue: "대기열을 불러오는 중…"
        case .noQueue: "대기열 없음"
        case .queue(let count): "대기열 \(count)건"
        case .kitchenLoad(let orders, let capacity): "주방 \(orders)건 (수용 \(capacity)건)"
        case .noKitchenLimit: "주방 수용 제한 없음"
        case .changeWithK: " · 3 가게 설정에서 k로 바꿔요"
        case .startDeliveryTitle(let order): "배달 시작 · \(order)"
        case .startDeliveryExplanation: "음식이 준비됐나요? 이동 시간을 넣으면 고객에게 도착 예정 시각이 알려져요."
        case .travelMinutesLabel: "이동 시간(분)"
        case .startDelivery: "배달 시작"
        case .travelMinutesAsNumber: "이동 시간을 분 단위 숫자로 입력하세요 (1~180)."
        case .deliveryStarted(let order, let minutes): "주문 \(order) 배달을 시작했어요 · 이동 \(minutes)분"
        case .kitchenTitle(let store): "조리·배달 · \(store)"
        case .nothingCooking: "조리 중이거나 배달 중인 주문이 없어요."
        case .readyAt(let clock, let left): "\(clock) 완성 (\(left))"
        case .arrivesAt(let clock, let left): "\(clock) 도착 (\(left))"
        case .noRiderYet: "배정 전"
        case .startWhenReady: "음식이 준비되면 Enter로 배달을 시작하세요 (이동 시간을 넣어요)."
        case .deliveryProgress: "배달 진행 "
        }
    }

    var english: String {
        switch self {
        case .incoming: "Incoming"
        case .kitchen: "Kitchen"
        case .storeSettings: "Store"
        case .menu: "Menu"
        case .sales: "Sales"
        case .reviews: "Reviews"
        case .pastOrders: "Past orders"
        case .registerStore: "Register a store"
        case .store: "Store"
        case .loadingStore: "Loading the store…"
        case .onlyOneStore: "You have only one store."
        case .done: "Done."
        case .storeSwitcherLabel: "Store "
        case .newOrderHere(let customer, let summary, let total): "New order · \(customer) · \(summary) · \(total)"
        case .newOrderElsewhere(let store, let customer, let summary): "New order · \(store) · \(customer) · \(summary)"
        case .customerCancelled(let customer, let order, let what):
            "\(customer) cancelled order \(order) · \(what) · the payment is refunded."
        case .autoCancelled(let order, let what):
            "Order \(order) was cancelled automatically: nobody confirmed it in time · \(what) · the customer is refunded."
        case .riderGaveBack(let rider, let order, let what):
            "Rider \(rider) gave back the job for order \(order); finding another rider · \(what)"
        case .confirmTitle(let order): "Accept order · \(order)"
        case .confirmExplanation: "The cooking time tells the customer when the food will be ready."
        case .cookMinutesLabel: "Cook (min)"
        case .confirm: "accept"
        case .rejectTitle(let order): "Reject order · \(order)"
        case .rejectExplanation: "A rejected order is refunded in full, with your reason."
        case .reasonLabel: "Reason"
        case .reasonPlaceholder: "e.g. we ran out of noodles"
        case .reject: "reject"
        case .cookMinutesAsNumber: "Enter the cooking time as a number of minutes (1-180)."
        case .confirmed(let order, let minutes): "Order \(order) accepted · cooking \(minutes) min"
        case .rejected(let order): "Order \(order) rejected. The customer is refunded."
        case .incomingTitle(let store): "Incoming · \(store)"
        case .waitingForOrders: "Waiting for new orders. They appear here the moment they arrive."
        case .orderColumn: "Order"
        case .paidColumn: "Paid"
        case .customerColumn: "Customer"
        case .menuColumn: "Items"
        case .amountColumn: "Amount"
        case .autoCancelColumn: "Auto-cancel"
        case .statusColumn: "Status"
        case .dueColumn: "Due"
        case .riderColumn: "Rider"
        case .orderDetail(let order, let customer, let placed): "Order \(order) · \(customer) · ordered \(placed)"
        case .money(let summary, let subtotal, let fee): "\(summary) · \(subtotal) + fee \(fee)"
        case .dropOff(let address): "Deliver to  \(address)"
        case .autoCancelIn(let countdown): "Auto-cancel in \(countdown) "
        case .autoCancelAt(let clock): "cancels at \(clock)"
        case .loadingQueue: "Loading the queue…"
        case .noQueue: "no queue"
        case .queue(let count): "\(count) queued"
        case .kitchenLoad(let orders, let capacity): "kitchen \(orders) (holds \(capacity))"
        case .noKitchenLimit: "no kitchen limit"
        case .changeWithK: " · change with k on 3 Store"
        case .startDeliveryTitle(let order): "Start delivery · \(order)"
        case .startDeliveryExplanation: "Is the food ready? The travel time tells the customer when it will arrive."
        case .travelMinutesLabel: "Travel (min)"
        case .startDelivery: "start delivery"
        case .travelMinutesAsNumber: "Enter the travel time as a number of minutes (1-180)."
        case .deliveryStarted(let order, let minutes): "Delivery of order \(order) started · travel \(minutes) min"
        case .kitchenTitle(let store): "Kitchen · \(store)"
        case .nothingCooking: "No orders are cooking or on their way."
        case .readyAt(let clock, let left): "ready \(clock) (\(left))"
        case .arrivesAt(let clock, let left): "arrives \(clock) (\(left))"
        case .noRiderYet: "none yet"
        case .startWhenReady: "When the food is ready, press Enter to start delivery (with the travel time)."
        case .deliveryProgress: "Delivery "
        }
    }
}

extension OwnerModel {
    func words(_ text: OwnerText) -> String { text.text(in: language) }
}
