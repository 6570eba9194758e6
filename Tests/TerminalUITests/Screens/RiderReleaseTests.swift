import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// `x` on 내 배달 gives the job back, after a yes/no question: keys and effects first, then
/// the whole way through a real engine, as the rider, the customer and the owner see it.
@Suite("Rider gives a job back") @MainActor
struct RiderReleaseTests {
    func rider() async throws -> UpdateHarness {
        try await UpdateHarness.signedIn("정라이더", role: .rider, after: [.character("2")])
    }

    @Test func xAsksFirstAndYesSendsTheRelease() async throws {
        var h = try await rider()
        let job = try #require(h.rider.current.selectedItem)
        #expect(h.press(.character("x")).isEmpty)
        #expect(h.rider.prompt?.purpose == .releaseJob(job.id))
        #expect(h.text.contains("이 배차를 반납할까요? (\(job.orderId) · 홍콩반점)"))
        #expect(h.model.screen.isEditingText, "q answers nothing while the question is open")
        #expect(h.press(.character("y")).sends == [.releaseJob(job.id, by: h.rider.actor)])
        #expect(h.rider.prompt == nil)
    }

    @Test func noOrEscapeClosesTheQuestionAndSendsNothing() async throws {
        var h = try await rider()
        h.press(.character("x"))
        #expect(h.press(.character("n")).isEmpty)
        #expect(h.rider.prompt == nil)
        h.press(.character("x"))
        #expect(h.press(.escape).isEmpty)
        #expect(h.rider.prompt == nil)
        #expect(h.rider.section == .current)
    }

    @Test func theAnswerIsSaidOnTheNoticeLine() async throws {
        var h = try await rider()
        let job = try #require(h.rider.current.selectedItem)
        let release = Action.releaseJob(job.id, by: h.rider.actor)
        h.send(.sent(release, .failure(.refused(.releaseAfterPickUp(status: .pickedUp)))))
        #expect(h.notice?.kind == .refusal)
        #expect(h.notice?.text == "배차는 픽업 전에만 반납할 수 있어요. 지금 상태는 '픽업 완료'예요.")
        let refreshed = h.send(.sent(release, .success(.done)))
        #expect(h.notice?.kind == .success)
        #expect(h.notice?.text == "배달 \(KoreanParticle.object(job.orderId.rawValue)) 반납했어요. 다른 라이더가 맡을 수 있어요.")
        #expect(refreshed.fetches.contains(.openJobs))
    }

    @Test func withNoJobXSaysThereIsNone() async throws {
        var h = try await rider()
        h.rider.current.replaceItems([])
        #expect(h.press(.character("x")).isEmpty)
        #expect(h.rider.prompt == nil)
        #expect(h.notice?.kind == .refusal)
    }

    @Test func theHintBarListsTheKey() async throws {
        let h = try await rider()
        let hints = h.rider.currentJobHints()
        #expect(hints.contains(KeyHint(key: "x", .giveJobBack, in: .korean)))
        #expect(h.text.contains("x 배차 반납"), "in the footer at 80×24")
    }

    /// Picked up in another of the rider's sessions while the question was open: it closes,
    /// saying why, rather than wait for a `y` the engine would refuse.
    @Test func aQuestionOvertakenByAPickupCloses() async throws {
        var h = try await rider()
        var jobs = h.rider.current.items
        jobs[0].status = .cooking
        h.rider.current.replaceItems(jobs)
        h.press(.character("x"))
        #expect(h.rider.prompt != nil)
        jobs[0].status = .pickedUp
        h.send(.fetched(.riderJobs(h.rider.actor, finished: false), .success(.orders(jobs))))
        #expect(h.rider.prompt == nil)
        #expect(h.notice?.text == "배차는 픽업 전에만 반납할 수 있어요. 지금 상태는 '픽업 완료'예요.")
    }

    /// The whole way: the rider takes 이영희's cooking order, gives it back; it is an open job
    /// again, the customer's tracking says a rider is being found, and the owner is told.
    @Test func theWholeWayThroughTheEngine() async throws {
        let world = try await ScreenWorld.seeded()
        let owner = await SessionDriver.signedIn("박사장", role: .owner, in: world)
        let rider = await SessionDriver.signedIn("정라이더", role: .rider, in: world)
        let job = try #require(rider.rider?.open.items.first { $0.storeName == "홍콩반점" })
        let index = try #require(rider.rider?.open.items.firstIndex { $0.id == job.id })
        for _ in 0..<index { await rider.press(.character("j")) }
        await rider.press(.enter)
        #expect(rider.rider?.section == .current)
        #expect(try await world.engine.openJobs().contains { $0.id == job.id } == false)
        await owner.tick()

        // The selection stays on the job it was on; move it to the one just taken.
        for _ in 0..<3 where rider.rider?.current.selectedItem?.id != job.id { await rider.press(.character("k")) }
        #expect(rider.rider?.current.selectedItem?.id == job.id)
        await rider.press(.character("x"))
        #expect(rider.text.contains("이 배차를 반납할까요?"))
        await rider.press(.character("y"))

        #expect(rider.rider?.notice?.kind == .success)
        #expect(rider.rider?.current.items.contains { $0.id == job.id } == false)
        #expect(rider.rider?.open.items.contains { $0.id == job.id } == true)
        #expect(try await world.engine.openJobs().contains { $0.id == job.id })

        let younghee = try await world.engine.signIn(name: "이영희", password: ScreenWorld.passwords["이영희"]!)
        let newest = try #require(try await world.engine.notifications(younghee).first)
        #expect(newest.orderId == job.id && newest.notice == .riderReleased)

        await owner.tick()
        let told = "라이더 정라이더 님이 주문 \(job.orderId) 배차를 반납했어요"
        #expect(owner.owner?.notice?.text.hasPrefix(told) == true)
        #expect(owner.model.toast?.message.hasPrefix(told) == true)
    }

    @Test func theCustomersTrackingSaysARiderIsBeingFound() async throws {
        let world = try await ScreenWorld.seeded()
        let engine = world.engine
        let riderActor = Actor(account: AccountID("정라이더"), role: .rider)
        let job = try #require(try await engine.openJobs().first { $0.storeName == "홍콩반점" })
        try await engine.acceptJob(job.id, as: riderActor)
        try await engine.releaseJob(job.id, as: riderActor)

        let customer = await SessionDriver.signedIn("이영희", role: .customer, in: world)
        await customer.press(.character("3"))
        let orders = try #require(customer.customer?.orders.items)
        let row = try #require(orders.firstIndex { $0.id == job.id })
        for _ in 0..<row { await customer.press(.character("j")) }
        await customer.press(.enter)
        #expect(customer.text.contains("픽업") && customer.text.contains("라이더 배정 중"))
    }
}
