import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import PostgresEngine
import Testing

/// Two engines on one PostgreSQL log, each with its own projection, folded-state cache and turns:
/// what two machines have. Every rule is decided on streams read from the shared log and
/// guarded by the append's expected version, so each race has exactly one winner.
@Suite("Races between two engines on one PostgreSQL", .enabled(if: PostgresServer.isConfigured, PostgresServer.skipNote))
struct RacesOnPostgresTests {
    static let rounds = 25

    @Test func twoRidersRaceForOneJobAndExactlyOneGetsIt() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            for round in 0..<Self.rounds {
                let order = try await world.paidOrder()
                try await world.engine.confirm(order, as: world.owner)
                let outcomes = await withTaskGroup(of: Result<Void, DeliveryError>.self) { group in
                    for (engine, rider) in [(world.engine, world.rider), (other, world.otherRider)] {
                        group.addTask {
                            do throws(DeliveryError) {
                                try await engine.acceptJob(order, as: rider)
                                return .success(())
                            } catch {
                                return .failure(error)
                            }
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                let winners = outcomes.filter { if case .success = $0 { true } else { false } }.count
                #expect(winners == 1, "round \(round): \(outcomes)")
                for case .failure(let error) in outcomes { #expect(error == .refused(.jobTaken), "round \(round)") }
                let state = try await other.orderState(order)
                #expect(state.rider != nil)
            }
        }
    }

    @Test func aCancelRacesAConfirmationAndExactlyOneWins() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            var cancelled = 0
            for round in 0..<Self.rounds {
                let order = try await world.paidOrder()
                async let cancel: Result<Void, DeliveryError> = {
                    do throws(DeliveryError) {
                        try await world.engine.cancel(order, reason: "마음이 바뀌었어요", as: world.customer)
                        return .success(())
                    } catch { return .failure(error) }
                }()
                async let confirm: Result<Void, DeliveryError> = {
                    do throws(DeliveryError) {
                        try await other.confirm(order, as: world.owner)
                        return .success(())
                    } catch { return .failure(error) }
                }()
                let (c, k) = await (cancel, confirm)
                let state = try await other.orderState(order)
                switch (c, k) {
                case (.success, .failure):
                    cancelled += 1
                    #expect(state.status == .cancelled, "round \(round)")
                    #expect(state.refund?.amount == 17_000, "round \(round)")
                case (.failure, .success):
                    #expect(state.status == .cooking, "round \(round)")
                    #expect(state.refund == nil, "round \(round)")
                default:
                    Issue.record("round \(round): cancel \(c), confirm \(k): exactly one must win")
                }
            }
            _ = cancelled
        }
    }

    /// Both machines change one password at once from the same current one: exactly one change
    /// lands, and both machines then sign in with it alone.
    @Test func twoMachinesChangeOnePasswordAndExactlyOneWins() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            async let first: Result<Void, DeliveryError> = {
                do throws(DeliveryError) {
                    try await world.engine.changePassword(current: "minsu-12345", new: "first-choice-1", as: world.customer)
                    return .success(())
                } catch { return .failure(error) }
            }()
            async let second: Result<Void, DeliveryError> = {
                do throws(DeliveryError) {
                    try await other.changePassword(current: "minsu-12345", new: "second-choice-2", as: world.customer)
                    return .success(())
                } catch { return .failure(error) }
            }()
            let outcomes = await [first, second]
            let won = outcomes.indices.filter { if case .success = outcomes[$0] { true } else { false } }
            #expect(won.count == 1, "\(outcomes)")
            let kept = won.first == 0 ? "first-choice-1" : "second-choice-2"
            let lost = won.first == 0 ? "second-choice-2" : "first-choice-1"
            for engine in [world.engine, other] {
                #expect(try await engine.signIn(name: "김민수", password: kept) == world.customer)
                await #expect(throws: DeliveryError.refused(.wrongPassword)) {
                    try await engine.signIn(name: "김민수", password: lost)
                }
            }
        }
    }

    /// A change on one machine reaches the other machine's sessions: its pulse moves once its
    /// follower takes the change in, and the account's revision it reads is the new one.
    @Test func aPasswordChangedOnOneMachineMovesTheOtherMachinesPulse() async throws {
        try await PostgresServer.withFreshSchema { location in
            let world = try await PostgresWorld.make(location)
            let other = try await openPostgresEngine(location, clock: world.clock, seed: 2)
            let before = try await other.pulse().passwordsRevision
            try await world.engine.changePassword(current: "minsu-12345", new: "first-choice-1", as: world.customer)
            #expect(try await eventually { try await other.pulse().passwordsRevision > before })
            #expect(try await other.passwordRevision(of: world.customer.account) == 1)
        }
    }
}
