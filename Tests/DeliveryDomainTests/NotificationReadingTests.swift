import Foundation
import Testing

@testable import DeliveryDomain

/// Opening one notification reads it alone; "read all" still moves one mark past everything.
@Suite("Reading notifications")
struct NotificationReadingTests {
    static let signedUp: [AccountEvent] = [
        .signedUp(.init(account: Given.customer.account, name: "김민수", role: .customer, passwordHash: "h", at: Given.noon))
    ]

    static func open(_ position: Int64, by actor: Actor = Given.customer) -> AccountCommand {
        .markNotificationRead(position: position, by: actor, now: Given.noon)
    }

    @Test func openingANotificationReadsItAlone() throws {
        let state = AccountDecider.fold(Self.signedUp)
        let events = try AccountDecider.decide(Self.open(12), state)
        #expect(events == [.notificationOpened(.init(position: 12, at: Given.noon))])
        let after = AccountDecider.fold(Self.signedUp + events)
        #expect(after.hasRead(notificationAt: 12))
        #expect(!after.hasRead(notificationAt: 11))
        #expect(!after.hasRead(notificationAt: 13))
        #expect(after.notificationsReadUpTo == 0)
    }

    @Test func openingOneAgainOrOneAlreadyReadRecordsNothing() throws {
        let opened = Self.signedUp + [.notificationOpened(.init(position: 12, at: Given.noon))]
        #expect(try AccountDecider.decide(Self.open(12), AccountDecider.fold(opened)).isEmpty)
        let readAll = Self.signedUp + [.notificationsRead(.init(upToPosition: 20, at: Given.noon))]
        #expect(try AccountDecider.decide(Self.open(15), AccountDecider.fold(readAll)).isEmpty)
        #expect(try AccountDecider.decide(Self.open(21), AccountDecider.fold(readAll)).count == 1)
    }

    @Test func readingAllStillWorksAndForgetsTheOnesItPasses() throws {
        let history =
            Self.signedUp + [
                .notificationOpened(.init(position: 12, at: Given.noon)),
                .notificationOpened(.init(position: 30, at: Given.noon)),
            ]
        let events = try AccountDecider.decide(
            .markNotificationsRead(upToPosition: 20, by: Given.customer, now: Given.noon), AccountDecider.fold(history))
        #expect(events == [.notificationsRead(.init(upToPosition: 20, at: Given.noon))])
        let after = AccountDecider.fold(history + events)
        #expect(after.notificationsOpened == [30])
        #expect(after.hasRead(notificationAt: 19) && after.hasRead(notificationAt: 30) && !after.hasRead(notificationAt: 25))
    }

    @Test func onlyTheAccountItselfOpensItsNotifications() {
        #expect(throws: RuleViolation.notYourOrder) {
            try AccountDecider.decide(Self.open(12, by: Given.otherCustomer), AccountDecider.fold(Self.signedUp))
        }
    }
}
