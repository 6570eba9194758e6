import EventStore
import Foundation
import Testing

@testable import DeliveryDomain
@testable import DeliveryEngine

/// An owner edits the store's details and takes a dish off the menu: every session's lists
/// and menus show it, and orders placed before keep what they were placed with.
@Suite("Store details edited and dishes removed, through the engine")
struct StoreDetailsEditTests {
    @Test func theStoreListShowsTheNewFeeAndAddress() async throws {
        let world = try await TestWorld.make()
        var profile = try #require(try await world.engine.storeState(world.store).profile)
        profile.address = "서울 마포구 와우산로 94"
        profile.deliveryFee = Won(1_500)
        try await world.engine.updateStoreProfile(profile, of: world.store, as: world.owner)

        let listed = try #require(try await world.engine.stores().first { $0.store.storeId == world.store })
        #expect(listed.store.address == "서울 마포구 와우산로 94")
        #expect(listed.store.deliveryFee == 1_500)
        #expect(listed.store.name == "홍콩반점")
    }

    @Test func anOrderPlacedBeforeKeepsItsFeeAndTheNextTakesTheNewOne() async throws {
        let world = try await TestWorld.make()
        let before = try await world.paidOrder()
        let oldFee = try #require(try await world.engine.orderState(before).placed?.deliveryFee)
        var profile = try #require(try await world.engine.storeState(world.store).profile)
        profile.deliveryFee = oldFee + Won(1_000)
        try await world.engine.updateStoreProfile(profile, of: world.store, as: world.owner)

        #expect(try await world.engine.orderState(before).placed?.deliveryFee == oldFee)
        let after = try await world.paidOrder()
        #expect(try await world.engine.orderState(after).placed?.deliveryFee == oldFee + Won(1_000))
    }

    @Test func aRemovedDishLeavesTheMenuAndCannotBeOrdered() async throws {
        let world = try await TestWorld.make()
        let placed = try await world.paidOrder()  // two 짜장면
        let cart = try await world.cart()
        try await world.engine.removeMenuItem(world.jjajang, in: world.store, as: world.owner)

        #expect(try await world.engine.menu(of: world.store).map(\.name) == ["짬뽕"])
        #expect(try await world.engine.stores(search: "짜장").isEmpty)
        await #expect(throws: DeliveryError.refused(.menuItemRemoved("짜장면"))) {
            _ = try await world.engine.placeOrder(cart, card: TestWorld.goodCard, as: world.customer)
        }
        // The order placed before still holds its line, name and price.
        let lines = try #require(try await world.engine.orderState(placed).placed?.lines)
        #expect(lines.map(\.name) == ["짜장면"])
        #expect(lines.map(\.unitPrice) == [7_000])
        // A dish added again under the same name is a new dish, placed after the others.
        let again = try await world.engine.addMenuItem(to: world.store, name: "짜장면", price: 7_500, as: world.owner)
        #expect(again != world.jjajang)
        let menu = try await world.engine.menu(of: world.store)
        #expect(menu.map(\.name) == ["짬뽕", "짜장면"])
        #expect(Set(menu.map(\.seq)).count == 2)
    }

    @Test func theNewEventsAreReadBackAsWritten() throws {
        let codec = EventCodec()
        let profile = StoreProfile(
            name: "홍콩반점", address: "서울 관악구 신림로 1", category: "중식", hours: .allDay, minimumOrder: 12_000,
            deliveryFee: 2_000, payoutAccount: "국민 123-456-789", businessNumber: "123-45-67891")
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let events: [StoreEvent] = [
            .profileUpdated(.init(profile: profile, at: at)), .menuItemRemoved(.init(item: MenuItemID("jjajang"), at: at)),
        ]
        for event in events {
            let payload = try event.encodedPayload(codec.encoder())
            let foundation = JSONDecoder()
            foundation.dateDecodingStrategy = .millisecondsSince1970
            #expect(try StoreEvent.decode(type: event.storedType, payload: payload, codec.decoder()) == event)
            #expect(try StoreEvent.decode(type: event.storedType, payload: payload, foundation) == event)
        }
    }
}
