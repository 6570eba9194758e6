import DeliveryDomain
import Foundation
import Testing
@testable import DeliveryBench

/// The benchmark plans a log's size from each story's event count; the deciders decide what is
/// actually written. The two must agree, or "a log of a million events" would be some other size.
@Suite("The benchmark's order stories")
struct OrderStoryTests {
    @Test(arguments: OrderStory.allCases)
    func eachStoryWritesTheEventsItPlansFor(story: OrderStory) throws {
        let start = Date(timeIntervalSince1970: 1_764_000_000)
        let cast = try HistoryCast(startingAt: start, customers: 3, riders: 2)
        let number = (0..<10).first { OrderStory.of(orderNumber: $0) == story }!
        let requests = try story.play(
            order: HistoryCast.orderID(number), cast: cast.cast(forOrder: number),
            placedAt: start.addingTimeInterval(3_600), lines: cast.lines(forOrder: number))
        #expect(requests.reduce(0) { $0 + $1.events.count } == story.eventCount)
    }

    @Test func historicalOrderIDsAreDistinctAndNeverLookDrawn() {
        let ids = (0..<5_000).map { HistoryCast.orderID($0).rawValue }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("H") && $0.count == 8 })
    }
}
