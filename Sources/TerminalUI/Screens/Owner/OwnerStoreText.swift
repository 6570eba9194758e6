import DeliveryDomain

/// The owner's store pages' words (settings and the registration form), in each language.
enum OwnerStoreText: Equatable, Sendable, WordedPerLanguage {
    case hoursTitle, hoursExplanation, save
    case timesTitle, timesExplanation, prepMinutesLabel, busyExtraLabel, autoCancelLabel
    case capacityLoading, capacityTitle, capacityExplanation(low: Int, high: Int), capacityEmptyLifts, capacityLabel, noLimit
    case threeNumbers, capacityOutOfRange(low: Int, high: Int, typed: String)
    case modeSet(String), hoursSet(String), timesSet, capacitySet(Int), capacityLifted
    case settingsTitle(store: String), loadingStoreInfo
    case storeRow, addressRow, modeRow, customersSeeRow, hoursRow, prepRow, autoCancelRow, termsRow, ratingRow
    case capacityRow, newStoreRow
    case notOpenHours, takesNoNewOrders, takesOrders
    case prepSummary(prep: Int, extra: Int), minutes(Int)
    case autoCancelSummary(Int), termsSummary(minimum: String, fee: String), canRegisterAnother
    case loading, queueNone, queue(Int), takesAllAtOnce(queue: String), atOnce(Int), nowInKitchen(Int)
    // The registration form
    case nameField, addressField, categoryField, hoursField, minimumField, feeField, payoutField, businessField
    case namePlaceholder, addressPlaceholder, categoryPlaceholder, hoursPlaceholder, minimumPlaceholder, feePlaceholder
    case payoutPlaceholder, businessPlaceholder
    case nameMissing, addressMissing, categoryMissing, hoursMissing, payoutMissing, businessMissing
    case minimumNotANumber, feeNotANumber
    case registered(store: String)
    case newStoreTitle, firstStoreTitle, registrationIntro, registering
    // The same form, editing the store's details
    case editDetailsTitle(store: String), editDetailsIntro, fixedField, savingDetails, detailsSaved

