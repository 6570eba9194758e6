import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing

@Suite("The engine end to end")
struct OrderFlowTests {
    @Test func aPaidOrderReachesTheStoreAndTheCustomerIsNotified() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        let incoming = try await world.engine.storeOrders(world.owner, statuses: [.awaitingConfirmation])
        #expect(incoming.map(\.id) == [order])
        let notes = try await world.engine.notifications(world.customer)
        #expect(notes.count == 2)
        // Stored as facts and worded when read, in the reader's language.
        #expect(notes.first?.message(in: .english).contains("your order went to 홍콩반점") == true)
        #expect(notes.first?.message(in: .korean).contains("주문이 홍콩반점에 전달됐어요") == true)
        #expect(try await world.engine.unreadCount(world.customer) == 2)
        try await world.engine.markNotificationsRead(as: world.customer)
        #expect(try await world.engine.unreadCount(world.customer) == 0)
    }

    @Test func aDeclinedCardKeepsTheOrderFromTheStoreUntilAnotherCardPays() async throws {
        let world = try await TestWorld.make()
        let result = try await world.engine.placeOrder(try await world.cart(), card: TestWorld.declinedCard, as: world.customer)
        guard case .declined = result.payment else { Issue.record("expected a decline"); return }
        #expect(try await world.engine.storeOrders(world.owner, statuses: [.awaitingConfirmation]).isEmpty)
        let retry = try await world.engine.pay(result.order, card: TestWorld.goodCard, as: world.customer)
        guard case .paid = retry else { Issue.record("expected payment"); return }
        #expect(try await world.engine.storeOrders(world.owner, statuses: [.awaitingConfirmation]).count == 1)
    }

    @Test func anInvalidCardWritesNothing() async throws {
        let world = try await TestWorld.make()
        let head = try await world.engine.headPosition()
        let bad = CardDetails(number: "4242 4242 4242 4241", expiryMonth: 12, expiryYear: 2030, cvc: "123")
        await #expect(throws: DeliveryError.invalidCard(.failsLuhn)) {
            try await world.engine.placeOrder(try await world.cart(), card: bad, as: world.customer)
        }
        #expect(try await world.engine.headPosition() == head)
    }

    @Test func theCardNumberNeverReachesTheLog() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let events = try await world.engine.store.readAll(afterPosition: 0, limit: 10_000)
        for event in events {
            let payload = String(decoding: event.payload, as: UTF8.self)
            #expect(!payload.contains("4242424242424242"))
            #expect(!payload.contains("4242 4242 4242 4242"))
            #expect(!payload.contains("\"123\""))
        }
    }

    @Test func cancellingBeforeConfirmationRefundsInTheSameStep() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        try await world.engine.cancel(order, as: world.customer)
        let state = try await world.engine.orderState(order)
        #expect(state.status == .cancelled)
        #expect(state.refund?.amount == 17_000)
        let history = try await world.engine.history(world.customer)
        #expect(history.first?.refunded == true)
    }

    @Test func theTimerCancelsAnUnconfirmedOrderAndConfirmingTooLateIsRefused() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        world.clock.advance(by: 4 * 60)
        #expect(try await world.engine.fireDueTimeouts().isEmpty)
        world.clock.advance(by: 60)
        #expect(try await world.engine.fireDueTimeouts() == [order])
        #expect(try await world.engine.orderState(order).cancellation?.by == .system)
        #expect(try await world.engine.fireDueTimeouts().isEmpty)
    }

    @Test func aLateConfirmationCancelsTheOrderOnTheSpot() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        world.clock.advance(by: 6 * 60)
        await #expect(throws: DeliveryError.refused(.confirmationWindowPassed(minutes: 5))) {
            try await world.engine.confirm(order, cookMinutes: 10, as: world.owner)
        }
        #expect(try await world.engine.orderState(order).status == .cancelled)
    }

    @Test func theWholeDeliveryAndTheReviewWindow() async throws {
        let world = try await TestWorld.make()
        let engine = world.engine
        let order = try await world.paidOrder()
        try await engine.confirm(order, as: world.owner)
        #expect(try await engine.orderState(order).cookMinutes == 20)
        #expect(try await engine.openJobs().map(\.id) == [order])
        try await engine.acceptJob(order, as: world.rider)
        await #expect(throws: DeliveryError.refused(.jobTaken)) { try await engine.acceptJob(order, as: world.otherRider) }
        try await engine.startDelivery(order, travelMinutes: 20, as: world.owner)
        try await engine.pickUp(order, as: world.rider)
        world.clock.advance(by: 10 * 60)
        let progress = try await engine.orderState(order).deliveryProgress(at: world.clock.now())
        #expect(progress == 0.5)
        try await engine.markDelivered(order, as: world.rider)
        await #expect(throws: DeliveryError.refused(.reviewTooEarly(opensInMinutes: 60))) {
            try await engine.review(order, rating: 5, text: "맛있어요", as: world.customer)
        }
        world.clock.advance(by: 3600)
        try await engine.review(order, rating: 5, text: "맛있어요", as: world.customer)
        try await engine.reply(to: order, text: "감사합니다", as: world.owner)
        let sales = try await engine.sales(of: world.store, as: world.owner)
        #expect(sales.deliveredOrders == 1)
        #expect(sales.revenue == 14_000)
        #expect(sales.averageRating == 5)
        #expect(try await engine.reviews(of: world.store).first?.replyText == "감사합니다")
        #expect(try await engine.riderJobs(world.rider, finished: true).count == 1)
    }

    @Test func busyModeLengthensTheDefaultCookingEstimate() async throws {
        let world = try await TestWorld.make()
        try await world.engine.setMode(.busy, of: world.store, as: world.owner)
        let order = try await world.paidOrder()
        try await world.engine.confirm(order, as: world.owner)
        #expect(try await world.engine.orderState(order).cookMinutes == 40)
    }

    @Test func customersSeeOnlyTheirOwnOrders() async throws {
        let world = try await TestWorld.make()
        let order = try await world.paidOrder()
        let stranger = try await world.engine.signUp(name: "이영희", role: .customer, password: "younghee-123")
        await #expect(throws: DeliveryError.refused(.notYourOrder)) {
            try await world.engine.orderState(order, as: stranger)
        }
        #expect(try await world.engine.history(stranger).isEmpty)
    }

    @Test func signInChecksTheSaltedHash() async throws {
        let world = try await TestWorld.make()
        #expect(try await world.engine.signIn(name: "김민수", password: "minsu-12345") == world.customer)
        await #expect(throws: DeliveryError.refused(.wrongPassword)) {
            try await world.engine.signIn(name: "김민수", password: "minsu-00000")
        }
        let stored = try await world.engine.account(named: "김민수").passwordHash
        #expect(stored.hasPrefix("scrypt$"))
        #expect(!stored.contains("minsu-12345"))
    }

    @Test func historyKeepsThreeMonthsNewestFirstCancelledIncluded() async throws {
        let world = try await TestWorld.make()
        let first = try await world.paidOrder()
        try await world.engine.cancel(first, as: world.customer)
        world.clock.advance(by: 3600)
        let second = try await world.paidOrder()
        #expect(try await world.engine.history(world.customer).map(\.id) == [second, first])
        world.clock.advance(by: 93 * 86_400)
        #expect(try await world.engine.history(world.customer).isEmpty)
    }

    @Test func storeSearchPutsFavouritesFirstAndFiltersByCategory() async throws {
        let world = try await TestWorld.make()
        let profile = StoreProfile(
            name: "가나분식", address: "서울", category: "분식", hours: .allDay, minimumOrder: 0,
            deliveryFee: 0, payoutAccount: "국민 1", businessNumber: "220-81-12341")
        let other = try await world.engine.registerStore(profile, as: world.owner)
        #expect(try await world.engine.stores(for: world.customer).map(\.store.name) == ["가나분식", "홍콩반점"])
        try await world.engine.favourite(world.store, as: world.customer)
        #expect(try await world.engine.stores(for: world.customer).map(\.store.name) == ["홍콩반점", "가나분식"])
        #expect(try await world.engine.stores(category: "분식").map(\.store.id) == [other])
        #expect(try await world.engine.stores(search: "홍콩").count == 1)
    }
}
