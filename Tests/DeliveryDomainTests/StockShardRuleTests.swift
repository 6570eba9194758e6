import DeliveryDomain
import Foundation
import Testing

/// A stock shard never goes below zero; a part reservation takes what the shard has left.
@Suite("Stock shard rules")
struct StockShardRuleTests {
    let now = Date(timeIntervalSince1970: 1_764_000_000)
    let item = MenuItemID("dish")

    func shard(stocked: Int) -> StockShardState {
        // Stocked through the decider itself, as the engine does.
        let events = (try? StockShardDecider.decide(.stock(item: item, quantity: stocked, shards: nil, now: now), StockShardState())) ?? []
        return StockShardDecider.fold(events)
    }

    @Test func aPartReservationTakesWhatIsLeftAndNoMore() throws {
        let events = try StockShardDecider.decide(
            .reservePart(order: OrderID("a"), upTo: 5, itemName: "한정판", now: now),
            shard(stocked: 3))
        guard case .reserved(let reserved)? = events.first, events.count == 1 else {
            Issue.record("expected one reservation, got \(events)")
            return
        }
        #expect(reserved.order == OrderID("a") && reserved.quantity == 3)
        let after = events.reduce(shard(stocked: 3), StockShardDecider.evolve)
        #expect(after.remaining == 0)
    }

    @Test func anEmptyShardRefusesAPartReservation() {
        #expect(throws: RuleViolation.soldOut("한정판")) {
            try StockShardDecider.decide(.reservePart(order: OrderID("a"), upTo: 1, itemName: "한정판", now: now), shard(stocked: 0))
        }
    }

    @Test func aRepeatedPartReservationChangesNothing() throws {
        let first = try StockShardDecider.decide(
            .reservePart(order: OrderID("a"), upTo: 2, itemName: "한정판", now: now),
            shard(stocked: 3))
        let state = first.reduce(shard(stocked: 3), StockShardDecider.evolve)
        #expect(try StockShardDecider.decide(.reservePart(order: OrderID("a"), upTo: 2, itemName: "한정판", now: now), state).isEmpty)
    }
}
