import Foundation

extension RuleViolation {
    /// The refusal in Korean (해요체, as the screens speak). One case per line of the `switch`,
    /// with no `default`, so a new rule cannot be added without its Korean words. Particles after
    /// a name someone typed are chosen by ``KoreanParticle``.
    var korean: String {
        typealias P = KoreanParticle
        switch self {
        case .nameTaken(let name): return "\(P.topic(name)) 이미 있는 이름이에요. 다른 이름을 고르거나 그 이름으로 로그인하세요."
        case .invalidName(let problem): return "그 이름은 쓸 수 없어요. \(problem.korean)"
        case .weakPassword: return "비밀번호는 8자 이상이어야 해요."
        case .wrongPassword: return "이름이나 비밀번호가 틀렸어요."
        case .wrongCurrentPassword: return "지금 비밀번호가 틀렸어요. 비밀번호는 바뀌지 않았어요."
        case .samePassword: return "새 비밀번호가 지금 비밀번호와 같아요. 다른 비밀번호를 고르세요."
        case .unknownAccount(let name): return "\(P.named(name)) 계정이 없어요. 먼저 가입하세요."
        case .wrongRole(let expected, let actual):
            return "\(expected.name(in: .korean))만 할 수 있어요. 지금은 \(P.toward(actual.name(in: .korean))) 로그인해 있어요."
        case .alreadyFavourite(let store): return "\(P.topic(store)) 이미 즐겨찾기에 있어요."
        case .notFavourite(let store): return "\(P.topic(store)) 즐겨찾기에 없어요."
        case .storeAlreadyRegistered: return "이미 등록된 가게예요."
        case .unknownStore(let name): return "\(P.named(name)) 가게가 없어요."
        case .notYourStore: return "다른 사장님의 가게예요."
        case .invalidStoreDetail(let problem): return "가게 정보를 확인해 주세요. \(problem.korean)"
        case .invalidBusinessNumber(let number):
            return "\(P.topic(number)) 올바른 사업자등록번호가 아니에요. 10자리(예: 123-45-67891)이고 검증 숫자가 맞아야 해요."
        case .unknownMenuItem(let name): return "메뉴에 \(P.subject(name)) 없어요."
        case .duplicateMenuItem(let name): return "메뉴에 \(P.subject(name)) 이미 있어요."
        case .menuItemRemoved(let name): return "\(P.topic(name)) 메뉴에서 빠졌어요. 장바구니에서 빼고 다시 주문하세요."
        case .storeNameFixed(let name): return "가게 이름은 바꿀 수 없어요(지금 이름: \(name))."
        case .businessNumberFixed(let number): return "사업자등록번호는 바꿀 수 없어요(등록된 번호: \(number))."
        case .invalidPrice(let price): return "가격은 1~1,000,000원이어야 해요. \(price)원은 안 돼요."
        case .storeClosed(let name, let hours): return "\(P.topic(name)) 지금 영업 시간이 아니에요(영업 \(hours)). 영업 시간에 주문하세요."
        case .storePaused(let name): return "\(P.topic(name)) 지금 새 주문을 잠시 받지 않아요. 조금 뒤에 다시 주문하세요."
        case .modeUnchanged(let mode):
            return "가게가 이미 \(StoreMode(rawValue: mode)?.label(in: .korean) ?? mode) 상태예요."
        case .emptyCart: return "장바구니가 비어 있어요. 메뉴를 먼저 담아 주세요."
        case .invalidQuantity(let quantity): return "수량은 1~10개여야 해요. \(quantity)개는 안 돼요."
        case .tooManyItems(let count): return "한 주문에는 메뉴를 10개까지 담을 수 있어요. \(count)개는 너무 많아요."
        case .secondStore(let cartStore, let otherStore):
            return "한 주문은 한 가게에서만 할 수 있어요. 장바구니에 \(cartStore)의 메뉴가 있어요. \(otherStore)에서 주문하려면 장바구니를 비우세요."
        case .soldOut(let name): return "\(P.topic(name)) 품절이에요."
        case .priceChanged(let item, let quoted, let now):
            return "\(item) 가격이 \(quoted.description)에서 \(P.toward(now.description)) 바뀌었어요. 바뀐 금액을 확인하고 다시 주문하세요."
        case .belowMinimum(let subtotal, let minimum):
            return "이 가게의 최소 주문 금액은 \(P.copula(minimum.description)). 장바구니는 \(P.copula(subtotal.description))."
        case .orderAlreadyExists: return "이미 접수된 주문이에요."
        case .unknownOrder(let id): return "주문 \(P.subject(id)) 없어요."
        case .notYourOrder: return "다른 사람의 주문이에요."
        case .noDeliveryAddress:
            return "배달받을 주소가 없어요. `to \"…\"`로 주소를 적거나, 먼저 기본 주소를 저장해 주세요 (`address add \"…\" default`)."
        case .emptyAddress: return "주소가 비어 있어요. \"서울 관악구 신림로 1, 101호\"처럼 도로명 주소와 호수를 적어 주세요."
        case .addressAlreadySaved(let address): return "\(KoreanParticle.subject(address)) 이미 저장된 주소예요."
        case .unknownAddress(let address): return "\(KoreanParticle.subject(address)) 저장된 주소가 아니에요. 먼저 추가해 주세요."
        case .tooManyAddresses(let maximum): return "주소는 \(maximum)개까지 저장할 수 있어요. 하나를 지운 뒤 추가해 주세요."
        case .cardAlreadyRemembered(let card): return "\(KoreanParticle.subject(card)) 이미 기억된 카드예요."
        case .unknownRememberedCard(let card): return "\(KoreanParticle.subject(card)) 기억된 카드가 아니에요. 카드 번호로 결제해 주세요."
        case .tooManyRememberedCards(let maximum): return "카드는 \(maximum)장까지 기억할 수 있어요. 하나를 잊게 한 뒤 추가해 주세요."
        case .unknownNotification(let position): return "\(position)번 알림은 없어요. 알림 목록에서 골라 열어 주세요."
        case .notPayable(let status): return "지금은 결제할 수 없어요. \(Self.now(status))."
        case .alreadyPaid: return "이미 결제한 주문이에요."
        case .cancelAfterConfirmation: return "가게가 이미 주문을 확인해서 이제 취소할 수 없어요."
        case .notCancellable(let status): return "주문을 취소할 수 없어요. \(Self.now(status))."
        case .notConfirmable(let status): return "주문을 확인할 수 없어요. \(Self.now(status))."
        case .confirmationWindowPassed(let minutes):
            return "결제 후 \(minutes)분 안에 확인하지 않아 주문이 취소되고 환불됐어요."
        case .invalidCookingTime(let minutes): return "조리 시간은 1~180분이어야 해요. \(minutes)분은 안 돼요."
        case .invalidTravelTime(let minutes): return "배달 시간은 1~180분이어야 해요. \(minutes)분은 안 돼요."
        case .notDue(let seconds): return "아직 자동 취소할 때가 아니에요(\(seconds)초 남음)."
        case .jobTaken: return "다른 라이더가 이미 이 배달을 맡았어요."
        case .notReadyForRider(let status): return "라이더를 기다리는 주문이 아니에요. \(Self.now(status))."
        case .notYourJob: return "다른 라이더의 배달이에요."
        case .deliveryNotStarted(let status):
            return "가게가 아직 배달을 시작하지 않았어요(주문: \(status.koreanLabel)). 음식이 준비되면 픽업하세요."
        case .notPickedUp(let status): return "아직 픽업하지 않은 주문이에요. \(Self.now(status))."
        case .notDelivered(let status): return "배달 완료된 주문만 리뷰할 수 있어요. \(Self.now(status))."
        case .reviewTooEarly(let minutes): return "리뷰는 배달 1시간 뒤부터 쓸 수 있어요. \(minutes)분 뒤에 열려요."
        case .reviewWindowClosed: return "리뷰는 배달 후 24시간까지 쓸 수 있어요. 리뷰 기간이 지났어요."
        case .alreadyReviewed: return "이미 리뷰한 주문이에요. 주문마다 리뷰는 하나예요."
        case .invalidRating(let rating): return "별점은 1~5개예요. \(rating)개는 안 돼요."
        case .reviewTooLong(let count): return "리뷰는 500자까지 쓸 수 있어요. 지금 \(count)자예요."
        case .noReviewToReply: return "아직 답글을 달 리뷰가 없어요."
        case .alreadyReplied: return "이미 답글을 단 리뷰예요."
        case .reasonRequired: return "고객이 알 수 있게 사유를 적어 주세요."
        case .paymentInProgress: return "결제가 이미 진행 중이에요. 결과가 나온 뒤에 다시 결제하세요."
        case .notCooking(let status):
            switch status {
            case .deliveryStarted, .pickedUp, .delivered: return "이미 배달이 시작됐어요. \(Self.now(status))."
            case .cancelled, .rejected: return "배달을 시작할 수 없어요. \(Self.now(status))."
            default: return "주문을 확인하고 조리를 시작해야 배달을 시작할 수 있어요. \(Self.now(status))."
            }
        case .alreadyPickedUp(let status): return "이미 픽업한 주문이에요. \(Self.now(status))."
        case .jobNotAccepted: return "아직 이 배달을 맡은 라이더가 없어요. 먼저 배달을 맡으세요."
        case .noRiderToRelease: return "이 배달을 맡은 라이더가 없어서 반납할 배차가 없어요."
        case .releaseAfterPickUp(let status): return "배차는 픽업 전에만 반납할 수 있어요. \(Self.now(status))."
        case .emptyReply: return "답글이 비어 있어요. 고객에게 전할 말을 적어 주세요."
        case .liveClock:
            return
                "이 데이터베이스는 실제 시각을 기록해요. 그래서 `clock`, `advance`, --clock으로 시간을 옮길 수 없어요. 시간을 흉내 내려면 새 데이터베이스 파일에서 스크립트를 실행하세요(--db NEW.sqlite). 스크립트가 시계를 맞춘 데이터베이스는 계속 모의 시간으로 남아요."
        case .timeOutOfRange: return "모의 시간은 2000년부터 2099년 사이여야 해요."
        case .timeRunsBackwards(let newest):
            return "시간을 거꾸로 돌릴 수 없어요. 이 데이터베이스에는 이미 \(MessageTime.korean(newest))(한국 시간)에 기록된 이벤트가 있어요. 그 시각이나 그 뒤로 시계를 맞추세요."
        case .advanceTooLong(let seconds):
            return "`advance` 한 번에 시계를 366일까지 옮길 수 있어요. \(P.topic(Self.days(seconds))) 너무 멀어요. 여러 번에 나눠 옮기세요."
        case .notAnOpenJob: return "라이더는 자기가 맡은 배달과 아무도 맡지 않은 배달만 볼 수 있어요. 이 주문은 둘 다 아니에요."
        case .salesAreTheOwners: return "가게 매출은 그 가게 사장님만 볼 수 있어요. 사장님 계정으로 로그인하세요."
        case .forbiddenCharacter(let field, let character, let position):
            return
                "\(FreeText.Field.koreanLabel(forEnglish: field))의 \(position)번째 글자 \(P.topic(character)) 쓸 수 없어요. 다른 사람 화면에 보이는 내용을 바꿀 수 있어요. 지우고 다시 입력하세요."
        case .textTooLong(let field, let maximum, let actual):
            return "\(P.topic(FreeText.Field.koreanLabel(forEnglish: field))) \(maximum)자까지 쓸 수 있어요. 지금 \(actual)자예요. 줄여 주세요."
        case .nameResembles(let typed, let existing):
            return
                "\(P.topic(typed)) 쓸 수 없어요. \(existing) 계정과 같은 이름으로 읽혀요(대소문자와 전각 글자는 구별하지 않아요). 다른 이름을 고르거나 \(P.toward(existing)) 로그인하세요."
        case .storeNameTaken(let typed, let existing):
            return
                "\(existing) 가게가 이미 등록돼 있고 \(P.topic(typed)) 같은 이름으로 읽혀요(대소문자와 전각 글자는 구별하지 않아요). 다른 이름을 고르세요. 예: 지점을 붙여 \"\(typed) 2호점\"."
        case .passwordTooLong(let maximum): return "비밀번호는 \(maximum)자까지 쓸 수 있어요. 더 짧게 정하세요."
        case .blankPassword: return "비밀번호를 공백만으로 만들 수 없어요. 글자, 숫자, 기호를 넣으세요."
        case .signInBackoff(let seconds):
            return "이 계정에 틀린 비밀번호가 여러 번 입력됐어요. \(MessageTime.koreanWait(seconds)) 기다린 뒤에 다시 해 보세요."
        case .passwordsPausedForAccount(let seconds):
            return
                "오늘 여러 곳에서 이 계정에 틀린 비밀번호가 입력돼서 \(MessageTime.koreanLongWait(seconds)) 동안 비밀번호를 확인하지 않아요. 그동안은 SSH 키로 로그인하거나 운영자에게 비밀번호 재설정을 부탁하세요."
        }
    }

