import Foundation
import Testing

@testable import DeliveryDomain
@testable import DeliveryEngine

/// The order's read-model row as a pure fold: tested without a database, as the deciders are,
/// and held to the same answers as the order's own state.
@Suite("The order row as a pure fold")
struct OrderSummaryViewTests {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)
    static func minutes(_ m: Double) -> Date { noon.addingTimeInterval(m * 60) }
    static let card = CardOnFile(token: "tok_approved_1", brand: "visa", last4: "4242", expiryMonth: 12, expiryYear: 2030)

    static func placed(queued: Bool) -> OrderEvent {
        .placed(
            .init(
                order: OrderID("ORDER1"), customer: AccountID("김민수"), store: StoreID("hongkong"), storeName: "홍콩반점",
                owner: AccountID("박사장"),
                lines: [
                    OrderLine(
                        item: MenuItemID("jjajang"), name: "짜장면", unitPrice: 7_000,
                        quantity: 2)
                ],
                deliveryFee: 3_000, autoCancelMinutes: 5, at: noon, waitsForAdmission: queued ? true : nil))
    }

    /// A whole life, with a stay in the kitchen queue.
    static let life: [OrderEvent] = [
        placed(queued: true),
        .paymentRequested(.init(idempotencyKey: "pay-1", card: card, amount: 17_000, at: noon)),
        .paymentApproved(.init(idempotencyKey: "pay-1", paymentID: "pay_1", amount: 17_000, at: minutes(1))),
        .queuedForKitchen(.init(at: minutes(1))),
        .admitted(.init(at: minutes(4))),
        .confirmed(.init(cookMinutes: 20, at: minutes(5))),
        .riderAssigned(.init(rider: AccountID("정라이더"), at: minutes(6))),
        .deliveryStarted(.init(travelMinutes: 15, at: minutes(25))),
        .pickedUp(.init(at: minutes(27))),
        .delivered(.init(at: minutes(39))),
        .reviewed(.init(rating: 5, text: "맛있어요", at: minutes(120))),
    ]

    func fold(_ events: [OrderEvent]) -> OrderSummary? {
        events.enumerated().reduce(OrderSummaryView.initialState) { row, step in
            OrderSummaryView.evolve(row, step.element, order: "ORDER1", position: Int64(step.offset + 1))
        }
    }

    @Test func aWholeLifeEndsDeliveredAndReviewed() throws {
        let row = try #require(fold(Self.life))
        #expect(row.orderStatus == .delivered)
        #expect(row.summary == "짜장면 ×2")
        #expect(row.card == "visa •••• 4242")
        #expect(row.riderId == AccountID("정라이더"))
        #expect(row.reviewRating == 5)
        #expect(row.deadlineAt == nil)
        #expect(row.updatedPosition == Int64(Self.life.count))
    }

    @Test func noRowBeforeThePlacement() {
        #expect(fold(Array(Self.life.dropFirst())) == nil)
    }

    /// At every step the row and the order's state give the same deadline, estimates,
    /// progress and cancellation: both ask the domain.
    @Test func theRowAndTheStateAgreeAtEveryStep() throws {
        for count in 1...Self.life.count {
            let events = Array(Self.life.prefix(count))
            let row = try #require(fold(events))
            let state = OrderDecider.fold(events)
            #expect(row.orderStatus == state.status)
            #expect(row.deadlineAt == state.confirmationDeadline, "after \(count) events")
            #expect(row.estimatedReadyAt == state.estimatedReadyAt)
            #expect(row.estimatedArrivalAt == state.estimatedArrivalAt)
            #expect(row.customerCancellation == state.customerCancellation)
            for minute in [26.0, 30, 45] {
                #expect(row.deliveryProgress(at: Self.minutes(minute)) == state.deliveryProgress(at: Self.minutes(minute)))
            }
        }
    }

    @Test func aQueuedOrdersDeadlineRunsFromItsAdmission() throws {
        let queued = try #require(fold(Array(Self.life.prefix(4))))
        #expect(queued.deadlineAt == nil)
        #expect(queued.paymentNote == KitchenQueueProjection.queuedNote)
        let admitted = try #require(fold(Array(Self.life.prefix(5))))
        #expect(admitted.deadlineAt == Self.minutes(9))
    }
}
