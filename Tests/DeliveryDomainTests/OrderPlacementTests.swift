import Foundation
import Testing

@testable import DeliveryDomain

@Suite("Placing an order")
struct OrderPlacementTests {
    func place(
        _ lines: [CartLine], store: StoreState = Given.store, by actor: Actor = Given.customer,
        at now: Date = Given.noon
    ) -> Result<[OrderEvent], RuleViolation> {
        when([], .place(Given.orderID, lines: lines, store: store, payment: nil, by: actor, now: now))
    }

    @Test func pricesTheLinesFromTheMenuAndAddsTheFee() throws {
        let events = try place([CartLine(item: Given.jjajang, quantity: 2)]).get()
        guard case .placed(let placed) = events.first else { Issue.record("no placed event"); return }
        #expect(placed.subtotal == 14_000)
        #expect(placed.total == 17_000)
        #expect(placed.lines.first?.name == "짜장면")
        #expect(placed.autoCancelMinutes == 5)
    }

    @Test func tenItemsAcrossLinesAreAllowed() {
        let lines = [CartLine(item: Given.jjajang, quantity: 3), CartLine(item: Given.jjambbong, quantity: 7)]
        #expect(place(lines).violation == nil)
    }

    @Test func elevenItemsAreRefused() {
        let lines = [CartLine(item: Given.jjajang, quantity: 4), CartLine(item: Given.jjambbong, quantity: 7)]
        #expect(place(lines).violation == .tooManyItems(count: 11))
        #expect(RuleViolation.tooManyItems(count: 11).text(in: .english) == "An order can hold at most 10 items, not 11.")
    }

    /// An order is placed at the price the customer was shown, or not at all.
    @Test func aLineQuotedAtAnotherPriceIsRefusedAndOneAtTheMenusPriceIsPlaced() throws {
        let changed = [CartLine(item: Given.jjajang, quantity: 2, quotedPrice: Won(6_000))]
        #expect(place(changed).violation == .priceChanged(item: "짜장면", quoted: Won(6_000), now: Won(7_000)))
        let quoted = [CartLine(item: Given.jjajang, quantity: 2, quotedPrice: Won(7_000))]
        #expect(place(quoted).violation == nil)
        // A sold-out dish is said first: its price no longer matters.
        let soldOut = [CartLine(item: Given.tangsuyuk, quantity: 1, quotedPrice: Won(1))]
        #expect(place(soldOut).violation == .soldOut("탕수육"))
    }

    @Test func emptyCartIsRefused() {
        #expect(place([]).violation == .emptyCart)
    }

    @Test(arguments: [0, -1, 11, 1_000_000])
    func absurdQuantitiesAreRefused(quantity: Int) {
        #expect(place([CartLine(item: Given.jjajang, quantity: quantity)]).violation == .invalidQuantity(quantity))
    }

    @Test func soldOutItemIsRefused() {
        let lines = [CartLine(item: Given.tangsuyuk, quantity: 1)]
        #expect(place(lines).violation == .soldOut("탕수육"))
    }

    @Test func unknownItemIsRefused() {
        #expect(place([CartLine(item: MenuItemID("pizza"), quantity: 1)]).violation == .unknownMenuItem("pizza"))
    }

    @Test func belowMinimumIsRefused() {
        #expect(
            place([CartLine(item: Given.jjajang, quantity: 1)]).violation
                == .belowMinimum(subtotal: 7_000, minimum: 12_000))
    }

    @Test func pausedStoreTakesNoOrders() {
        var store = Given.store
        store.mode = .paused
        #expect(
            place([CartLine(item: Given.jjajang, quantity: 2)], store: store).violation
                == .storePaused(name: "홍콩반점"))
    }

    @Test func busyStoreStillTakesOrdersWithALongerEstimate() {
        var store = Given.store
        store.mode = .busy
        #expect(place([CartLine(item: Given.jjajang, quantity: 2)], store: store).violation == nil)
        #expect(store.currentPrepMinutes == store.settings.prepMinutes + store.settings.busyExtraMinutes)
    }

    @Test func closedStoreTakesNoOrders() throws {
        var store = Given.store
        store.profile?.hours = try OpeningHours(parsing: "11:00-12:00")
        // 03:00 in Seoul is outside 11:00-12:00.
        let threeAM = ISO8601DateFormatter().date(from: "2026-11-18T03:00:00+09:00")!
        #expect(
            place([CartLine(item: Given.jjajang, quantity: 2)], store: store, at: threeAM).violation
                == .storeClosed(name: "홍콩반점", hours: "11:00-12:00"))
    }

    @Test func onlyCustomersOrder() {
        #expect(
            place([CartLine(item: Given.jjajang, quantity: 2)], by: Given.rider).violation
                == .wrongRole(expected: .customer, actual: .rider))
    }

    @Test func withACardThePaymentRequestIsRecordedInTheSameStep() throws {
        let events = try when(
            [],
            .place(
                Given.orderID, lines: [CartLine(item: Given.jjajang, quantity: 2)],
                store: Given.store, payment: PaymentRequestDraft(idempotencyKey: "k", card: Given.card),
                by: Given.customer, now: Given.noon)
        ).get()
        #expect(events.count == 2)
        guard case .paymentRequested(let request) = events.last else { Issue.record("no request"); return }
        #expect(request.amount == 17_000)
        #expect(request.card.last4 == "4242")
    }
}

@Suite("The cart")
struct CartTests {
    @Test func refusesASecondStoreInPlace() throws {
        var cart = Cart()
        let store = Given.store
        try cart.add(store.item(Given.jjajang)!, quantity: 1, from: store)
        var other = Given.store
        other.store = StoreID("other")
        other.profile?.name = "엽기떡볶이"
        #expect(throws: RuleViolation.secondStore(cartStore: "홍콩반점", otherStore: "엽기떡볶이")) {
            try cart.add(other.item(Given.jjajang)!, quantity: 1, from: other)
        }
        #expect(cart.itemCount == 1)
    }

    @Test func refusesTheEleventhItem() throws {
        var cart = Cart()
        let store = Given.store
        try cart.add(store.item(Given.jjajang)!, quantity: 3, from: store)
        try cart.add(store.item(Given.jjambbong)!, quantity: 7, from: store)
        #expect(throws: RuleViolation.tooManyItems(count: 11)) {
            try cart.add(store.item(Given.jjajang)!, quantity: 1, from: store)
        }
        #expect(cart.itemCount == 10)
    }

    @Test func forgetsTheStoreWhenEmptied() throws {
        var cart = Cart()
        let store = Given.store
        try cart.add(store.item(Given.jjajang)!, quantity: 2, from: store)
        cart.remove(Given.jjajang)
        #expect(cart.isEmpty)
        #expect(cart.store == nil)
    }
}
