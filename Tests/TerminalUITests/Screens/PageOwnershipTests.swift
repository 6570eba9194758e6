import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Each page owns its keys, its prompts, its results and its drawing, and the session asks
/// the model on screen rather than switching over the screens for every question. These
/// reach the pages directly, with no world and no session.
@Suite("Every page owns its keys and its view")
struct PageOwnershipTests {
    static func who(_ name: String, _ role: Role) -> SignedIn {
        SignedIn(actor: Actor(account: AccountID(name), role: role), name: name, passwordRevision: 0)
    }

    static func prompt(_ texts: String...) -> Prompt {
        Prompt(title: "", fields: texts.map { Prompt.Field("", TextField(text: $0, maxLength: 20)) }, language: .korean)
    }

    let context = ScreenContext(now: ScreenWorld.now, size: .minimum, toast: nil, paymentSystem: nil)
    let order = OrderID("ORDER1")
    let store = StoreID("STORE1")

    @Test("Every screen is a model of its own, and comes back as the same screen")
    func everyScreenIsItsOwnModel() {
        let screens: [AppScreen] = [
            .launcher(LauncherModel()),
            .signIn(SignInForm(expectedRole: .owner, name: "박사장")),
            .customer(CustomerModel(who: Self.who("김민수", .customer), size: .minimum)),
            .owner(OwnerModel(who: Self.who("박사장", .owner), size: .minimum)),
            .rider(RiderModel(who: Self.who("정라이더", .rider), size: .minimum)),
        ]
        for screen in screens { #expect(screen.current.appScreen == screen) }
        #expect(screens.map(\.title) == ["시작", "로그인", "가게", "접수 대기", "배차 대기"])
        #expect(screens.map(\.isEditingText) == [false, true, false, false, false])
        #expect(screens.map { $0.clockResolution(at: ScreenWorld.now) } == [60, 60, 60, 60, 60])
    }

    @Test("The owner's pages read their own prompts, and refuse what was typed wrong in the prompt's words")
    func ownerPagesReadTheirPrompts() {
        let owner = OwnerModel(who: Self.who("박사장", .owner), size: .minimum)
        #expect(
            owner.incomingAnswer(.confirm(order), Self.prompt("abc"))
                == .refuse("조리 시간을 분 단위 숫자로 입력하세요 (1~180)."))
        #expect(
            owner.incomingAnswer(.confirm(order), Self.prompt("25"))
                == .send(.confirm(order, cookMinutes: 25, by: owner.actor)))
        #expect(
            owner.incomingAnswer(.reject(order), Self.prompt("재료 소진"))
                == .send(.reject(order, reason: "재료 소진", by: owner.actor)))
        #expect(
            owner.kitchenAnswer(.startDelivery(order), Self.prompt(""))
                == .refuse("이동 시간을 분 단위 숫자로 입력하세요 (1~180)."))
        #expect(
            owner.storeAnswer(.kitchenCapacity, Self.prompt("501"), store: store)
                == .refuse("주방 수용은 1~500건이에요 (입력: 501). 비우면 제한을 풀어요."))
        #expect(
            owner.storeAnswer(.kitchenCapacity, Self.prompt(""), store: store)
                == .send(.setKitchenCapacity(nil, store: store, by: owner.actor)))
        #expect(
            owner.storeAnswer(.times, Self.prompt("20", "10", "x"), store: store)
                == .refuse("세 칸 모두 분 단위 숫자로 입력하세요."))
        #expect(
            owner.menuAnswer(.addItem, Self.prompt("짜장면", "7,000원", ""), store: store)
                == .send(.addMenuItem(store: store, name: "짜장면", price: Won(7000), description: "", by: owner.actor)))
        #expect(
            owner.reviewsAnswer(.reply(order), Self.prompt("고마워요"))
                == .send(.reply(order, text: "고마워요", by: owner.actor)))
    }

    @Test("Each owner page words the engine's yes to what it sent")
    func ownerPagesWordTheirResults() {
        let actor = Self.who("박사장", .owner).actor
        #expect(OwnerModel.doneText(.confirm(order, cookMinutes: 25, by: actor)) == "주문 ORDER1을 확인했어요 · 조리 25분")
        #expect(OwnerModel.doneText(.startDelivery(order, travelMinutes: 15, by: actor)) == "주문 ORDER1 배달을 시작했어요 · 이동 15분")
        #expect(
            OwnerModel.doneText(.setKitchenCapacity(nil, store: store, by: actor))
                == "주방 수용 제한을 풀었어요. 대기열의 주문도 차례로 들어와요.")
        #expect(OwnerModel.doneText(.reply(order, text: "고마워요", by: actor)) == "답글을 달았어요.")
        #expect(OwnerModel.doneText(.acceptJob(order, by: actor)) == "완료했어요.")
    }

    @Test("The rider's pages own their keys and results; tabs and digits are the session's")
    func riderPagesOwnTheirKeys() {
        var rider = RiderModel(who: Self.who("정라이더", .rider), size: .minimum)
        #expect(rider.openJobsKey(.character("2")) == nil)
        #expect(rider.openJobsKey(.enter) == [])
        #expect(rider.currentJobKey(.character("p")) == [])
        #expect(rider.notice?.text == "맡은 배달이 없어요. 1 배차 대기에서 Enter로 배달을 맡으세요.")
        #expect(rider.pastJobsKey(.tab) == nil)
        rider.accepted(order)
        #expect(rider.section == .current)
        #expect(rider.notice?.text == "배달 ORDER1을 맡았어요. 가게가 배달을 시작하면 p로 픽업하세요.")
        #expect(rider.hints(context: context).map(\.action).contains("픽업"))
    }

    @Test("The customer's pages act on their own prompts and word their answers")
    func customerPagesActOnTheirPrompts() {
        var customer = CustomerModel(who: Self.who("김민수", .customer), size: .minimum)
        #expect(customer.trackingSubmitted(.leaveQueue(order)).sends == [.cancel(order, by: customer.actor)])
        #expect(customer.leavingQueue == order)
        customer.cancelFinished(order, .success(.done))
        #expect(customer.notice?.text == "대기열에서 나왔어요. 주문은 취소되고 결제한 금액은 카드로 환불돼요.")
        #expect(customer.leavingQueue == nil)
        #expect(customer.cartSubmitted(.empty, at: Date(timeIntervalSince1970: 0)).isEmpty)
        #expect(customer.notice?.text == "장바구니를 비웠어요.")
    }
}
