import DeliveryDomain
import DeliveryEngine
import Foundation
import Resilience
import Testing
@testable import TerminalUI

/// How sessions follow the payment worker's health report: judged when read, painted only when
/// what it says changes, and nothing at all without a gateway.
@Suite("Payment gateway health updates") @MainActor
struct GatewayHealthUpdateTests {
    static let now = ScreenWorld.now

    static func health(_ breaker: CircuitBreaker.State, pending: Int = 2, updatedSecondsAgo: TimeInterval = 1)
        -> PaymentGatewayHealth
    {
        PaymentGatewayHealth(
            breaker: breaker, since: now.addingTimeInterval(-65), pendingPayments: pending,
            updatedAt: now.addingTimeInterval(-updatedSecondsAgo))
    }

    // MARK: Judging a report

    @Test func aReportIsJudgedAtTheTimeItIsRead() {
        #expect(PaymentSystemStatus(nil, at: Self.now) == nil)
        #expect(PaymentSystemStatus(Self.health(.closed), at: Self.now) == .normal)
        #expect(PaymentSystemStatus(Self.health(.open), at: Self.now) == .blocked(since: Self.now.addingTimeInterval(-65), pending: 2))
        #expect(PaymentSystemStatus(Self.health(.halfOpen, pending: 0), at: Self.now) == .recovering(pending: 0))
        // Five heartbeats missed is the limit; past it, no worker is running.
        let limit = PaymentSystemStatus.staleAfter
        #expect(
            PaymentSystemStatus(Self.health(.open, updatedSecondsAgo: limit), at: Self.now)
                == .blocked(since: Self.now.addingTimeInterval(-65), pending: 2))
        #expect(PaymentSystemStatus(Self.health(.open, updatedSecondsAgo: limit + 0.5), at: Self.now) == .noWorker(pending: 2))
        #expect(PaymentSystemStatus(Self.health(.closed, pending: 4, updatedSecondsAgo: 60), at: Self.now) == .noWorker(pending: 4))
        // A worker that left with nothing waiting is no one's concern.
        #expect(PaymentSystemStatus(Self.health(.closed, pending: 0, updatedSecondsAgo: 60), at: Self.now) == nil)
    }

    // MARK: The owner

    @Test func theOwnersStatusLineFollowsEachReport() async throws {
        var (h, _) = try await RushUpdateTests().owner()
        h.send(.gatewayHealth(Self.health(.closed), readAt: Self.now))
        #expect(h.text.contains("결제 정상"))
        h.send(.gatewayHealth(Self.health(.open, pending: 3), readAt: Self.now))
        #expect(h.text.contains("결제 시스템 장애 · 차단 중 (since 11:58:55) · 결제 대기 3건"))
        h.send(.gatewayHealth(Self.health(.halfOpen, pending: 3), readAt: Self.now))
        #expect(h.text.contains("결제 시스템 복구 확인 중 · 결제 대기 3건"))
        #expect(!h.text.contains("차단 중"))
        h.send(.gatewayHealth(Self.health(.halfOpen, pending: 3), readAt: Self.now.addingTimeInterval(30)))
        #expect(h.text.contains("결제 처리기 없음 — 결제 대기 3건"))
        #expect(!h.text.contains("복구 확인 중"))
    }

    @Test func withoutAGatewayNothingIsSaid() async throws {
        let (loaded, session) = try await RushUpdateTests().owner()
        var h = loaded
        #expect(session.model.paymentSystem == nil)
        for text in ["결제 정상", "결제 시스템", "결제 처리기", "결제 대기"] { #expect(!h.text.contains(text)) }
        // A report, then none (the record gone with a fresh database): the line goes too.
        let before = h.text
        h.send(.gatewayHealth(Self.health(.open), readAt: Self.now))
        #expect(h.text != before)
        h.send(.gatewayHealth(nil, readAt: Self.now))
        #expect(h.model.paymentSystem == nil)
        #expect(h.text == before)
    }

    @Test func aReportSayingTheSameLeavesTheModelAlone() async throws {
        var (h, _) = try await RushUpdateTests().owner()
        h.send(.gatewayHealth(Self.health(.open, updatedSecondsAgo: 3), readAt: Self.now))
        let model = h.model
        // The heartbeat rewrote updatedAt; what the screen says has not changed.
        h.send(.gatewayHealth(Self.health(.open, updatedSecondsAgo: 1), readAt: Self.now.addingTimeInterval(1)))
        #expect(h.model == model)
    }

    // MARK: The customer

    @Test func aPendingPaymentIsExplainedOnlyWhileTheGatewayIsInterrupted() async throws {
        var (h, _) = try await RushUpdateTests().tracking { try await $0.pendingPayment() }
        let explanation = "결제 시스템이 잠시 멈췄어요"
        #expect(!h.text.contains(explanation))
        h.send(.gatewayHealth(Self.health(.open), readAt: Self.now))
        #expect(h.text.contains(explanation))
        h.send(.gatewayHealth(Self.health(.halfOpen), readAt: Self.now))
        #expect(h.text.contains(explanation))
        h.send(.gatewayHealth(Self.health(.closed), readAt: Self.now))
        #expect(!h.text.contains(explanation))
        h.send(.gatewayHealth(Self.health(.open, updatedSecondsAgo: 30), readAt: Self.now))
        #expect(!h.text.contains(explanation))
    }

    @Test func anOrderThatIsNotWaitingForItsPaymentIsNotExplained() async throws {
        var (h, _) = try await RushUpdateTests().tracking { try await $0.declinedPayment() }
        h.send(.gatewayHealth(Self.health(.open), readAt: Self.now))
        #expect(h.text.contains("결제 거절 · "))
        #expect(!h.text.contains("결제 시스템이 잠시 멈췄어요"))
    }

    @Test func theStoresListSaysOrdersAreTakenOnlyWhileTheBreakerIsOpen() async throws {
        var (h, _) = try await RushUpdateTests().tracking { _ in }
        h.press(.character("1"))
        let notice = "결제가 잠시 늦어지고 있어요"
        #expect(!h.text.contains(notice))
        h.send(.gatewayHealth(Self.health(.open), readAt: Self.now))
        #expect(h.text.contains(notice))
        #expect(h.text.contains("홍콩반점"))
        h.send(.gatewayHealth(Self.health(.halfOpen), readAt: Self.now))
        #expect(!h.text.contains(notice))
    }

    // MARK: The session reading the record

    @Test func aSessionReadsTheWorkersReportAndPaintsOnlyWhenItChanges() async throws {
        let world = try await ScreenWorld.seeded()
        // The stores list: nothing on it moves with the clock, so a paint is the report's doing.
        let customer = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        #expect(customer.model.paymentSystem == nil)
        _ = await customer.runtime.handle(.tick)
        #expect(await customer.runtime.handle(.tick) == .keep)

        // A worker in another process reports the breaker open: painted within a second.
        try await world.reportGatewayHealth(.open)
        world.at("2026-11-25 12:00:01")
        guard case .render(let frame) = await customer.runtime.handle(.tick) else {
            Issue.record("the breaker opening was not painted")
            return
        }
        #expect(frame.grid.lines().contains { $0.contains("결제가 잠시 늦어지고 있어요") })

        // Read again a second later, unchanged: nothing to paint.
        world.at("2026-11-25 12:00:02")
        #expect(await customer.runtime.handle(.tick) == .keep)

        // Half-open, reported at 12:00:03: the notice goes.
        try await world.reportGatewayHealth(.halfOpen, at: "2026-11-25 12:00:03")
        world.at("2026-11-25 12:00:03")
        guard case .render = await customer.runtime.handle(.tick) else {
            Issue.record("the breaker half-opening was not painted")
            return
        }
        #expect(!customer.text.contains("결제가 잠시 늦어지고 있어요"))
    }

    @Test func theOwnerIsToldWhenTheWorkerFallsSilent() async throws {
        let world = try await ScreenWorld.seeded()
        try await world.pendingPayment()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        try await world.reportGatewayHealth(.halfOpen)
        world.at("2026-11-25 12:00:01")
        await owner.tick()
        #expect(owner.text.contains("결제 시스템 복구 확인 중 · 결제 대기 1건"))
        world.at("2026-11-25 12:00:11")
        await owner.tick()
        #expect(owner.text.contains("결제 처리기 없음 — 결제 대기 1건"))
    }

    /// The report travels in the pulse, the one read a tick makes: the next tick shows it,
    /// however soon, and a steady report paints nothing more.
    @Test func theReportComesWithTheNextPulseAndASteadyOneRepaintsNothing() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        #expect(owner.model.paymentSystem == nil)
        try await world.reportGatewayHealth(.open)
        world.clock.set(ScreenWorld.now.addingTimeInterval(0.5))
        _ = await owner.runtime.handle(.tick)
        #expect(owner.model.paymentSystem != nil)
        world.clock.set(ScreenWorld.now.addingTimeInterval(0.6))
        #expect(await owner.runtime.handle(.tick) == .keep)
    }
}
