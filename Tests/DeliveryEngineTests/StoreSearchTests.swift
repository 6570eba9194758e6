import DeliveryDomain
@testable import DeliveryEngine
import Foundation
import Testing

/// Finding a store by what it sells, and listing the ones you can order from first.
@Suite("Store search")
struct StoreSearchTests {
    /// 홍콩반점 (all day, 짜장면 and 짬뽕) plus a closed 김밥천국 (10:30-11:00) and Pizza Hut.
    func world() async throws -> TestWorld {
        let world = try await TestWorld.make()
        let kim = try await world.engine.signUp(name: "김사장", role: .owner, password: "owner-67890")
        let gimbap = try await world.engine.registerStore(
            StoreProfile(
                name: "김밥천국", address: "서울 관악구 신림로 1", category: "분식",
                hours: try OpeningHours(parsing: "10:30-11:00"), minimumOrder: 8_000, deliveryFee: 2_000,
                payoutAccount: "신한 110-123", businessNumber: "220-81-12341"), as: kim)
        _ = try await world.engine.addMenuItem(to: gimbap, name: "참치김밥", price: 4_000, as: kim)
        let pizza = try await world.engine.registerStore(
            StoreProfile(
                name: "Pizza Hut", address: "서울 관악구 신림로 2", category: "피자", hours: .allDay, minimumOrder: 15_000,
                deliveryFee: 3_000, payoutAccount: "신한 110-456", businessNumber: "105-87-23459"), as: kim)
        _ = try await world.engine.addMenuItem(to: pizza, name: "Super Supreme", price: 25_000, as: kim)
        return world
    }

    @Test("짜장 finds 홍콩반점 because it sells 짜장면, and says so")
    func dishFindsItsStore() async throws {
        let world = try await world()
        let found = try await world.engine.stores(search: "짜장")
        #expect(found.map(\.store.name) == ["홍콩반점"])
        #expect(found.first?.matchedDishes == ["짜장면"])
    }

    @Test("A store's own name still matches, without a dish to explain it")
    func nameMatches() async throws {
        let world = try await world()
        let found = try await world.engine.stores(search: "반점")
        #expect(found.map(\.store.name) == ["홍콩반점"])
        #expect(found.first?.matchedDishes == [])
    }

    @Test("Latin matches in any case; initials (초성) and spaces are Hangul-aware")
    func latinAndHangul() async throws {
        let world = try await world()
        #expect(try await world.engine.stores(search: "SUPREME").map(\.store.name) == ["Pizza Hut"])
        #expect(try await world.engine.stores(search: "ㅉㅈ").first?.matchedDishes == ["짜장면"])
        #expect(try await world.engine.stores(search: "참치 김밥").map(\.store.name) == ["김밥천국"])
        let decomposed = "짬뽕".decomposedStringWithCanonicalMapping
        #expect(try await world.engine.stores(search: decomposed).first?.matchedDishes == ["짬뽕"])
        #expect(try await world.engine.stores(search: "냉면").isEmpty)
    }

    @Test("Closed stores come after the open ones, whatever their names")
    func closedSortAfterOpen() async throws {
        let world = try await world()  // noon: 김밥천국 closed at 11:00
        #expect(try await world.engine.stores().map(\.store.name) == ["Pizza Hut", "홍콩반점", "김밥천국"])
        world.clock.set(KoreanTime.parse("2026-11-25 10:45")!)
        #expect(try await world.engine.stores().map(\.store.name) == ["Pizza Hut", "김밥천국", "홍콩반점"])
    }

    @Test("The counts say how many of the stores are open")
    func counts() async throws {
        let world = try await world()
        #expect(try await world.engine.storeCounts() == StoreCounts(total: 3, open: 2))
        try await world.engine.setMode(.paused, of: world.store, as: world.owner)
        #expect(try await world.engine.storeCounts() == StoreCounts(total: 3, open: 1))
    }

    @Test("A search reads the menus once while they stay as they are, and again after an owner's edit")
    func menusAreReadOncePerRevision() async throws {
        let world = try await world()
        _ = try await world.engine.stores(search: "짜")
        _ = try await world.engine.stores(search: "짜장")
        #expect(world.engine.dishNames.loads == 1)
        _ = try await world.paidOrder()  // the log moves on, the menus do not
        #expect(try await world.engine.stores(search: "짜장").first?.matchedDishes == ["짜장면"])
        #expect(world.engine.dishNames.loads == 1)

        _ = try await world.engine.addMenuItem(to: world.store, name: "간짜장", price: 8_000, as: world.owner)
        #expect(try await world.engine.stores(search: "짜장").first?.matchedDishes == ["짜장면", "간짜장"])
        #expect(world.engine.dishNames.loads == 2)
        try await world.engine.setSoldOut(world.jjajang, in: world.store, true, as: world.owner)
        _ = try await world.engine.stores(search: "짜장")
        #expect(world.engine.dishNames.loads == 3)
    }

    @Test("A search reads the stores once while they stay as they are, and again after one changes")
    func storesAreReadOncePerRevision() async throws {
        let world = try await world()
        _ = try await world.engine.stores(search: "짜")
        _ = try await world.engine.stores(search: "짜장")
        _ = try await world.engine.stores(category: "분식")
        #expect(world.engine.searchableStores.loads == 1)
        try await world.engine.favourite(world.store, as: world.customer)  // the customer's row, not the store's
        #expect(try await world.engine.stores(for: world.customer).first { $0.isFavourite }?.store.name == "홍콩반점")
        #expect(world.engine.searchableStores.loads == 1)

        try await world.engine.setMode(.paused, of: world.store, as: world.owner)
        #expect(try await world.engine.stores(search: "반점").first?.store.storeMode == .paused)
        #expect(world.engine.searchableStores.loads == 2)
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        try await other.setMode(.open, of: world.store, as: world.owner)
        try await world.engine.refresh()
        #expect(try await world.engine.stores(search: "반점").first?.store.storeMode == .open)
        #expect(world.engine.searchableStores.loads == 3)
    }

    @Test("A dish another process adds is found by this one's next search")
    func anotherProcessesDishIsFound() async throws {
        let world = try await world()
        #expect(try await world.engine.stores(search: "냉면").isEmpty)
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        _ = try await other.addMenuItem(to: world.store, name: "물냉면", price: 9_000, as: world.owner)
        try await world.engine.refresh()
        #expect(try await world.engine.stores(search: "냉면").first?.matchedDishes == ["물냉면"])
    }
}