    /// "결제 대기예요", "조리 중이에요": where the order is, as the end of a sentence.
    /// "지금 상태는 '주문 취소'예요": the label quoted, since "주문이 주문 취소예요" read twice.
    private static func now(_ status: OrderStatus) -> String { "지금 상태는 " + KoreanParticle.copula("'\(status.koreanLabel)'") }

    private static func days(_ seconds: TimeInterval) -> String {
        let days = seconds / 86_400
        return days < 1_000_000 ? "\(Int(days))일" : "100만 일 넘게"
    }
}

extension NameProblem {
    var korean: String {
        switch self {
        case .length(let name, let count): "이름은 2~20자여야 해요. \(KoreanParticle.topic("\"\(name)\"")) \(count)자예요."
        case .characters: "이름에는 글자(한글 포함), 숫자, '-', '_', '.'만 쓸 수 있어요. 띄어쓰기는 안 돼요."
        case .reserved(let name): "\(KoreanParticle.topic("\"\(name)\"")) 시스템이 쓰는 이름이에요. 다른 이름을 고르세요."
        case .mixedScripts(let first, let second): LookalikeScripts.korean(first, second)
        }
    }
}

extension StoreDetailProblem {
    var korean: String {
        switch self {
        case .missing(let field): "\(KoreanParticle.subject(field.koreanLabel)) 비어 있어요."
        case .payoutAccountWithoutNumber: "정산 계좌에는 은행과 계좌번호가 있어야 해요. 예: \"국민 123-456-789\"."
        case .minimumOrderOutOfRange: "최소 주문 금액은 0~1,000,000원이어야 해요."
        case .deliveryFeeOutOfRange: "배달팁은 0~100,000원이어야 해요."
        case .autoCancelOutOfRange: "자동 취소 시간은 1~60분이어야 해요."
        case .cookingEstimateOutOfRange: "조리 예상 시간은 1~180분이어야 해요."
        case .menuItemNameLength: "메뉴 이름은 1~30자여야 해요."
        case .kitchenCapacity(let capacity): "주방에 한 번에 받는 주문은 1~500건이어야 해요. \(capacity)건은 안 돼요."
        case .ordersPerMinute(let rate): "분당 받는 주문은 1~1000건이어야 해요. \(rate)건은 안 돼요."
        case .openingHours(let text): "영업 시간은 10:00-22:00처럼 적어요. \(KoreanParticle.topic("\"\(text)\"")) 안 돼요."
        case .mixedScripts(let first, let second): "가게 이름에 " + LookalikeScripts.korean(first, second)
        }
    }
}
