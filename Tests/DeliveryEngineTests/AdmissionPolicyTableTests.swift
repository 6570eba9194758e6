import DeliveryDomain
import Foundation
import GRDB
import Testing

@testable import DeliveryEngine

/// The read model of each store's admission policy is `rm_admission_policies`, so it no longer
/// reads as `rm_admissions` (the orders let in) with one letter missing.
@Suite("The admission policy table's name")
struct AdmissionPolicyTableTests {
    static func tableNames(_ engine: DeliveryEngine) async throws -> [String] {
        try await engine.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\'")
        }
    }

    @Test func noTwoReadModelTablesDifferOnlyByAPluralS() async throws {
        let world = try await TestWorld.make()
        let names = Set(try await Self.tableNames(world.engine))
        #expect(names.contains("rm_admission_policies"))
        #expect(names.filter { names.contains($0 + "s") }.isEmpty, "\(names.sorted())")
    }

    /// A file written before the rename (schema version 5) has its read models rebuilt: the old
    /// table goes, and the store's policy is projected again from the log under the new name.
    @Test func aFileWithTheOldTableNameIsRebuiltUnderTheNewOne() async throws {
        let world = try await TestWorld.make()
        try await world.engine.setKitchenCapacity(2, for: world.store, as: world.owner)
        try await world.engine.pool.write { db in
            try db.execute(sql: "ALTER TABLE rm_admission_policies RENAME TO rm_admission")
            try db.execute(sql: "UPDATE rm_meta SET value = 5 WHERE key = 'schema'")
        }

        let reopened = try await TestWorld.openEngine(world.path, clock: world.clock)
        let names = try await Self.tableNames(reopened)
        #expect(!names.contains("rm_admission"))
        let capacity = try await reopened.pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT kitchen_capacity FROM rm_admission_policies WHERE store_id = ?",
                arguments: [world.store.rawValue])
        }
        #expect(capacity == 2)
    }
}
