import DeliveryDomain
import Payments
import DeliveryEngine
import Foundation

extension ScriptText {
    var korean: String {
        typealias P = KoreanParticle
        switch self {
        case .clockSet(let now): return "시계를 \(P.toward(KoreanTime.full(now))) 맞췄어요"
        case .clockAdvanced(let now, let cancelled):
            let note = cancelled.isEmpty ? "" : " · 자동 취소: \(cancelled.joined(separator: ", "))"
            return "시계를 \(KoreanTime.full(now))까지 옮겼어요\(note)"
        case .signedUp(let name, let role): return "\(P.subject(name)) \(P.toward(role.name(in: .korean))) 가입했어요"
        case .signedIn(let name): return "\(P.toward(name)) 로그인했어요"
        case .actingAs(let name, let role): return "이제 \(name)(\(role.name(in: .korean)))의 차례예요"
        case .registeredStore(let name, let id): return "\(P.object(name)) 등록했어요(\(id))"
        case .storeMode(let store, let mode): return "\(P.topic(store)) 이제 \(mode.label(in: .korean))"
        case .storeHours(let store, let hours): return "\(store) 영업 시간: \(hours)"
        case .autoCancel(let store, let minutes): return "\(P.topic(store)) \(minutes)분 안에 확인하지 않은 주문을 자동 취소해요"
        case .kitchenCapacity(let store, let capacity):
            return capacity.map { "\(P.topic(store)) 주방에 한 번에 \($0)건까지 받아요" } ?? "\(P.topic(store)) 주방에 받는 주문 수에 제한이 없어요"
        case .ordersPerMinute(let store, let rate):
            return rate.map { "\(P.topic(store)) 1분에 \($0)건까지 받아요" } ?? "\(P.topic(store)) 1분에 받는 주문 수에 제한이 없어요"
        case .menuItemAdded(let name, let price, let store):
            return "\(store) 메뉴에 \(name)(\(price))\(P.object(name).dropFirst(name.count)) 넣었어요"
        case .menuItemEdited(let name, let store): return "\(store)의 \(P.object(name)) 고쳤어요"
        case .menuItemRemoved(let name, let store): return "\(store) 메뉴에서 \(P.object(name)) 뺐어요"
        case .storeDetailsUpdated(let store): return "\(store)의 가게 정보를 고쳤어요"
        case .soldOut(let name, let soldOut): return soldOut ? "\(P.topic(name)) 품절이에요" : "\(P.subject(name)) 다시 판매 중이에요"
        case .cartAdded(let items, let store): return "장바구니: \(store) 메뉴 \(items)개"
        case .cartRemoved(let items): return "장바구니: \(items)개"
        case .cartShown(let items, let store): return store.isEmpty ? "장바구니: \(items)개" : "장바구니: \(store) 메뉴 \(items)개"
        case .cartEmptied: return "장바구니를 비웠어요"
        case .orderPlaced(let order, let store, let total, let to, let payment):
            return "\(store)에 \(order) 주문: \(total) · \(KoreanParticle.toward(to)) 배달 · \(payment.map(Self.payment) ?? "결제 대기")"
        case .addressSaved(let address, let isDefault): return "주소 저장: \(address)\(isDefault ? " (기본)" : "")"
        case .addressRemoved(let address): return "주소 삭제: \(address)"
        case .defaultAddress(let address): return "기본 주소: \(address)"
        case .cardForgotten(let card): return "\(card)로 끝나는 카드를 잊었어요"
        case .passwordChanged: return "비밀번호를 바꿨어요"
        case .addressCount(let addresses, let cards): return "주소 \(addresses)개, 기억한 카드 \(cards)장"
        case .pickUp(let store, let address): return "픽업: \(store), \(address)"
        case .deliverTo(let address, let note): return "배달지: \(address)\(note.map { " (\($0))" } ?? "")"
        case .payment(let order, let result): return "\(order) \(Self.payment(result))"
        case .cancelled(let order, let refund): return "\(order) 주문 취소\(refund.map { " · \($0) 환불" } ?? "")"
        case .rejected(let order, let reason, let refund): return "\(order) 주문 거절(\(reason))\(refund.map { " · \($0) 환불" } ?? "")"
        case .confirmed(let order, let readyAt): return "\(order) 주문 확인 · \(readyAt)쯤 준비돼요"
        case .deliveryStarted(let order, let minutes): return "\(order) 배달 시작 · 약 \(minutes)분 뒤 도착"
        case .accepted(let order, let rider): return "\(P.subject(rider)) \(order) 배달을 맡았어요"
        case .released(let order, let rider): return "\(P.subject(rider)) \(order) 배차를 반납했어요. 다른 라이더가 맡을 수 있어요"
        case .pickedUp(let order): return "\(order) 픽업 완료"
        case .delivered(let order): return "\(order) 배달 완료"
        case .reviewed(let order, let rating): return "\(order) 리뷰: \(String(repeating: "★", count: rating))"
        case .replied(let order): return "\(order) 리뷰에 답글을 달았어요"
        case .favourite(let store): return "\(P.object(store)) 즐겨찾기에 넣었어요"
        case .unfavourite(let store): return "\(P.object(store)) 즐겨찾기에서 뺐어요"
        case .notificationsRead: return "알림을 모두 읽었어요"
        case .letIntoKitchen(let orders): return "주방에 들어간 주문: \(orders.joined(separator: ", "))"
        case .refused(let message): return "거절: \(message)"
        case .storeCount(let count): return "가게 \(count)곳"
        case .storeLine(let favourite, let name, let category, let availability, let opens, let minimum, let fee, let rating, let dishes):
            let open = availability == "closed" ? "영업 시간 아님" : StoreMode(rawValue: availability)?.label(in: .korean) ?? availability
            let opening = opens.map { " (\($0.isTomorrow ? "내일 " : "")\($0.clock)에 열어요)" } ?? ""
            let stars = rating.map { String(format: "★%.1f", $0) } ?? "리뷰 없음"
            let sells = dishes.isEmpty ? "" : ", 메뉴 \(dishes.joined(separator: ", "))"
            return "\(favourite ? "♥ " : "")\(name) [\(category)] \(open)\(opening), 최소 주문 \(minimum), 배달팁 \(fee), \(stars)\(sells)"
        case .menuCount(let count): return "메뉴 \(count)개"
        case .menuLine(let name, let price, let soldOut): return "\(name) \(price)\(soldOut ? " (품절)" : "")"
        case .orderStatus(let order, let status): return "\(order): \(status.koreanLabel)"
        case .orderLine(let order, let placedAt, let store, let summary, let total, let status):
            return "\(order) \(placedAt) \(store) \(summary) \(total) \(status.koreanLabel)"
        case .timelineCount(let order, let count): return "\(order): 이벤트 \(count)개"
        case .timelineLine(let at, let type, let actor): return "\(at) \(type) · 한 사람: \(actor)"
        case .historyCount(let count): return "최근 3개월 주문 \(count)건"
        case .notificationCount(let count): return "알림 \(count)개"
        case .incomingCount(let count): return "확인을 기다리는 주문 \(count)건"
        case .inProgressCount(let count): return "진행 중인 주문 \(count)건"
        case .openJobCount(let count): return "맡을 수 있는 배달 \(count)건"
        case .jobsInHand(let count): return "맡은 배달 \(count)건"
        case .sales(let store, let delivered, let revenue, let rating, let reviews):
            return "\(store): 배달 완료 \(delivered)건, 매출 \(revenue), 별점 \(rating.map { String(format: "%.1f", $0) } ?? "-") (리뷰 \(reviews)개)"
        case .reviewCount(let count): return "리뷰 \(count)개"
        case .pastOrderCount(let count, let older): return older ? "끝난 주문 중 최근 \(count)건 (이전 주문은 생략)" : "끝난 주문 \(count)건"
        case .pastOrderLine(let order, let placedAt, let summary, let total, let outcome):
            return "\(order) \(placedAt) \(summary) \(total) \(outcome.label(in: .korean))"
        case .expectedRefusalGotSuccess: return "거절을 예상했지만 앞 명령이 성공했어요"
        case .expectedRefusalMentioning(let fragment, let got): return "\(P.subject("\"\(fragment)\"")) 든 거절을 예상했지만 실제 거절은: \(got)"
        case .refusedAsExpected: return "예상대로 거절됐어요"
        case .expectedSuccessGotRefusal(let message): return "성공을 예상했지만 거절됐어요: \(message)"
        case .ok: return "성공"
        case .statusIs(let order, let status): return "\(order) 상태 \(status.rawValue)"
        case .expectedStatus(let order, let expected, let actual):
            return "\(order)의 상태로 \(expected.rawValue)을(를) 예상했지만 \(actual.rawValue)예요"
        case .countIs(let count, let what): return "\(what.rawValue) \(count)개"
        case .expectedCount(let count, let what, let found): return "\(what.rawValue) \(count)개를 예상했지만 \(found)개예요"
        case .paymentIs(let word): return "결제 \(word)"
        case .expectedPayment(let word, let was): return "결제 \(word)을(를) 예상했지만 \(was)였어요"
        case .refusalNotExpected(let line): return "\(line)번째 줄이 거절됐는데 뒤에 `expect refused`가 없어요"
        case .failedExpectation(let line, let text): return "\(line)번째 줄: \(text)"
        case .summary(let commands, let expectations, let failed): return "명령 \(commands)개, 기대 \(expectations)개, 실패 \(failed)개"
        case .noOneSignedIn: return "로그인한 사람이 없어요. `signup`이나 `signin`, 또는 `as 이름`으로 시작하세요."
        case .unknownLabel(let label): return "이 스크립트에 @\(label) 표시가 붙은 주문이 없어요."
        case .notSignedInHere(let name):
            return "이 스크립트에서 \"\(name)\" 계정이 로그인한 적이 없어요. 먼저 `signin \(name) password \"…\"`로 로그인하세요."
        }
    }

    /// How a payment ended, in Korean. The decline reason is the issuer's, worded in Korean when known; a
    /// processor failure is never called a decline, and its error text is the log's alone.
    static func payment(_ result: PaymentResult) -> String {
        switch result {
        case .paid: "결제 완료"
        case .declined(let reason): "결제 거절: \(DeclineReason.korean(describing: reason))"
        case .processorFailed: "결제 실패: 결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요. 다시 시도해 주세요."
        case .pending(let reason) where reason.hasPrefix("payment pending"):
            "결제 대기: 곧 청구되고, 결과는 알림으로 알려 드려요"
        case .pending(let reason): "결제 대기: \(reason)"
        }
    }
}
