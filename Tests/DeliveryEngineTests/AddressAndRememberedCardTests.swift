import DeliveryDomain
import DeliveryEngine
import Foundation
import GRDB
import Payments
import Testing

/// Issue 13: where an order goes, and one-key checkout with a remembered card.
@Suite("Delivery addresses and remembered cards, through the engine")
struct AddressAndRememberedCardTests {
    static let home = "서울 관악구 신림로 1, 101호"

    @Test func theDefaultAddressIsChosenAndTheOwnerAndRiderSeeIt() async throws {
        let world = try await TestWorld.make()
        try await world.engine.addAddress(Self.home, note: "문 앞에 놓아주세요", as: world.customer)
        let address = try await world.engine.deliveryAddress(typed: nil, for: world.customer)
        let result = try await world.engine.placeOrder(
            from: world.store, lines: try await world.cart().lines, paying: .card(TestWorld.goodCard), deliverTo: address,
            as: world.customer)
        let placed = try await world.engine.orderState(result.order).placed
        #expect(placed?.deliveryAddress == Self.home)
        #expect(placed?.deliveryNote == "문 앞에 놓아주세요")
        let incoming = try await world.engine.storeOrders(world.owner, statuses: [.awaitingConfirmation])
        #expect(incoming.first?.deliveryAddress == Self.home)
        #expect(incoming.first?.deliveryNote == "문 앞에 놓아주세요")
    }

    @Test func withoutAnAddressOrADefaultTheOrderIsRefusedWithAMessage() async throws {
        let world = try await TestWorld.make()
        await #expect(throws: DeliveryError.refused(.noDeliveryAddress)) {
            _ = try await world.engine.deliveryAddress(typed: nil, for: world.customer)
        }
        #expect(RuleViolation.noDeliveryAddress.description.contains("address add"))
    }

    @Test func aRememberedCardPaysWithItsCVCAndKeepsNoNumber() async throws {
        let world = try await TestWorld.make()
        let first = try await world.engine.placeOrder(
            from: world.store, lines: try await world.cart().lines, paying: .card(TestWorld.goodCard, remember: true),
            deliverTo: DeliveryAddress(address: Self.home, note: nil), as: world.customer)
        #expect(first.payment?.description == "paid")
        let cards = try await world.engine.accountState(of: world.customer).cards.all
        #expect(cards.map(\.last4) == ["4242"])

        let second = try await world.engine.placeOrder(
            from: world.store, lines: try await world.cart().lines, paying: .remembered("4242", cvc: CardSecurityCode("321")),
            deliverTo: DeliveryAddress(address: Self.home, note: nil), as: world.customer)
        #expect(second.payment?.description == "paid")

        await #expect(throws: DeliveryError.invalidCard(.invalidCVC)) {
            _ = try await world.engine.placeOrder(
                from: world.store, lines: try await world.cart().lines, paying: .remembered("4242", cvc: CardSecurityCode("12")),
                deliverTo: DeliveryAddress(address: Self.home, note: nil), as: world.customer)
        }
        // Neither the number nor the CVC reached the log.
        let payloads = try await DatabaseQueue(path: world.path).read { db in
            try String.fetchAll(db, sql: "SELECT CAST(payload AS TEXT) FROM events")
        }
        #expect(!payloads.contains { $0.contains("4242424242424242") || $0.contains("\"321\"") })
        #expect(payloads.contains { $0.contains("CardRemembered") || $0.contains("tok_") })

        try await world.engine.forgetCard("4242", as: world.customer)
        #expect(try await world.engine.accountState(of: world.customer).cards.all.isEmpty)
    }

    @Test func aDeclinedCardIsNotRemembered() async throws {
        let world = try await TestWorld.make()
        _ = try await world.engine.placeOrder(
            from: world.store, lines: try await world.cart().lines, paying: .card(TestWorld.declinedCard, remember: true),
            deliverTo: DeliveryAddress(address: Self.home, note: nil), as: world.customer)
        #expect(try await world.engine.accountState(of: world.customer).cards.all.isEmpty)
    }

    @Test func anOrderPlacedBeforeAddressesStillDecodes() throws {
        let old = """
            {"order":"O1","customer":"c","store":"s","storeName":"홍콩반점","owner":"o","lines":[],
             "deliveryFee":{"amount":3000},"autoCancelMinutes":5,"at":0}
            """
        let decoded = try OrderEvent.decode(type: "OrderPlaced", payload: Data(old.utf8), JSONDecoder())
        guard case .placed(let placed) = decoded else { Issue.record("not a placement"); return }
        #expect(placed.deliveryAddress == nil)
        #expect(placed.deliveryNote == nil)
    }
}
