import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import Testing

/// An owner looks up the store's finished orders: newest first, a page at a time, only their
/// own store's, and never where the food went.
@Suite struct PastOrdersQueryTests {
    static let home = DeliveryAddress(address: "서울 관악구 신림로 1, 101호", note: "010-1234-5678로 전화 주세요")

    /// An order of two jjajangmyeon to ``home``, paid unless `card` is nil, placed `minutes` after noon.
    func place(_ world: TestWorld, at minutes: Double, card: CardDetails? = TestWorld.goodCard) async throws -> OrderID {
        world.clock.set(TestWorld.noon.addingTimeInterval(minutes * 60))
        return try await world.engine.placeOrder(try await world.cart(), card: card, deliverTo: Self.home, as: world.customer).order
    }

    func deliver(_ order: OrderID, in world: TestWorld) async throws {
        try await world.engine.confirm(order, cookMinutes: 10, as: world.owner)
        try await world.engine.acceptJob(order, as: world.rider)
        try await world.engine.startDelivery(order, travelMinutes: 10, as: world.owner)
        try await world.engine.pickUp(order, as: world.rider)
        try await world.engine.markDelivered(order, as: world.rider)
    }

    @Test func theStoresFinishedOrdersNewestFirstWithHowEachEnded() async throws {
        let world = try await TestWorld.make()
        let delivered = try await place(world, at: 0)
        try await deliver(delivered, in: world)
        let cancelled = try await place(world, at: 1)
        try await world.engine.cancel(cancelled, reason: "잘못 주문했어요", as: world.customer)
        let rejected = try await place(world, at: 2)
        try await world.engine.reject(rejected, reason: "재료가 떨어졌어요", as: world.owner)
        let unpaid = try await place(world, at: 3, card: nil)
        try await world.engine.cancel(unpaid, as: world.customer)
        _ = try await place(world, at: 4)  // still waiting for the store: not past

        let page = try await world.engine.pastOrders(of: world.store, as: world.owner)
        #expect(page.orders.map(\.order) == [unpaid, rejected, cancelled, delivered])
        #expect(page.orders.map(\.outcome) == [.cancelledUnpaid, .rejected, .cancelled, .delivered])
        #expect(page.hasOlder == false && page.nextCursor == nil)
        let first = try #require(page.orders.last)
        #expect(first.summary == "짜장면 ×2")
        #expect(first.total == 17_000)
        #expect(first.customer == world.customer.account)
        #expect(first.placedAt == TestWorld.noon)
        #expect(!String(describing: page).contains("신림로") && !String(describing: page).contains("010-"))
    }

    @Test func olderOrdersComeAPageAtATimeByCursor() async throws {
        let world = try await TestWorld.make()
        var orders: [OrderID] = []
        for minutes in [0.0, 1, 2, 2, 3] {  // two at the same instant: the id decides between them
            let order = try await place(world, at: minutes)
            try await world.engine.cancel(order, as: world.customer)
            orders.append(order)
        }
        let sameInstant = orders[2...3].sorted(by: >)
        let newestFirst = [orders[4]] + sameInstant + [orders[1], orders[0]]

        var read: [OrderID] = []
        var cursor: PastOrdersCursor?
        var pages = 0
        repeat {
            let page = try await world.engine.pastOrders(of: world.store, as: world.owner, after: cursor, limit: 2)
            #expect(page.orders.count <= 2)
            read += page.orders.map(\.order)
            cursor = page.nextCursor
            pages += 1
        } while cursor != nil && pages < 10
        #expect(read == newestFirst)
        #expect(pages == 3)
    }

