import DeliveryDomain
import EventStore
import Foundation
import GRDB
import Resilience
import Testing

@testable import DeliveryEngine

/// A rebuild from the log must give, row for row, the read models that were kept up to date
/// one command at a time: no row lost, none duplicated, none different. The history is
/// generated from a seed, so a failure replays exactly.
@Suite("A rebuild matches the read models built as it happened")
struct RebuildAgreementTests {
    /// A random history on the outbox world: placements, payments and admissions through the
    /// worker, confirmations, rejections, cancellations (some with the payment still out),
    /// deliveries (a job given back now and then), reviews, favourites, menu and mode changes, the kitchen's capacity, timeouts.
    /// Queries between steps make the live read models catch up a few events at a time.
    static func generateHistory(seed: UInt64, steps: Int) async throws -> OutboxWorld {
        var random = SeededRandomNumberGenerator(seed: seed)
        let outbox = try await OutboxWorld.make()
        let (engine, world) = (outbox.engine, outbox.world)
        let worker = outbox.worker("agreement")
        let second = try await engine.signUp(name: "이수진", role: .customer, password: "sujin-12345")
        var orders: [OrderID] = []
        for _ in 0..<steps {
            let order = orders.randomElement(using: &random)
            switch Int.random(in: 0..<16, using: &random) {
            case 0, 1, 2:
                let who = Bool.random(using: &random) ? world.customer : second
                if let placed = try? await engine.placeOrder(
                    try await world.cart(Int.random(in: 2...4, using: &random)), card: TestWorld.goodCard, as: who)
                {
                    orders.append(placed.order)
                }
            case 3, 4: _ = try? await worker.runOnce()
            case 5: if let order { try? await engine.confirm(order, cookMinutes: Int.random(in: 10...30, using: &random), as: world.owner) }
            case 6: if let order { try? await engine.reject(order, reason: "재료 소진", as: world.owner) }
            case 7: if let order { try? await engine.cancel(order, reason: "마음이 바뀌었어요", as: world.customer) }
            case 8:
                guard let order else { continue }
                let rider = Bool.random(using: &random) ? world.rider : world.otherRider
                try? await engine.acceptJob(order, as: rider)
                // Now and then the rider gives the job back: the rest of the delivery is then refused.
                if Int.random(in: 0..<4, using: &random) == 0 { try? await engine.releaseJob(order, as: rider) }
                try? await engine.startDelivery(order, travelMinutes: Int.random(in: 5...25, using: &random), as: world.owner)
                try? await engine.pickUp(order, as: rider)
                try? await engine.markDelivered(order, as: rider)
            case 9:
                guard let order else { continue }
                try? await engine.review(order, rating: Int.random(in: 1...5, using: &random), text: "맛있어요 👍", as: world.customer)
                try? await engine.reply(to: order, text: "감사합니다", as: world.owner)
            case 10:
                if Bool.random(using: &random) {
                    try? await engine.favourite(world.store, as: world.customer)
                } else {
                    try? await engine.unfavourite(world.store, as: world.customer)
                }
            case 11:
                let who = Bool.random(using: &random) ? world.customer : second
                if Bool.random(using: &random), let one = try? await engine.notifications(who).randomElement(using: &random) {
                    try? await engine.markNotificationRead(at: one.position, as: who)
                } else {
                    try? await engine.markNotificationsRead(as: who)
                }
            case 12:
                try? await engine.setMode(Bool.random(using: &random) ? .busy : .open, of: world.store, as: world.owner)
                try? await engine.setSoldOut(world.jjambbong, in: world.store, Bool.random(using: &random), as: world.owner)
                try? await engine.editMenuItem(
                    world.jjambbong, in: world.store, price: Won(Int.random(in: 8...9, using: &random) * 1_000), as: world.owner)
                // A dish added and taken off again: its row must go from the rebuilt menu as from the live one.
                if let special = try? await engine.addMenuItem(to: world.store, name: "오늘의 메뉴", price: 9_900, as: world.owner) {
                    try? await engine.removeMenuItem(special, in: world.store, as: world.owner)
                }
                if var profile = try? await engine.storeState(world.store).profile {
                    profile.deliveryFee = Won(Int.random(in: 2...4, using: &random) * 1_000)
                    try? await engine.updateStoreProfile(profile, of: world.store, as: world.owner)
                }
            case 13:
                let capacity = [nil, 1, 2, 3].randomElement(using: &random)!
                try? await engine.setKitchenCapacity(capacity, for: world.store, as: world.owner)
            case 14:
                world.clock.advance(by: Double(Int.random(in: 1...8, using: &random)) * 60)
                _ = try? await engine.fireDueTimeouts()
            default:
                _ = try? await engine.notifications(world.customer)
            }
        }
        return outbox
    }

    /// Every table the audit compares, as rows in key order.
    static func tables(_ pool: DatabasePool) async throws -> [String: [Row]] {
        try await pool.read { db in
            try ReadModelAudit.orderings.reduce(into: [:]) { tables, table in
                tables[table.key] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.key) ORDER BY \(table.value)")
            }
        }
    }

    @Test func aRebuildMatchesTheLiveReadModelsRowForRow() async throws {
        let outbox = try await Self.generateHistory(seed: 2026, steps: 160)
        let scratch = TestWorld.temporaryPath()
        let report = try await ReadModelAudit.run(engine: outbox.engine, scratchPath: scratch)
        for table in report.tables {
            #expect(table.matches, "\(table.table): live \(table.liveRows) rows, rebuilt \(table.rebuiltRows)")
        }
        #expect(report.events == Int(report.position))
        // The history reached every kind of row the comparison covers.
        let rows = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.table, $0.liveRows) })
        #expect(rows["rm_orders"]! >= 20)
        #expect(rows["rm_notifications"]! > rows["rm_orders"]!)
        // Notifications are inserted many to a statement; the rebuild wrote more than one statement's worth.
        #expect(rows["rm_notifications"]! > ReadModelWriter.notificationsPerStatement)
        #expect(rows["rm_admissions"]! > 0)
        #expect(rows["rm_admission_policies"]! == 1)
        #expect(rows["rm_menu"]! == 2)
    }

    /// Batches of one event, or of a few, split an order's life across many transactions: each
    /// batch must pick up the rows the one before wrote, exactly as a single large batch does.
    @Test(arguments: [(1, 1), (2, 7), (256, 16_384)])
    func anyBatchSizeGivesTheSameRows(first: Int, largest: Int) async throws {
        let outbox = try await Self.generateHistory(seed: 7, steps: 120)
        let engine = outbox.engine
        try await engine.refresh()
        let path = TestWorld.temporaryPath()
        try PrivateFiles.prepareDatabaseFile(at: path)
        let pool = try DatabasePool(path: path)
        try await pool.write { db in try ReadModelSchema.prepare(db) }
        var projector = Projector(store: engine.store, pool: pool)
        projector.firstBatchSize = first
        projector.largestBatchSize = largest
        let applied = try await projector.catchUp()
        #expect(applied == Int(try await engine.headPosition()))
        let live = try await Self.tables(engine.pool)
        let rebuilt = try await Self.tables(pool)
        for table in ReadModelAudit.orderings.keys.sorted() {
            #expect(live[table] == rebuilt[table], "\(table) differs after batches of \(first)…\(largest)")
        }
        try pool.close()
    }
}
