import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The two bugs that came from rules restated on the screens, each pinned where a person saw
/// it. The screens now ask the domain (``CustomerCancellation``, ``DeliveryProgress``,
/// ``PlacementRule``) instead.
@Suite("Screens ask the domain's rules") @MainActor
struct OrderRuleScreenTests {
    /// Before, the tracking page listed "delivered" among the statuses that say 취소 불가.
    @Test func aDeliveredOrderDoesNotSayItCannotBeCancelled() async throws {
        let world = try await ScreenWorld.seeded()
        let customer = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        await customer.press(.character("3"))
        let items = try #require(customer.customer?.orders.items)
        let delivered = try #require(items.firstIndex { $0.orderStatus == .delivered && $0.reviewedAt == nil })
        for _ in 0..<delivered { await customer.press(.character("j")) }
        await customer.press(.enter)
        #expect(customer.text.contains("배달 완료 · 리뷰는"))
        #expect(!customer.text.contains("취소 불가"))
        #expect(!customer.text.contains("주문 취소"))
    }

    /// Before, the rider's screen said only "not picked up yet" once delivery started, with no
    /// arrival time and no moving bar, while the customer and the store watched the journey.
    @Test func theRidersScreenFollowsTheJourneyFromTheStartOfDelivery() async throws {
        let world = try await ScreenWorld.seeded()
        let engine = world.engine
        let owner = Actor(account: AccountID("박사장"), role: .owner)
        let riderActor = Actor(account: AccountID("정라이더"), role: .rider)
        let job = try #require(try await engine.openJobs().first { $0.storeName == "홍콩반점" })
        try await engine.acceptJob(job.id, as: riderActor)
        try await engine.startDelivery(job.id, travelMinutes: 20, as: owner)  // 12:00, arriving 12:20

        let rider = await SessionDriver.signedIn("정라이더", role: .rider, in: world)
        await rider.press(.character("2"))
        let current = try #require(rider.rider?.current.items)
        let index = try #require(current.firstIndex { $0.id == job.id })
        for _ in 0..<index { await rider.press(.character("j")) }
        #expect(rider.text.contains("12:20 도착 예정"))
        #expect(rider.text.contains("음식을 받으면 p"))
        #expect(rider.text.contains("가게에서 받으면 p를 누르세요"))
        #expect(rider.rider?.showsMovingTime == true)
        #expect(rider.model.screen.clockResolution(at: ScreenWorld.now) == 1)
    }
}
