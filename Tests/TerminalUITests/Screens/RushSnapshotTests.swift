import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The screens of a payment outage and an event day: a payment the card processor has not
/// answered, a declined card, an order given up at the payment limit, a customer's place in
/// a full kitchen's queue, and the owner's queue, capacity and store registration.
@Suite("Payment and queue screens") @MainActor
struct RushSnapshotTests {
    func customer(_ size: TerminalSize, _ setUp: (ScreenWorld) async throws -> Void) async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        try await setUp(world)
        return await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
    }

    func owner(_ size: TerminalSize, name: String = "박사장", _ setUp: (ScreenWorld) async throws -> Void = { _ in })
        async throws -> SessionDriver
    {
        let world = try await ScreenWorld.seeded()
        try await setUp(world)
        return await SessionDriver.signedIn(name, role: .owner, in: world, size: size)
    }

    // MARK: Customer

    @Test(arguments: snapshotSizes)
    func paymentPending(size: TerminalSize) async throws {
        let session = try await customer(size) { try await $0.pendingPayment() }
        await session.press(.character("3"), .enter)
        session.world.at("2026-11-25 12:02:15")
        await session.tick()
        #expect(!session.text.contains("가게 확인을 기다리는"))
        assertSnapshot(session.frame, named: "customer-tracking-payment-pending-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func paymentDeclined(size: TerminalSize) async throws {
        let session = try await customer(size) { try await $0.declinedPayment() }
        await session.press(.character("3"), .enter)
        assertSnapshot(session.frame, named: "customer-tracking-payment-declined-\(size.label)")
    }

    /// The processor failed, not the card: said as such, with nothing charged, never as a decline.
    @Test(arguments: snapshotSizes)
    func paymentFailed(size: TerminalSize) async throws {
        let session = try await customer(size) { try await $0.failedPayment() }
        await session.press(.character("3"), .enter)
        #expect(session.text.contains("결제 시스템 오류로 결제되지 않았어요"))
        #expect(session.text.contains("청구된 금액은 없어요"))
        for word in ["거절", "502", "HTTP", "declin"] { #expect(!session.text.contains(word), "\(word)") }
        assertSnapshot(session.frame, named: "customer-tracking-payment-failed-\(size.label)")
    }

    @Test func paymentFailedInEnglish() async throws {
        let world = try await ScreenWorld.seeded()
        try await world.failedPayment()
        let session = await SessionDriver.signedIn(
            "김민수", role: .customer, in: world, size: TerminalSize(width: 80, height: 24), language: .english)
        await session.press(.character("3"))
        #expect(session.text.contains("payment failed"))
        await session.press(.enter)
        #expect(session.text.contains("The payment system failed; nothing was charged. Try again."))
        #expect(session.text.contains("p pay again"))
        for word in ["declin", "Declin", "502", "HTTP"] { #expect(!session.text.contains(word), "\(word)") }
    }

    @Test(arguments: snapshotSizes)
    func payingAgainAfterADecline(size: TerminalSize) async throws {
        let session = try await customer(size) { try await $0.declinedPayment() }
        await session.press(.character("3"), .enter, .character("p"))
        await session.type("5555555555554444")
        assertSnapshot(session.frame, named: "customer-pay-again-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func cancelledAtThePaymentLimit(size: TerminalSize) async throws {
        var order: OrderID?
        let session = try await customer(size) { order = try await $0.expiredPayment() }
        await session.press(.character("3"))
        let index = session.customer!.orders.items.firstIndex { $0.id == order }!
        for _ in 0..<index { await session.press(.character("j")) }
        await session.press(.enter)
        assertSnapshot(session.frame, named: "customer-tracking-payment-expired-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func placeInTheQueue(size: TerminalSize) async throws {
        let session = try await customer(size) { try await $0.queuedOrders() }
        await session.press(.character("3"), .enter)
        assertSnapshot(session.frame, named: "customer-tracking-queued-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func leavingTheQueueAsksFirstWithTheRefund(size: TerminalSize) async throws {
        let session = try await customer(size) { try await $0.queuedOrders() }
        await session.press(.character("3"), .enter, .character("x"))
        assertSnapshot(session.frame, named: "customer-leave-queue-\(size.label)")
    }

    // MARK: Owner

    @Test(arguments: snapshotSizes)
    func incomingWithTheQueue(size: TerminalSize) async throws {
        let session = try await owner(size) { try await $0.queuedOrders() }
        assertSnapshot(session.frame, named: "owner-incoming-queue-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func kitchenCapacityOutOfRangeIsRefusedInThePrompt(size: TerminalSize) async throws {
        let session = try await owner(size) { try await $0.queuedOrders() }
        await session.press(.character("3"), .character("k"), .backspace)
        await session.type("0")
        await session.press(.enter)
        assertSnapshot(session.frame, named: "owner-capacity-refused-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func registrationFormWithKorean(size: TerminalSize) async throws {
        let session = try await owner(size, name: "새사장")
        await session.type("새로반점")
        await session.press(.tab)
        await session.type("서울 중구 을지로 12")
        await session.press(.tab)
        await session.type("중식")
        assertSnapshot(session.frame, named: "owner-register-typing-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func registrationRefusalsNextToTheirFields(size: TerminalSize) async throws {
        let session = try await owner(size, name: "새사장")
        await fillRegistration(session, business: "123-45-67890", payout: "국민은행")
        await session.press(.enter)
        assertSnapshot(session.frame, named: "owner-register-refused-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func registeredStoreOpensOnItsEmptyMenu(size: TerminalSize) async throws {
        let session = try await owner(size, name: "새사장")
        await fillRegistration(session)
        await session.press(.enter)
        assertSnapshot(session.frame, named: "owner-registered-\(size.label)")
    }

    func fillRegistration(
        _ session: SessionDriver, business: String = "123-45-67891",
        payout: String = "국민 123-456-789012"
    ) async {
        for (index, text) in ["새로반점", "서울 중구 을지로 12", "중식", "11:00-21:00", "15000", "2000", payout, business].enumerated() {
            if index > 0 { await session.press(.tab) }
            await session.type(text)
        }
    }
}
