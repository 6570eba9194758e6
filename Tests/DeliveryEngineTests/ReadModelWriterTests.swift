import DeliveryDomain
import Foundation
import GRDB
import Testing

@testable import DeliveryEngine

/// ``ReadModelWriter`` writes a batch's order rows many to a statement: every row must land,
/// new rows and changed ones alike, and a changed row keeps its rowid (an upsert, never a
/// delete and insert).
@Suite("Order rows written many to a statement")
struct ReadModelWriterTests {
    static let orders = 70

    static func placed(_ number: Int) -> ProjectedEvent.Body {
        let at = ReadModelProjectionTests.minutes(Double(number))
        return .order(
            .placed(
                OrderEvent.Placed(
                    order: OrderID("ORDER\(number)"), customer: AccountID("김민수"), store: StoreID("hongkong"),
                    storeName: "홍콩반점", owner: AccountID("박사장"),
                    lines: [OrderLine(item: MenuItemID("jjajang"), name: "짜장면", unitPrice: 7_000, quantity: number % 3 + 1)],
                    deliveryFee: 3_000, autoCancelMinutes: 5, at: at)))
    }

    static func approved(_ number: Int) -> ProjectedEvent.Body {
        .order(
            .paymentApproved(
                OrderEvent.PaymentApproved(
                    idempotencyKey: "pay-\(number)", paymentID: "pay_\(number)", amount: 17_000,
                    at: ReadModelProjectionTests.minutes(Double(100 + number)))))
    }

    /// Folds `bodies` over what the database holds and writes the rows they changed.
    static func writeBatch(_ queue: DatabaseQueue, _ bodies: [(String, ProjectedEvent.Body)], from position: Int) throws {
        try queue.write { db in
            let writer = ReadModelWriter(db: db)
            var state = ReadModelState(source: writer)
            for (offset, (entity, body)) in bodies.enumerated() {
                try state.evolve(
                    ProjectedEvent(
                        position: Int64(position + offset), recordedAt: ReadModelProjectionTests.minutes(Double(offset)),
                        entity: entity, body: body))
            }
            try writer.write(state)
        }
    }

    @Test func everyRowOfABatchLandsAndAChangedRowKeepsItsPlace() throws {
        #expect(Self.orders > 2 * ReadModelWriter.orderColumns.rowsPerStatement, "more than two statements' worth")
        let queue = try DatabaseQueue()
        try queue.write { db in try ReadModelSchema.create(db) }
        try Self.writeBatch(queue, (0..<Self.orders).map { ("ORDER\($0)", Self.placed($0)) }, from: 1)
        let placed = try queue.read { db in try OrderSummary.fetchAll(db, sql: "SELECT * FROM rm_orders ORDER BY rowid") }
        #expect(placed.map(\.orderId.rawValue) == (0..<Self.orders).map { "ORDER\($0)" })
        #expect(placed.map(\.itemCount) == (0..<Self.orders).map { $0 % 3 + 1 })
        #expect(placed.allSatisfy { $0.orderStatus == .awaitingPayment })

        // Every other order is paid in the next batch: some rows change, the others stay as they were.
        let paid = Array(stride(from: 0, to: Self.orders, by: 2))
        try Self.writeBatch(queue, paid.map { ("ORDER\($0)", Self.approved($0)) }, from: Self.orders + 1)
        let after = try queue.read { db in try OrderSummary.fetchAll(db, sql: "SELECT * FROM rm_orders ORDER BY rowid") }
        #expect(after.map(\.orderId) == placed.map(\.orderId), "same rows, same rowids")
        for (before, row) in zip(placed, after) {
            let number = Int(row.orderId.rawValue.dropFirst("ORDER".count))!
            if number % 2 == 0 {
                #expect(row.orderStatus == .awaitingConfirmation, "\(row.orderId)")
                #expect(row.paidAt == ReadModelProjectionTests.minutes(Double(100 + number)))
                #expect(row.updatedPosition == Int64(Self.orders + 1 + number / 2))
            } else {
                #expect(row == before, "\(row.orderId) was not in the batch")
            }
        }
    }
}