    @Test func onlyTheStoresOwnerMayLookAndNeverAtTheAddress() async throws {
        let world = try await TestWorld.make()
        let order = try await place(world, at: 0)
        try await deliver(order, in: world)
        let otherOwner = try await world.engine.signUp(name: "김떡볶", role: .owner, password: "tteok-12345")
        let otherStore = try await world.engine.registerStore(
            StoreProfile(
                name: "엽기떡볶이", address: "서울 동대문구 왕산로 12", category: "분식", hours: .allDay, minimumOrder: 14_000,
                deliveryFee: 2_500, payoutAccount: "신한 110-234", businessNumber: "220-81-12341"), as: otherOwner)

        await #expect(throws: DeliveryError.refused(.notYourStore)) {
            try await world.engine.pastOrders(of: world.store, as: otherOwner)
        }
        await #expect(throws: DeliveryError.refused(.notYourStore)) {
            try await world.engine.pastOrders(of: otherStore, as: world.owner)
        }
        await #expect(throws: DeliveryError.refused(.wrongRole(expected: .owner, actual: .customer))) {
            try await world.engine.pastOrders(of: world.store, as: world.customer)
        }
        await #expect(throws: DeliveryError.refused(.notYourStore)) {
            try await world.engine.pastOrder(order, as: otherOwner)
        }
        await #expect(throws: DeliveryError.refused(.wrongRole(expected: .owner, actual: .rider))) {
            try await world.engine.pastOrder(order, as: world.rider)
        }
        #expect(try await world.engine.pastOrders(of: otherStore, as: otherOwner).orders.isEmpty)

        let detail = try await world.engine.pastOrder(order, as: world.owner)
        #expect(!String(describing: detail).contains("신림로") && !String(describing: detail).contains("010-"))
    }

    @Test func theDetailHasTheLinesTheTimesTheRiderAndHowItEnded() async throws {
        let world = try await TestWorld.make()
        let delivered = try await place(world, at: 0)
        world.clock.set(TestWorld.noon.addingTimeInterval(120))
        try await deliver(delivered, in: world)
        let detail = try await world.engine.pastOrder(delivered, as: world.owner)
        #expect(detail.lines.map(\.name) == ["짜장면"] && detail.lines.map(\.quantity) == [2])
        #expect(detail.lines.map(\.unitPrice) == [7_000])
        #expect(detail.subtotal == 14_000 && detail.deliveryFee == 3_000 && detail.total == 17_000)
        #expect(detail.placedAt == TestWorld.noon)
        #expect(detail.confirmedAt == TestWorld.noon.addingTimeInterval(120))
        #expect(detail.deliveredAt == TestWorld.noon.addingTimeInterval(120))
        #expect(detail.stoppedAt == nil && detail.refunded == nil)
        #expect(detail.ending == .delivered)
        #expect(detail.customerName == "김민수" && detail.riderName == "정라이더")

        let cancelled = try await place(world, at: 10)
        try await world.engine.cancel(cancelled, reason: "잘못 주문했어요", as: world.customer)
        let cancelledDetail = try await world.engine.pastOrder(cancelled, as: world.owner)
        #expect(cancelledDetail.ending == .cancelledByCustomer(reason: "잘못 주문했어요", paid: true))
        #expect(cancelledDetail.refunded == 17_000)
        #expect(cancelledDetail.stoppedAt == TestWorld.noon.addingTimeInterval(600))
        #expect(cancelledDetail.riderName == nil)

        let noReason = try await place(world, at: 11, card: nil)
        try await world.engine.cancel(noReason, as: world.customer)
        #expect(try await world.engine.pastOrder(noReason, as: world.owner).ending == .cancelledByCustomer(reason: nil, paid: false))

        let rejected = try await place(world, at: 12)
        try await world.engine.reject(rejected, reason: "재료가 떨어졌어요", as: world.owner)
        #expect(try await world.engine.pastOrder(rejected, as: world.owner).ending == .rejected(reason: "재료가 떨어졌어요"))

        let ignored = try await place(world, at: 13)
        world.clock.advance(by: 3 * 3600)
        _ = try await world.engine.fireDueTimeouts()
        let ignoredDetail = try await world.engine.pastOrder(ignored, as: world.owner)
        guard case .notConfirmedInTime(let minutes) = ignoredDetail.ending else {
            Issue.record("expected an automatic cancellation, got \(ignoredDetail.ending)")
            return
        }
        #expect(minutes > 0)
        #expect(ignoredDetail.refunded == 17_000)
    }

    @Test func anOrderThatFinishesJoinsTheTopOfTheList() async throws {
        let world = try await TestWorld.make()
        let older = try await place(world, at: 0)
        try await world.engine.cancel(older, as: world.customer)
        let underWay = try await place(world, at: 5)
        #expect(try await world.engine.pastOrders(of: world.store, as: world.owner).orders.map(\.order) == [older])
        try await deliver(underWay, in: world)
        #expect(try await world.engine.pastOrders(of: world.store, as: world.owner).orders.map(\.order) == [underWay, older])
    }
}
