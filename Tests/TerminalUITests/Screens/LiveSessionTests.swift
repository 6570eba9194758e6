import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Two sessions on one database file, each with its own engine as two terminals would
/// have: what one does, the other shows on its next tick.
@Suite("Live sessions") @MainActor
struct LiveSessionTests {
    @Test func anOrderTravelsFromCustomerToOwnerAndBack() async throws {
        let world = try await ScreenWorld.seeded()
        let customer = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world, engine: try await world.secondEngine())
        #expect(owner.owner?.incoming.items.count == 1)

        // The customer orders 짬뽕 ×2 from 홍콩반점 and pays.
        await customer.press(.down, .enter, .character("j"), .enter, .enter, .character("c"), .enter)
        await customer.type("4242424242424242")
        await customer.press(.tab)
        await customer.type("12/30")
        await customer.press(.tab)
        await customer.type("123")
        await customer.press(.enter)
        #expect(customer.text.contains("주문 접수 대기") || customer.text.contains("가게 확인을 기다리는 중"))

        // One tick later the owner sees it, with a toast.
        await owner.tick()
        #expect(owner.owner?.incoming.items.count == 2)
        #expect(owner.text.contains("짬뽕 ×2"))
        #expect(owner.model.toast?.message.contains("새 주문 · 김민수") == true)

        // The owner confirms the new order with the default cooking time.
        let newest = owner.owner!.incoming.items.firstIndex { $0.summary == "짬뽕 ×2" }!
        for _ in 0..<newest { await owner.press(.character("j")) }
        await owner.press(.enter, .enter)
        #expect(owner.owner?.notice?.kind == .success)

        // The customer's tracking page moves on, with a notification.
        await customer.tick()
        #expect(customer.text.contains("조리 중"))
        #expect(customer.model.toast?.message.contains("주문을 확인했어요") == true)
        #expect(customer.text.contains("취소 불가 · 가게가 이미 주문을 확인해서"))

        // And cancelling now is refused, on screen.
        await customer.press(.character("x"))
        #expect(customer.text.contains("✗ 가게가 이미 주문을 확인해서 이제 취소할 수 없어요."))
        #expect(customer.customer?.notice == .refusal(RuleViolation.cancelAfterConfirmation.description))
    }

    @Test func anIdleSessionPaintsNothingUntilSomethingItShowsChanges() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        await owner.press(.character("4"))  // the menu: nothing on it moves with time
        _ = await owner.runtime.handle(.tick)
        #expect(await owner.runtime.handle(.tick) == .keep)
        #expect(await owner.runtime.handle(.tick) == .keep)

        // Someone else marks 짬뽕 sold out.
        let other = try await world.secondEngine()
        let park = try await other.signIn(name: "박사장", password: ScreenWorld.passwords["박사장"]!)
        let store = owner.owner!.currentStore!.id
        try await other.setSoldOut(owner.owner!.menu.items[1].id, in: store, true, as: park)
        guard case .render(let frame) = await owner.runtime.handle(.tick) else {
            Issue.record("the change was not painted")
            return
        }
        #expect(frame.grid.lines().contains { $0.contains("짬뽕") && $0.contains("품절") })
        #expect(await owner.runtime.handle(.tick) == .keep)
    }

    @Test func countdownsMoveWithTheTimerAndTheTimerCancelsLateOrders() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        #expect(owner.text.contains("3:00"))
        world.at("2026-11-25 12:01:15")
        guard case .render = await owner.runtime.handle(.tick) else {
            Issue.record("the countdown did not move")
            return
        }
        #expect(owner.text.contains("1:45"))
        world.at("2026-11-25 12:03:01")
        await owner.tick()
        await owner.tick()
        #expect(owner.owner?.incoming.isEmpty == true)
        #expect(owner.text.contains("새 주문을 기다리는 중"))
    }

    @Test func deliveryProgressMovesOnTheTimer() async throws {
        let world = try await ScreenWorld.seeded()
        let customer = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        await customer.press(.character("3"), .character("j"), .enter)
        #expect(customer.text.contains("53%"))
        world.at("2026-11-25 12:04")
        await customer.tick()
        #expect(customer.text.contains("80%"))
        #expect(customer.text.contains("3분 남음"))
    }

    @Test func resizingAtAnyMomentKeepsTheState() async throws {
        let world = try await ScreenWorld.seeded()
        let customer = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        await customer.press(.down, .enter, .enter)
        await customer.resize(TerminalSize(width: 79, height: 24))
        #expect(customer.text.contains("창이 너무 작아요"))
        await customer.press(.enter)  // unseen, so it adds nothing
        await customer.resize(TerminalSize(width: 132, height: 40))
        #expect(customer.frame.grid.width == 132)
        #expect(customer.text.contains("1/10"))
    }
}
