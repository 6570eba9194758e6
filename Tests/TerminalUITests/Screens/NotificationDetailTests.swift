import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Enter on a notification reads it whole and marks it read; Enter on an owner's review
/// reads the review whole. Both were cut at the row's end before.
@Suite("Opening notifications and reviews") @MainActor
struct NotificationDetailTests {
    /// The inbox row of 홍콩반점's confirmation, the longest notice in the inbox.
    static func cutRow(_ inbox: InboxPage) -> Int {
        inbox.list.items.firstIndex { $0.message(in: .standard).hasPrefix("홍콩반점에서 주문을 확인했어요") }!
    }

    @Test func enterOpensTheWholeNotificationAndMarksItAloneRead() async throws {
        var h = try await UpdateHarness.signedIn("김민수", role: .customer, size: TerminalSize(width: 80, height: 24))
        h.press(.character("4"))
        let unread = h.customer.inbox.unread
        let row = Self.cutRow(h.customer.inbox)
        for _ in 0..<row { h.press(.down) }
        let entry = h.customer.inbox.list.items[row]
        #expect(h.text.contains("홍콩반점에서 주문을 확인했어요"))
        let effects = h.press(.enter)
        #expect(effects.sends == [.markNotificationRead(at: entry.position, by: h.customer.actor)])
        #expect(h.text.contains(entry.message(in: .standard)))  // whole, no ellipsis
        #expect(h.text.contains("주문  \(entry.orderId)"))
        #expect(h.customer.inbox.unread == unread - 1)
        #expect(h.customer.inbox.list.items[row].unread == false)
        #expect(h.customer.inbox.list.items.filter { $0.unread == true }.count == unread - 1)
        // Esc goes back to the list, where the dot is gone from that row only.
        h.press(.escape)
        #expect(h.customer.inbox.opened == nil)
        #expect(h.customer.screen == .inbox)
        let line = h.text.split(separator: "\n").first { $0.contains("홍콩반점에서 주문을") && $0.contains(entry.orderId.rawValue) }
        #expect(line?.contains("●") == false)
        // Opening it again sends nothing; Enter in the open notification goes to its order.
        #expect(h.press(.enter).sends.isEmpty)
        h.press(.enter)
        #expect(h.customer.screen == .tracking)
    }

    @Test func theOpenedNotificationIsReadInTheEngineToo() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: TerminalSize(width: 80, height: 24))
        await session.press(.character("4"))
        let before = session.customer!.inbox.unread
        let row = Self.cutRow(session.customer!.inbox)
        for _ in 0..<row { await session.press(.down) }
        let position = session.customer!.inbox.list.items[row].position
        await session.press(.enter)
        await session.press(.escape)
        await session.tick()
        let actor = session.customer!.actor
        #expect(try await world.engine.unreadCount(actor) == before - 1)
        #expect(try await world.engine.notifications(actor).first { $0.position == position }?.unread == false)
        #expect(session.customer!.inbox.unread == before - 1)
    }

    @Test(arguments: snapshotSizes)
    func openedNotification(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
        await session.press(.character("4"))
        for _ in 0..<Self.cutRow(session.customer!.inbox) { await session.press(.down) }
        await session.press(.enter)
        assertSnapshot(session.frame, named: "customer-notification-\(size.label)")
    }

    @Test func enterReadsAnOwnersReviewWholeAndRStillReplies() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner, after: [.character("6")])
        var owner = h.owner
        var review = owner.reviews.items[0]
        review.replyText = nil
        review.reviewText = "짜장면이 정말 맛있었어요. 면이 쫄깃하고 소스가 달지 않아서 좋았습니다. 배달도 빨랐고 포장도 깔끔했어요. 다음에도 꼭 시켜 먹을게요!"
        owner.reviews.replaceItems([review])
        h.owner = owner
        #expect(!h.text.contains("먹을게요!"))
        h.press(.enter)
        #expect(h.owner.openedReview != nil)
        #expect(h.text.contains("먹을게요!"))
        #expect(h.text.contains("아직 답글이 없어요"))
        h.press(.escape)
        #expect(h.owner.openedReview == nil)
        h.press(.enter, .character("r"))
        #expect(h.owner.openedReview == nil)
        h.type("감사합니다")
        #expect(h.press(.enter).sends == [.reply(review.id, text: "감사합니다", by: h.owner.actor)])
    }
}
