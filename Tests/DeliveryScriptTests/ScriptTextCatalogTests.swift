import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import Testing

/// The transcript's part of the message catalog: every line `baedal run` prints is worded in
/// Korean and in English, and no key lacks an example here.
@Suite("Message catalog: the transcript")
struct ScriptTextCatalogTests {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)

    static let examples: [ScriptText] = [
        .clockSet(noon), .clockAdvanced(noon, autoCancelled: ["@a"]), .signedUp(name: "minji", role: .customer),
        .signedIn(name: "minji"), .actingAs(name: "minji", role: .rider), .registeredStore(name: "BBQ", id: "S1"),
        .storeMode(store: "BBQ", mode: .busy), .storeHours(store: "BBQ", hours: "10:00-22:00"), .autoCancel(store: "BBQ", minutes: 5),
        .kitchenCapacity(store: "BBQ", capacity: 3), .ordersPerMinute(store: "BBQ", rate: nil),
        .menuItemAdded(name: "pizza", price: Won(12_000), store: "BBQ"), .menuItemEdited(name: "pizza", store: "BBQ"),
        .menuItemRemoved(name: "pizza", store: "BBQ"), .storeDetailsUpdated(store: "BBQ"),
        .soldOut(name: "pizza", soldOut: true), .cartAdded(items: 1, store: "BBQ"), .cartRemoved(items: 0),
        .cartShown(items: 0, store: ""), .cartEmptied,
        .orderPlaced(order: "@a", store: "BBQ", total: Won(15_000), to: "1 Sillim-ro, #101", payment: .paid(paymentID: "P1")),
        .addressSaved(address: "1 Sillim-ro", isDefault: true), .addressRemoved("1 Sillim-ro"), .defaultAddress("1 Sillim-ro"),
        .cardForgotten("4242"), .passwordChanged,
        .addressCount(addresses: 2, cards: 1), .pickUp(store: "BBQ", address: "2 Sillim-ro"),
        .deliverTo(address: "1 Sillim-ro", note: "at the door"),
        .payment(order: "@a", .declined(reason: "card declined")), .payment(order: "@a", .processorFailed),
        .cancelled(order: "@a", refund: Won(15_000)),
        .rejected(order: "@a", reason: "no rice", refund: nil), .confirmed(order: "@a", readyAt: "12:20"),
        .deliveryStarted(order: "@a", minutes: 15), .accepted(order: "@a", rider: "rider1"),
        .released(order: "@a", rider: "rider1"), .pickedUp(order: "@a"),
        .delivered(order: "@a"), .reviewed(order: "@a", rating: 5), .replied(order: "@a"), .favourite(store: "BBQ"),
        .unfavourite(store: "BBQ"), .notificationsRead, .letIntoKitchen(orders: ["@a"]), .refused("No."),
        .storeCount(2),
        .storeLine(
            favourite: true, name: "BBQ", category: "chicken", availability: "closed", opens: NextOpening(clock: "10:30", isTomorrow: true),
            minimum: Won(0), fee: Won(0), rating: nil, dishes: ["jjajangmyeon"]),
        .menuCount(3), .menuLine(name: "pizza", price: Won(12_000), soldOut: true), .orderStatus(order: "@a", .cooking),
        .orderLine(order: "@a", placedAt: "11-25 12:00", store: "BBQ", summary: "pizza", total: Won(12_000), status: .delivered),
        .timelineCount(order: "@a", 4), .timelineLine(at: "11-25 12:00", type: "placed", actor: "minji"), .historyCount(1),
        .notificationCount(2), .incomingCount(0), .inProgressCount(1), .openJobCount(2), .jobsInHand(1),
        .sales(store: "BBQ", delivered: 3, revenue: Won(45_000), rating: 4.5, reviews: 2), .reviewCount(2),
        .pastOrderCount(50, older: true), .pastOrderCount(2, older: false),
        .pastOrderLine(order: "@a", placedAt: "11-25 12:00", summary: "pizza ×1", total: Won(12_000), outcome: .cancelledUnpaid),
        .expectedRefusalGotSuccess, .expectedRefusalMentioning(fragment: "x", got: "No."), .refusedAsExpected,
        .expectedSuccessGotRefusal("No."), .ok, .statusIs(order: "@a", .cooking),
        .expectedStatus(order: "@a", expected: .cooking, actual: .delivered), .countIs(3, .history),
        .expectedCount(3, .jobs, found: 2), .paymentIs("paid"), .expectedPayment("paid", was: "declined"),
        .refusalNotExpected(line: 3), .failedExpectation(line: 4, "x"), .summary(commands: 5, expectations: 2, failed: 0),
        .noOneSignedIn, .unknownLabel("a"), .notSignedInHere(name: "nobody"),
    ]

    @Test func everyKeyHasAnExample() {
        let covered = Set(Self.examples.map(\.key))
        #expect(ScriptText.Key.allCases.filter { !covered.contains($0) }.isEmpty)
    }

    @Test(arguments: examples)
    func everyLineIsWordedInEveryLanguage(_ text: ScriptText) {
        let korean = text.text(in: .korean)
        let english = text.text(in: .english)
        #expect(!korean.isEmpty && !english.isEmpty && korean != english, "\(text.key)")
        #expect(Self.hasHangul(korean), "\(text.key) has no Korean words: \(korean)")
        #expect(!Self.hasHangul(english), "\(text.key) has Korean words in English: \(english)")
    }

    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }
}
