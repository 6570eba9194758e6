import Foundation
import Testing

@testable import DeliveryDomain
@testable import DeliveryEngine

/// Every read model as a pure fold: events go in, rows come out, and no database is opened,
/// as in the deciders' tests. The order's own row has its suite (``OrderSummaryViewTests``).
@Suite("Read models as pure folds")
struct ReadModelProjectionTests {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)
    static func minutes(_ m: Double) -> Date { noon.addingTimeInterval(m * 60) }
    static let card = CardOnFile(token: "tok_approved_1", brand: "visa", last4: "4242", expiryMonth: 12, expiryYear: 2030)

    /// Folds `events` (each an entity and its event) from the empty read models, numbering
    /// positions from 1.
    static func fold(_ events: [(String, ProjectedEvent.Body)], from start: ReadModelState = .initial) throws -> ReadModelState {
        var state = start
        for (index, (entity, body)) in events.enumerated() {
            try state.evolve(ProjectedEvent(position: Int64(index + 1), recordedAt: minutes(Double(index)), entity: entity, body: body))
        }
        return state
    }

    static let placed = OrderEvent.placed(
        .init(
            order: OrderID("ORDER1"), customer: AccountID("김민수"), store: StoreID("hongkong"), storeName: "홍콩반점",
            owner: AccountID("박사장"), lines: [OrderLine(item: MenuItemID("jjajang"), name: "짜장면", unitPrice: 7_000, quantity: 2)],
            deliveryFee: 3_000, autoCancelMinutes: 5, at: noon))
    static let requested = OrderEvent.paymentRequested(.init(idempotencyKey: "pay-1", card: card, amount: 17_000, at: noon))
    static let approved = OrderEvent.paymentApproved(.init(idempotencyKey: "pay-1", paymentID: "pay_1", amount: 17_000, at: minutes(1)))

    static let registered = StoreEvent.registered(
        .init(
            store: StoreID("hongkong"), owner: AccountID("박사장"),
            profile: StoreProfile(
                name: "홍콩반점", address: "서울 마포구 양화로 45", category: "중식", hours: .allDay, minimumOrder: 12_000,
                deliveryFee: 3_000, payoutAccount: "국민 123-456", businessNumber: "123-45-67891"),
            settings: .standard, at: noon))
    static func dish(_ id: String, _ name: String, _ price: Won) -> StoreEvent {
        .menuItemAdded(.init(item: MenuItem(id: MenuItemID(id), name: name, price: price, description: ""), at: noon))
    }

    // MARK: Orders: the pending payment, the kitchen queue, notifications

    @Test func aRequestWaitsInTheOutboxUntilItIsAnswered() throws {
        let waiting = try Self.fold([("ORDER1", .order(Self.placed)), ("ORDER1", .order(Self.requested))])
        #expect(waiting.pendingPayments.rows["ORDER1"]?.idempotencyKey == "pay-1")
        #expect(waiting.pendingPayments.rows["ORDER1"]?.position == 2)
        let answered = try Self.fold([
            ("ORDER1", .order(Self.placed)), ("ORDER1", .order(Self.requested)), ("ORDER1", .order(Self.approved)),
        ])
        #expect(answered.pendingPayments.rows.isEmpty)
        #expect(answered.holdsToRelease.rows.isEmpty)
    }

    @Test func anOrderEndedWithItsRequestUnansweredLeavesAHoldToRelease() throws {
        let cancelled = OrderEvent.cancelled(.init(by: .customer, reason: "", at: Self.minutes(2)))
        let state = try Self.fold([("ORDER1", .order(Self.placed)), ("ORDER1", .order(Self.requested)), ("ORDER1", .order(cancelled))])
        #expect(state.pendingPayments.rows.isEmpty)
        #expect(state.holdsToRelease.rows["ORDER1"] == .init(idempotencyKey: "pay-1", endedAt: Self.minutes(2), position: 3))
        // Without a request out, an ending leaves nothing to release.
        let unpaid = try Self.fold([("ORDER1", .order(Self.placed)), ("ORDER1", .order(cancelled))])
        #expect(unpaid.holdsToRelease.rows.isEmpty)
    }

    @Test func aQueuedOrderLeavesTheQueueWhenAdmittedAndIsCountedInTheWindow() throws {
        let queued: [(String, ProjectedEvent.Body)] = [
            ("ORDER1", .order(Self.placed)), ("ORDER1", .order(Self.requested)), ("ORDER1", .order(Self.approved)),
            ("ORDER1", .order(.queuedForKitchen(.init(at: Self.minutes(1))))),
        ]
        let waiting = try Self.fold(queued)
        #expect(waiting.kitchenQueue.rows["ORDER1"] == .init(store: "hongkong", position: 4, queuedAt: Self.minutes(1)))
        #expect(waiting.orders.rows["ORDER1"]?.paymentNote == KitchenQueueProjection.queuedNote)
        let admitted = try Self.fold(queued + [("ORDER1", .order(.admitted(.init(at: Self.minutes(4)))))])
        #expect(admitted.kitchenQueue.rows.isEmpty)
        #expect(admitted.admissions.rows["ORDER1"] == .init(store: "hongkong", admittedAt: Self.minutes(4)))
        let left = try Self.fold(queued + [("ORDER1", .order(.cancelled(.init(by: .customer, reason: "", at: Self.minutes(3)))))])
        #expect(left.kitchenQueue.rows.isEmpty && left.admissions.rows.isEmpty)
    }

    @Test func theCustomerHearsOfEachChangeInKorean() throws {
        let state = try Self.fold([
            ("ORDER1", .order(Self.placed)), ("ORDER1", .order(Self.requested)), ("ORDER1", .order(Self.approved)),
            ("ORDER1", .order(.confirmed(.init(cookMinutes: 20, at: Self.minutes(5))))),
        ])
        #expect(state.notifications.map(\.position) == [1, 3, 4])
        #expect(state.notifications.map(\.status) == ["awaitingPayment", "awaitingConfirmation", "cooking"])
        #expect(state.notifications.allSatisfy { $0.accountId == AccountID("김민수") && $0.orderId == OrderID("ORDER1") })
        #expect(state.notifications[0].notice == .placed(store: "홍콩반점"))
        #expect(state.notifications[0].message(in: .korean) == "홍콩반점에 주문했어요. 결제를 기다리고 있어요.")
        #expect(state.notifications[0].message(in: .english) == "Order placed at 홍콩반점; waiting for payment.")
        // 1_795_000_000 is 2026-11-18 20:06:40 in Korea; confirmed at 20:11, ready 20 minutes later.
        #expect(state.notifications[2].message(in: .korean) == "홍콩반점에서 주문을 확인했어요. 20:31쯤 준비돼요.")
        #expect(state.notifications[2].message(in: .english) == "홍콩반점 confirmed your order; ready around 20:31.")
    }

    @Test func eventsOfAnOrderNeverPlacedChangeNothing() throws {
        let state = try Self.fold([("GHOST", .order(Self.requested)), ("GHOST", .order(Self.approved))])
        #expect(state.orders.rows.isEmpty && state.pendingPayments.rows.isEmpty && state.notifications.isEmpty)
        #expect(state.orders.changes.isEmpty && state.pendingPayments.changes.isEmpty)
    }

    // MARK: Stores and menus

    @Test func aStoreItsMenuAndItsSettingsFoldIntoRows() throws {
        let state = try Self.fold([
            ("hongkong", .store(Self.registered)), ("hongkong", .store(Self.dish("jjajang", "짜장면", 7_000))),
            ("hongkong", .store(Self.dish("jjambbong", "짬뽕", 8_000))),
            (
                "hongkong",
                .store(.menuItemEdited(.init(item: MenuItemID("jjambbong"), name: "해물짬뽕", price: 9_000, description: "매워요", at: Self.noon)))
            ),
            ("hongkong", .store(.soldOutChanged(.init(item: MenuItemID("jjajang"), soldOut: true, at: Self.noon)))),
            ("hongkong", .store(.modeChanged(.init(mode: .busy, at: Self.noon)))),
            ("hongkong", .store(.hoursChanged(.init(hours: OpeningHours(opensAt: 600, closesAt: 1320), at: Self.noon)))),
            (
                "hongkong",
                .store(
                    .settingsChanged(
                        .init(settings: StoreSettings(autoCancelMinutes: 7, prepMinutes: 15, busyExtraMinutes: 10), at: Self.noon)))
            ),
        ])
        let store = try #require(state.stores.rows["hongkong"])
        #expect(store.name == "홍콩반점" && store.ownerId == AccountID("박사장") && store.mode == "busy")
        #expect(store.opensAt == 600 && store.closesAt == 1320)
        #expect(store.autoCancelMinutes == 7 && store.prepMinutes == 15 && store.busyExtraMinutes == 10)
        let menu = try #require(state.menus.rows["hongkong"])
        #expect(menu.map(\.itemId) == [MenuItemID("jjajang"), MenuItemID("jjambbong")])
        #expect(menu.map(\.seq) == [0, 1])
        #expect(menu[0].soldOut && !menu[1].soldOut)
        #expect(menu[1].name == "해물짬뽕" && menu[1].price == 9_000 && menu[1].description == "매워요")
    }

    @Test func reviewsAddUpToTheStoresRating() throws {
        let review = { (order: String, rating: Int) -> [(String, ProjectedEvent.Body)] in
            let placed = OrderEvent.placed(
                .init(
                    order: OrderID(order), customer: AccountID("김민수"), store: StoreID("hongkong"), storeName: "홍콩반점",
                    owner: AccountID("박사장"), lines: [OrderLine(item: MenuItemID("jjajang"), name: "짜장면", unitPrice: 7_000, quantity: 2)],
                    deliveryFee: 3_000, autoCancelMinutes: 5, at: Self.noon))
            return [(order, .order(placed)), (order, .order(.reviewed(.init(rating: rating, text: "맛있어요", at: Self.noon))))]
        }
        let state = try Self.fold([("hongkong", .store(Self.registered))] + review("A", 5) + review("B", 2))
        #expect(state.stores.rows["hongkong"]?.ratingSum == 7)
        #expect(state.stores.rows["hongkong"]?.ratingCount == 2)
        #expect(state.stores.rows["hongkong"]?.averageRating == 3.5)
    }

    @Test func anAdmissionPolicyIsTheLastOneSet() throws {
        let set = { (capacity: Int?) -> ProjectedEvent.Body in
            .admission(.policySet(.init(store: StoreID("hongkong"), policy: AdmissionPolicy(kitchenCapacity: capacity), at: Self.noon)))
        }
        let state = try Self.fold([("hongkong", set(3)), ("hongkong", set(8))])
        #expect(state.admissionPolicies.rows["hongkong"]?.kitchenCapacity == 8)
    }

    // MARK: Accounts

    @Test func accountsTheirFavouritesAndHowFarTheyHaveRead() throws {
        let state = try Self.fold([
            ("김민수", .account(.signedUp(.init(account: AccountID("김민수"), name: "김민수", role: .customer, passwordHash: "x", at: Self.noon)))),
            ("김민수", .account(.storeFavourited(.init(store: StoreID("hongkong"), at: Self.noon)))),
            ("김민수", .account(.storeFavourited(.init(store: StoreID("pizza"), at: Self.noon)))),
            ("김민수", .account(.storeUnfavourited(.init(store: StoreID("pizza"), at: Self.noon)))),
            ("김민수", .account(.notificationsRead(.init(upToPosition: 40, at: Self.noon)))),
            ("김민수", .account(.notificationsRead(.init(upToPosition: 12, at: Self.noon)))),
            ("김민수", .account(.signInFailed(.init(at: Self.noon, source: .thisMachine)))),
        ])
        #expect(state.accounts.rows["김민수"] == .init(name: "김민수", role: "customer", signedUpAt: Self.noon, notificationsReadUpTo: 40))
        #expect(state.favourites.rows.keys.map(\.store) == ["hongkong"])
    }

    // MARK: What a batch writes

    /// A database already holding an order, its pending request, a store and an account, and
    /// counting what the batch asks of it.
    final class CountingSource: ReadModelSource {
        var asked: [String] = []
        let order: OrderSummary

        init() throws {
            order = try #require(OrderSummaryView.evolve(nil, ReadModelProjectionTests.placed, order: "ORDER1", position: 1))
        }

        func order(_ id: String) -> OrderSummary? {
            asked.append("order \(id)")
            return id == "ORDER1" ? order : nil
        }
        func pendingPayment(_ order: String) -> PendingPaymentProjection.Request? {
            asked.append("pending \(order)")
            return .init(idempotencyKey: "pay-1", requestedAt: ReadModelProjectionTests.noon, position: 2)
        }
        func store(_ id: String) -> StoreSummary? { nil }
        func menu(_ store: String) -> [MenuEntry] { [] }
        func account(_ id: String) -> AccountProjection.Account? { nil }
    }

    @Test func aRowChangedByManyEventsIsAskedForOnceAndWrittenOnce() throws {
        let source = try CountingSource()
        let state = try Self.fold(
            [
                ("ORDER1", .order(Self.approved)), ("ORDER1", .order(.confirmed(.init(cookMinutes: 20, at: Self.minutes(5))))),
                ("ORDER1", .order(.riderAssigned(.init(rider: AccountID("정라이더"), at: Self.minutes(6))))),
            ], from: ReadModelState(source: source))
        #expect(source.asked == ["order ORDER1"])
        #expect(state.orders.changes.count == 1)
        #expect(state.orders.changes.first?.row?.orderStatus == .cooking)
        #expect(state.orders.changes.first?.row?.riderId == AccountID("정라이더"))
        #expect(state.pendingPayments.changes.map(\.key) == ["ORDER1"], "the answered request is deleted")
    }

    @Test func aPlacedOrderNeedsNothingFromTheDatabaseAndARowBackAsItWasIsNotWritten() throws {
        let source = try CountingSource()
        let state = try Self.fold(
            [
                ("NEW", .order(Self.placed)), ("NEW", .order(Self.requested)), ("NEW", .order(Self.approved)),
                ("NEW", .order(.admitted(.init(at: Self.minutes(2))))),
            ], from: ReadModelState(source: source))
        #expect(source.asked.isEmpty)
        #expect(state.pendingPayments.changes.isEmpty, "requested then answered within the batch: nothing to write")
        #expect(state.kitchenQueue.changes.isEmpty, "never queued: no delete to send")
        #expect(state.orders.changes.count == 1)
    }
}
