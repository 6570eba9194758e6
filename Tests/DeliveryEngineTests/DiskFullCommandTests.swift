import DeliveryDomain
import Foundation
import GRDB
import Testing

@testable import DeliveryEngine

/// A command refused by a full disk says so in words, and leaves the log as it was.
@Suite("Commands on a full disk")
struct DiskFullCommandTests {
    @Test func aCommandOnAFullDiskSaysTheDiskIsFullAndWhatWasKept() async throws {
        let world = try await TestWorld.make()
        let head = try await world.engine.headPosition()
        try await world.engine.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
        let description = String(repeating: "바삭한 튀김 ", count: 10)
        do {
            for index in 0..<5_000 {
                _ = try await world.engine.addMenuItem(
                    to: world.store, name: "메뉴 \(index)", price: 7_000,
                    description: description, as: world.owner)
            }
            Issue.record("the capped database never filled up")
        } catch {
            #expect(error.description.contains("is full"), "\(error)")
            #expect(error.description.contains("nothing of it was written"))
            #expect(!error.description.contains("SQLite error"))
        }
        #expect(try await world.engine.headPosition() >= head)
        #expect(try await world.engine.menu(of: world.store).count >= 2)
    }
}
