import DeliveryDomain
import Foundation
import GRDB
import Testing

@testable import DeliveryEngine

/// A sign-up asks whether an account from before ``NameKey`` reads the same as the new name.
/// Seeding 10,000 customers (`drill event-day`) made that question quadratic while it compared
/// every account's name; it is one indexed look-up now.
@Suite("Signing up looks up one name key")
struct SignUpLookupTests {
    @Test func theLookAlikeQuestionSearchesTheNameKeyIndexAndScansNothing() async throws {
        let world = try await TestWorld.make()
        let plan = try await world.engine.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + DeliveryEngine.lookalikeAccountSQL, arguments: ["alice", "alice"])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX rm_accounts_name_key") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN rm_accounts") }, "\(plan)")
    }

    @Test func everyAccountRowCarriesItsNameKey() async throws {
        let world = try await TestWorld.make()
        try await world.engine.signUp(name: "홍길동", role: .customer, password: "gildong-123")
        try await world.engine.signUp(name: "Bob", role: .customer, password: "bob-12345")
        try await world.engine.refresh()
        let keys = try await world.engine.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, name_key FROM rm_accounts WHERE name IN ('홍길동', 'Bob') ORDER BY name")
                .map { [$0["name"] as String, $0["name_key"] as String] }
        }
        #expect(keys == [["Bob", "bob"], ["홍길동", NameKey("홍길동").rawValue]])
    }
}
