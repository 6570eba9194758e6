import EventStore
import Foundation
import Testing

@testable import DeliveryDomain
@testable import DeliveryEngine

/// Store and account names are unique once folded (``NameKey``), across processes too, and
/// databases that already hold look-alikes still answer.
@Suite("Names that can be confused")
struct NameUniquenessTests {
    static func profile(_ name: String) -> StoreProfile {
        StoreProfile(
            name: name, address: "서울 마포구 양화로 45", category: "중식", hours: .allDay, minimumOrder: 12_000,
            deliveryFee: 3_000, payoutAccount: "국민 123-456", businessNumber: "123-45-67891")
    }

    @Test func aSecondStoreWithTheSameNameIsRefusedAndTheFirstStillAnswers() async throws {
        let world = try await TestWorld.make()
        let other = try await world.engine.signUp(name: "최사장", role: .owner, password: "choi-12345")
        await #expect(throws: DeliveryError.refused(.storeNameTaken(typed: "홍콩반점", existing: "홍콩반점"))) {
            try await world.engine.registerStore(Self.profile("홍콩반점"), as: other)
        }
        #expect(try await world.engine.storeID(named: "홍콩반점") == world.store)
        let refusal = DeliveryError.refused(.storeNameTaken(typed: "홍콩반점", existing: "홍콩반점")).description
        #expect(refusal.contains("홍콩반점 2호점"))
    }

    @Test func fullWidthAndCaseVariantsAreTheSameStore() async throws {
        let world = try await TestWorld.make()
        let hong = try await world.engine.registerStore(Self.profile("Hong Kong"), as: world.owner)
        await #expect(throws: DeliveryError.refused(.storeNameTaken(typed: "ＨＯＮＧ ＫＯＮＧ", existing: "Hong Kong"))) {
            try await world.engine.registerStore(Self.profile("ＨＯＮＧ ＫＯＮＧ"), as: world.owner)
        }
        #expect(try await world.engine.storeID(named: "ＨＯＮＧ ＫＯＮＧ") == hong)
        #expect(try await world.engine.storeID(named: "hong kong") == hong)
        #expect(try await world.engine.storeID(named: hong.rawValue) == hong)
    }

    @Test func ownersRacingFromTwoProcessesForOneNameGetItOnce() async throws {
        let world = try await TestWorld.make()
        let second = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        let engines = [world.engine, second]
        let won = try await withThrowingTaskGroup(of: Bool.self) { group in
            for attempt in 0..<8 {
                group.addTask {
                    do {
                        _ = try await engines[attempt % 2].registerStore(Self.profile("행복반점"), as: world.owner)
                        return true
                    } catch let error as DeliveryError {
                        #expect(error.violation == .storeNameTaken(typed: "행복반점", existing: "행복반점"))
                        return false
                    }
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(won == 1)
        #expect(try await world.engine.storesNamedLike(NameKey("행복반점")).count == 1)
    }

    @Test func aDatabaseHoldingTwoStoresOfOneNameAnswersWithTheFirstRegistered() async throws {
        let world = try await TestWorld.make()
        // An old log: a second 홍콩반점 registered before names were claimed.
        let twin = StoreID("TWIN")
        let later = world.clock.now().addingTimeInterval(60)
        let registered = StoreEvent.registered(
            .init(
                store: twin, owner: world.owner.account, profile: Self.profile("홍콩반점"),
                settings: .standard, at: later))
        _ = try await world.engine.store.append(
            AppendRequest(
                stream: Streams.store(twin), expectedVersion: .noStream,
                events: [try EventCodec().newEvent(registered, id: UUID(), metadata: EventMetadata(actor: "old"))], recordedAt: later))
        for _ in 1...3 { #expect(try await world.engine.storeID(named: "홍콩반점") == world.store) }
        #expect(try await world.engine.storeID(named: "TWIN") == twin)
        await #expect(throws: DeliveryError.self) { try await world.engine.registerStore(Self.profile("홍콩반점"), as: world.owner) }
    }

    @Test func aFullWidthTwinOfAnAccountIsRefusedAndSignsInAsTheAccount() async throws {
        let world = try await TestWorld.make()
        let alice = try await world.engine.signUp(name: "alice", role: .customer, password: "alice-12345")
        await #expect(throws: DeliveryError.refused(.nameResembles(typed: "ＡＬＩＣＥ", existing: "alice"))) {
            try await world.engine.signUp(name: "ＡＬＩＣＥ", role: .customer, password: "other-12345")
        }
        await #expect(throws: DeliveryError.refused(.nameResembles(typed: "Alice", existing: "alice"))) {
            try await world.engine.signUp(name: "Alice", role: .owner, password: "other-12345")
        }
        #expect(try await world.engine.signIn(name: "ＡＬＩＣＥ", password: "alice-12345") == alice)
    }

    @Test func anAccountFromBeforeNameKeysIsStillFoundAndBlocksItsTwins() async throws {
        let world = try await TestWorld.make()
        // An old log: ＡＬＩＣＥ signed up when accounts were keyed by the lower-cased name.
        let legacy = AccountID.legacyForName("ＡＬＩＣＥ")
        #expect(legacy != AccountID.forName("ＡＬＩＣＥ"))
        let hash = try PasswordHasher.fastForTests.hash("alice-12345")
        let signedUp = AccountEvent.signedUp(
            .init(
                account: legacy, name: "ＡＬＩＣＥ", role: .customer, passwordHash: hash,
                at: world.clock.now()))
        _ = try await world.engine.store.append(
            AppendRequest(
                stream: Streams.account(legacy), expectedVersion: .noStream,
                events: [try EventCodec().newEvent(signedUp, id: UUID(), metadata: EventMetadata(actor: "old"))],
                recordedAt: world.clock.now()))
        #expect(try await world.engine.signIn(name: "ＡＬＩＣＥ", password: "alice-12345").account == legacy)
        await #expect(throws: DeliveryError.refused(.nameResembles(typed: "alice", existing: "ＡＬＩＣＥ"))) {
            try await world.engine.signUp(name: "alice", role: .customer, password: "other-12345")
        }
    }
}
