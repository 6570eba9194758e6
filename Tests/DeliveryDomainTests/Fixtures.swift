import Foundation
import Testing

@testable import DeliveryDomain

/// A store and its people, shared by the rule tests. Noon in Seoul on a weekday.
enum Given {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 ~ Seoul daytime
    static let customer = Actor(account: AccountID("김민수"), role: .customer)
    static let otherCustomer = Actor(account: AccountID("이영희"), role: .customer)
    static let owner = Actor(account: AccountID("박사장"), role: .owner)
    static let otherOwner = Actor(account: AccountID("최사장"), role: .owner)
    static let rider = Actor(account: AccountID("정라이더"), role: .rider)
    static let otherRider = Actor(account: AccountID("한라이더"), role: .rider)
    static let orderID = OrderID("ORDER1")
    static let jjajang = MenuItemID("jjajang")
    static let jjambbong = MenuItemID("jjambbong")
    static let tangsuyuk = MenuItemID("tangsuyuk")
    static let card = CardOnFile(token: "tok_approved_1", brand: "visa", last4: "4242", expiryMonth: 12, expiryYear: 2030)

    static var store: StoreState {
        let profile = StoreProfile(
            name: "홍콩반점", address: "서울 마포구 양화로 45", category: "중식", hours: .allDay,
            minimumOrder: 12_000, deliveryFee: 3_000, payoutAccount: "국민 123-456-789",
            businessNumber: "123-45-67891")
        return StoreDecider.fold([
            .registered(
                .init(
                    store: StoreID("hongkong"), owner: owner.account, profile: profile,
                    settings: .standard, at: noon)),
            .menuItemAdded(.init(item: MenuItem(id: jjajang, name: "짜장면", price: 7_000, description: ""), at: noon)),
            .menuItemAdded(.init(item: MenuItem(id: jjambbong, name: "짬뽕", price: 8_000, description: ""), at: noon)),
            .menuItemAdded(
                .init(
                    item: MenuItem(
                        id: tangsuyuk, name: "탕수육", price: 18_000, description: "",
                        soldOut: true), at: noon)),
        ])
    }

    static func minutes(_ m: Double) -> Date { noon.addingTimeInterval(m * 60) }

    /// The events of an order that has reached `status`, happy path.
    static func order(until status: OrderStatus) -> [OrderEvent] {
        var events: [OrderEvent] = try! OrderDecider.decide(
            .place(
                orderID, lines: [CartLine(item: jjajang, quantity: 2)], store: store,
                payment: PaymentRequestDraft(idempotencyKey: "pay-1", card: card), by: customer, now: noon),
            OrderDecider.initialState)
        func step(_ command: OrderCommand) {
            events += try! OrderDecider.decide(command, OrderDecider.fold(events))
        }
        if status == .awaitingPayment { return events }
        step(.recordPaymentApproved(idempotencyKey: "pay-1", paymentID: "pay_1", now: minutes(1)))
        if status == .awaitingConfirmation { return events }
        step(.confirm(cookMinutes: 20, by: owner, now: minutes(2)))
        step(.acceptJob(by: rider, now: minutes(3)))
        if status == .cooking { return events }
        step(.startDelivery(travelMinutes: 15, by: owner, now: minutes(22)))
        if status == .deliveryStarted { return events }
        step(.pickUp(by: rider, now: minutes(23)))
        if status == .pickedUp { return events }
        step(.markDelivered(by: rider, now: minutes(38)))
        return events
    }
}

/// given events, when a command: the events it decides, or the rule it breaks.
func when(_ given: [OrderEvent], _ command: OrderCommand) -> Result<[OrderEvent], RuleViolation> {
    Result { () throws(RuleViolation) in try OrderDecider.decide(command, OrderDecider.fold(given)) }
}

extension Result where Failure == RuleViolation {
    var violation: RuleViolation? {
        if case .failure(let v) = self { return v }
        return nil
    }
    var events: [Success]? {
        if case .success(let e) = self { return [e] }
        return nil
    }
}