    var korean: String {
        switch self {
        case .hoursTitle: "영업 시간"
        case .hoursExplanation: "한국 시간으로 여는 시각-닫는 시각. 자정을 넘기면 17:00-02:00처럼 써요."
        case .save: "저장"
        case .timesTitle: "조리·자동 취소 시간"
        case .timesExplanation: "바쁨 상태에서는 조리 시간에 추가 시간이 더해져 안내돼요."
        case .prepMinutesLabel: "조리 시간(분)"
        case .busyExtraLabel: "바쁠 때 추가(분)"
        case .autoCancelLabel: "자동 취소(분)"
        case .capacityLoading: "주방 수용을 불러오는 중이에요. 잠시 후 다시 눌러 주세요."
        case .capacityTitle: "주방 수용"
        case .capacityExplanation(let low, let high): "한 번에 받을 주문 수 (\(low)~\(high)건). 넘치는 주문은 결제 후 대기열에서 차례를 기다려요."
        case .capacityEmptyLifts: "비워 두면 제한을 풀어요."
        case .capacityLabel: "주방 수용(건)"
        case .noLimit: "제한 없음"
        case .threeNumbers: "세 칸 모두 분 단위 숫자로 입력하세요."
        case .capacityOutOfRange(let low, let high, let typed): "주방 수용은 \(low)~\(high)건이에요 (입력: \(typed)). 비우면 제한을 풀어요."
        case .modeSet(let mode): "가게 상태를 \(KoreanParticle.toward("'\(mode)'")) 바꿨어요."
        case .hoursSet(let hours): "영업 시간을 \(KoreanParticle.toward(hours)) 바꿨어요."
        case .timesSet: "조리·자동 취소 시간을 바꿨어요."
        case .capacitySet(let capacity): "주방 수용을 \(capacity)건으로 정했어요. 넘치는 주문은 대기열에서 기다려요."
        case .capacityLifted: "주방 수용 제한을 풀었어요. 대기열의 주문도 차례로 들어와요."
        case .settingsTitle(let store): "가게 설정 · \(store)"
        case .loadingStoreInfo: "가게 정보를 불러오는 중…"
        case .storeRow: "가게"
        case .addressRow: "주소"
        case .modeRow: "영업 상태"
        case .customersSeeRow: "손님 화면"
        case .hoursRow: "영업 시간"
        case .prepRow: "조리 시간"
        case .autoCancelRow: "자동 취소"
        case .termsRow: "주문 조건"
        case .ratingRow: "평점"
        case .capacityRow: "주방 수용"
        case .newStoreRow: "새 가게"
        case .notOpenHours: " · 영업 시간이 아니에요"
        case .takesNoNewOrders: " · 새 주문을 받지 않아요"
        case .takesOrders: " · 주문을 받아요"
        case .prepSummary(let prep, let extra): "\(prep)분 · 바쁠 때 +\(extra)분 · 지금 안내 "
        case .minutes(let minutes): "\(minutes)분"
        case .autoCancelSummary(let minutes): "결제 후 \(minutes)분 안에 확인하지 않으면 취소·환불"
        case .termsSummary(let minimum, let fee): "최소 주문 \(minimum) · 배달팁 \(fee) · 카드 결제만"
        case .canRegisterAnother: "가게를 하나 더 등록할 수 있어요"
        case .loading: "불러오는 중…"
        case .queueNone: "대기열 없음"
        case .queue(let count): "대기열 \(count)건"
        case .takesAllAtOnce(let queue): " · 주문을 모두 바로 받아요 · \(queue)"
        case .atOnce(let capacity): "한 번에 \(capacity)건"
        case .nowInKitchen(let count): " · 지금 \(count)건 · "
        case .nameField: "가게 이름"
        case .addressField: "주소"
        case .categoryField: "분류"
        case .hoursField: "영업 시간"
        case .minimumField: "최소 주문(원)"
        case .feeField: "배달팁(원)"
        case .payoutField: "정산 계좌"
        case .businessField: "사업자등록번호"
        case .namePlaceholder: "예: 홍콩반점"
        case .addressPlaceholder: "예: 서울 마포구 양화로 45"
        case .categoryPlaceholder: "예: 중식, 분식, 치킨"
        case .hoursPlaceholder: "예: 10:00-22:00 (한국 시간)"
        case .minimumPlaceholder: "예: 12000"
        case .feePlaceholder: "예: 3000"
        case .payoutPlaceholder: "예: 국민 123-456-789012"
        case .businessPlaceholder: "예: 123-45-67891"
        case .nameMissing: "가게 이름을 입력해 주세요 (예: 홍콩반점)."
        case .addressMissing: "주소를 입력해 주세요 (예: 서울 마포구 양화로 45)."
        case .categoryMissing: "분류를 입력해 주세요 (예: 중식, 분식, 치킨)."
        case .hoursMissing: "영업 시간을 입력해 주세요 (예: 10:00-22:00)."
        case .payoutMissing: "정산 계좌를 입력해 주세요 (예: 국민 123-456-789012)."
        case .businessMissing: "사업자등록번호를 입력해 주세요 (예: 123-45-67891)."
        case .minimumNotANumber: "최소 주문 금액을 원 단위 숫자로 입력하세요 (예: 12000, 없으면 0)."
        case .feeNotANumber: "배달팁을 원 단위 숫자로 입력하세요 (예: 3000, 없으면 0)."
        case .registered(let store): "\(store) 가게를 등록했어요. a로 첫 메뉴를 넣어 보세요."
        case .newStoreTitle: "새 가게 등록"
        case .firstStoreTitle: "가게 등록 · 아직 등록한 가게가 없어요"
        case .registrationIntro: "가게 정보를 넣고 Enter로 등록하세요. 등록하면 바로 메뉴를 넣을 수 있어요."
        case .registering: "가게를 등록하는 중…"
        case .editDetailsTitle(let store): "가게 정보 고치기 · \(store)"
        case .editDetailsIntro: "고친 뒤 Enter로 저장하세요. 이름과 사업자등록번호는 바꿀 수 없어요."
        case .fixedField: "바꿀 수 없어요"
        case .savingDetails: "가게 정보를 저장하는 중…"
        case .detailsSaved: "가게 정보를 저장했어요. 새 주문부터 적용돼요."
        }
    }

