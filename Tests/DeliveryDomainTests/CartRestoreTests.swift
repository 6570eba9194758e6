import Foundation
import Testing

@testable import DeliveryDomain

/// Lines put back against the store as it is now, whether a cart the customer left or a past
/// order ordered again: the same rules in one place.
@Suite("Putting lines back in a cart")
struct CartRestoreTests {
    @Test func aPastOrderGoesBackAtTodaysPricesWithWhatCannotNamed() {
        let gone = MenuItemID("gunmandu")
        let restore = CartRestore(
            reordering: [
                OrderLine(item: Given.jjajang, name: "짜장면", unitPrice: 6_500, quantity: 8),
                OrderLine(item: gone, name: "군만두", unitPrice: 5_000, quantity: 1),
                OrderLine(item: Given.tangsuyuk, name: "탕수육", unitPrice: 18_000, quantity: 1),
                OrderLine(item: Given.jjambbong, name: "짬뽕", unitPrice: 8_000, quantity: 4),
            ], at: Given.store)
        // As many of a dish as the cart has room for: 8 짜장면, then 2 of the 4 짬뽕.
        #expect(restore.cart.lines.map(\.item) == [Given.jjajang, Given.jjambbong])
        #expect(restore.cart.itemCount == OrderLimits.maxItems)
        #expect(
            restore.dropped == [
                .init(name: "군만두", reason: .removedFromMenu), .init(name: "탕수육", reason: .soldOut),
            ])
        #expect(restore.repriced.isEmpty, "an order again is at today's prices, which the customer is told")
        #expect(restore.store != nil)
    }

    @Test func aSavedCartNamesEachPriceThatChanged() {
        let restore = CartRestore(
            lines: [CartLine(item: Given.jjajang, quantity: 2, quotedPrice: 6_500)], storeName: "홍콩반점",
            at: Given.store)
        #expect(restore.cart.itemCount == 2)
        #expect(restore.repriced == [.init(name: "짜장면", was: 6_500, now: 7_000)])
        #expect(restore.changed)
    }
}
