@testable import DeliveryDomain
import Foundation
import Testing

@testable import DeliveryEngine

/// Opening a notification marks it read, and only it, in the read models every session reads.
@Suite("Opening one notification")
struct NotificationOpeningTests {
    @Test func openingOneLeavesTheOthersUnread() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let notes = try await world.engine.notifications(world.customer)
        try #require(notes.count == 2 && notes.allSatisfy { $0.unread == true })
        try await world.engine.markNotificationRead(at: notes[1].position, as: world.customer)
        let after = try await world.engine.notifications(world.customer)
        #expect(after.map(\.unread) == [true, false])
        #expect(after[1].openedAt == TestWorld.noon)
        #expect(try await world.engine.unreadCount(world.customer) == 1)
        // Opening it again changes nothing, and reading all still reads the rest.
        try await world.engine.markNotificationRead(at: notes[1].position, as: world.customer)
        try await world.engine.markNotificationsRead(as: world.customer)
        #expect(try await world.engine.unreadCount(world.customer) == 0)
        #expect(try await world.engine.notifications(world.customer).allSatisfy { $0.unread == false })
    }

    @Test func aPositionThatIsNotTheCustomersIsRefusedAndRecordsNothing() async throws {
        let world = try await TestWorld.make()
        _ = try await world.paidOrder()
        let notes = try await world.engine.notifications(world.customer)
        let other = try await world.engine.signUp(name: "이영희", role: .customer, password: "younghee-123")
        await #expect(throws: DeliveryError.refused(.unknownNotification(position: notes[0].position))) {
            try await world.engine.markNotificationRead(at: notes[0].position, as: other)
        }
        await #expect(throws: DeliveryError.refused(.unknownNotification(position: 999_999))) {
            try await world.engine.markNotificationRead(at: 999_999, as: world.customer)
        }
        #expect(try await world.engine.unreadCount(world.customer) == 2)
    }

    @Test func theNewEventIsStoredUnderItsOwnNameAndReadBack() throws {
        let event = AccountEvent.notificationOpened(.init(position: 42, at: TestWorld.noon))
        #expect(event.storedType == "NotificationOpened")
        let codec = EventCodec()
        let payload = try event.encodedPayload(codec.encoder())
        #expect(String(decoding: payload, as: UTF8.self) == #"{"at":\#(Int(TestWorld.noon.timeIntervalSince1970 * 1000)),"position":42}"#)
        #expect(try AccountEvent.decode(type: "NotificationOpened", payload: payload, codec.decoder()) == event)
        // Events written before it still read as they did.
        let old = Data(#"{"at":1000,"upToPosition":7}"#.utf8)
        #expect(
            try AccountEvent.decode(type: "NotificationsRead", payload: old, codec.decoder())
                == .notificationsRead(.init(upToPosition: 7, at: Date(timeIntervalSince1970: 1))))
    }
}