    var english: String {
        switch self {
        case .hoursTitle: "Opening hours"
        case .hoursExplanation: "Opening-closing, in Korean time. Past midnight, write 17:00-02:00."
        case .save: "save"
        case .timesTitle: "Cooking and auto-cancel times"
        case .timesExplanation: "While busy, the extra time is added to the cooking time customers are told."
        case .prepMinutesLabel: "Cook (min)"
        case .busyExtraLabel: "Busy extra (min)"
        case .autoCancelLabel: "Auto-cancel (min)"
        case .capacityLoading: "Still reading the kitchen capacity. Press again in a moment."
        case .capacityTitle: "Kitchen capacity"
        case .capacityExplanation(let low, let high):
            "Orders taken at once (\(low)-\(high)). More wait their turn in the queue after payment."
        case .capacityEmptyLifts: "Leave it empty to lift the limit."
        case .capacityLabel: "Orders"
        case .noLimit: "no limit"
        case .threeNumbers: "Enter all three as numbers of minutes."
        case .capacityOutOfRange(let low, let high, let typed):
            "The kitchen capacity is \(low)-\(high) orders (you typed \(typed)). Leave it empty to lift the limit."
        case .modeSet(let mode): "The store is now '\(mode)'."
        case .hoursSet(let hours): "Opening hours set to \(hours)."
        case .timesSet: "Cooking and auto-cancel times changed."
        case .capacitySet(let capacity): "Kitchen capacity set to \(capacity). More orders wait in the queue."
        case .capacityLifted: "Kitchen limit lifted. Queued orders come in, in turn."
        case .settingsTitle(let store): "Store · \(store)"
        case .loadingStoreInfo: "Loading the store's details…"
        case .storeRow: "Store"
        case .addressRow: "Address"
        case .modeRow: "Mode"
        case .customersSeeRow: "Customers see"
        case .hoursRow: "Hours"
        case .prepRow: "Cooking"
        case .autoCancelRow: "Auto-cancel"
        case .termsRow: "Terms"
        case .ratingRow: "Rating"
        case .capacityRow: "Kitchen"
        case .newStoreRow: "New store"
        case .notOpenHours: " · outside opening hours"
        case .takesNoNewOrders: " · takes no new orders"
        case .takesOrders: " · takes orders"
        case .prepSummary(let prep, let extra): "\(prep) min · busy +\(extra) min · told now "
        case .minutes(let minutes): "\(minutes) min"
        case .autoCancelSummary(let minutes): "cancelled and refunded if not accepted in \(minutes) min"
        case .termsSummary(let minimum, let fee): "minimum \(minimum) · fee \(fee) · card only"
        case .canRegisterAnother: "You can register another store"
        case .loading: "Loading…"
        case .queueNone: "no queue"
        case .queue(let count): "\(count) queued"
        case .takesAllAtOnce(let queue): " · takes every order at once · \(queue)"
        case .atOnce(let capacity): "\(capacity) at once"
        case .nowInKitchen(let count): " · \(count) now · "
        case .nameField: "Store name"
        case .addressField: "Address"
        case .categoryField: "Category"
        case .hoursField: "Hours"
        case .minimumField: "Minimum (₩)"
        case .feeField: "Fee (₩)"
        case .payoutField: "Payout account"
        case .businessField: "Business no."
        case .namePlaceholder: "e.g. 홍콩반점"
        case .addressPlaceholder: "e.g. 서울 마포구 양화로 45"
        case .categoryPlaceholder: "e.g. 중식, 분식, 치킨"
        case .hoursPlaceholder: "e.g. 10:00-22:00 (Korean time)"
        case .minimumPlaceholder: "e.g. 12000"
        case .feePlaceholder: "e.g. 3000"
        case .payoutPlaceholder: "e.g. 국민 123-456-789012"
        case .businessPlaceholder: "e.g. 123-45-67891"
        case .nameMissing: "Enter the store's name (e.g. 홍콩반점)."
        case .addressMissing: "Enter the address (e.g. 서울 마포구 양화로 45)."
        case .categoryMissing: "Enter a category (e.g. 중식, 분식, 치킨)."
        case .hoursMissing: "Enter the opening hours (e.g. 10:00-22:00)."
        case .payoutMissing: "Enter the payout account (e.g. 국민 123-456-789012)."
        case .businessMissing: "Enter the business registration number (e.g. 123-45-67891)."
        case .minimumNotANumber: "Enter the minimum order in won, as a number (e.g. 12000, or 0 for none)."
        case .feeNotANumber: "Enter the delivery fee in won, as a number (e.g. 3000, or 0 for none)."
        case .registered(let store): "\(store) is registered. Press a to add its first menu item."
        case .newStoreTitle: "Register a new store"
        case .firstStoreTitle: "Register a store · you have none yet"
        case .registrationIntro: "Fill in the store's details and press Enter. Then add its menu right away."
        case .registering: "Registering the store…"
        case .editDetailsTitle(let store): "Edit store details · \(store)"
        case .editDetailsIntro: "Press Enter to save. The name and business number cannot change."
        case .fixedField: "cannot change"
        case .savingDetails: "Saving the store's details…"
        case .detailsSaved: "The store's details are saved; new orders use them."
        }
    }
}

extension OwnerModel {
    func words(_ text: OwnerStoreText) -> String { text.text(in: language) }
}
