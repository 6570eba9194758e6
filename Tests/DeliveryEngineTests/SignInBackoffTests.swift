import Foundation
import Testing

@testable import DeliveryDomain
@testable import DeliveryEngine

/// Wrong passwords make an account wait, in every process that opens the database; the right
/// one after the wait clears the count. Passwords are bounded and not blank.
@Suite("Sign-in back-off")
struct SignInBackoffTests {
    @Test func afterThreeWrongPasswordsEvenTheRightOneWaits() async throws {
        let world = try await TestWorld.make()
        for _ in 1...3 {
            await #expect(throws: DeliveryError.refused(.wrongPassword)) {
                try await world.engine.signIn(name: "김민수", password: "guess-12345")
            }
        }
        await #expect(throws: DeliveryError.refused(.signInBackoff(secondsLeft: 1))) {
            try await world.engine.signIn(name: "김민수", password: "minsu-12345")
        }
        world.clock.advance(by: 1)
        #expect(try await world.engine.signIn(name: "김민수", password: "minsu-12345") == world.customer)
        // Cleared: three more typos cost nothing again.
        for _ in 1...3 {
            await #expect(throws: DeliveryError.refused(.wrongPassword)) {
                try await world.engine.signIn(name: "김민수", password: "guess-12345")
            }
        }
    }

    @Test func anotherProcessSeesTheBackoffAndItDoubles() async throws {
        let world = try await TestWorld.make()
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        for engine in [world.engine, other, world.engine] {
            await #expect(throws: DeliveryError.refused(.wrongPassword)) {
                try await engine.signIn(name: "김민수", password: "guess-12345")
            }
        }
        await #expect(throws: DeliveryError.refused(.signInBackoff(secondsLeft: 1))) {
            try await other.signIn(name: "김민수", password: "guess-12345")
        }
        world.clock.advance(by: 1)
        await #expect(throws: DeliveryError.refused(.wrongPassword)) {
            try await other.signIn(name: "김민수", password: "guess-12345")
        }
        await #expect(throws: DeliveryError.refused(.signInBackoff(secondsLeft: 2))) {
            try await world.engine.signIn(name: "김민수", password: "minsu-12345")
        }
    }

    @Test func guessesRacingThroughTheCheckGetOneVerdict() async throws {
        let world = try await TestWorld.make()
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        for _ in 1...2 { _ = try? await world.engine.signIn(name: "김민수", password: "guess-12345") }
        // Both guesses see two failures and no wait; whichever records first starts the wait.
        let verdicts = await withTaskGroup(of: DeliveryError?.self) { group in
            for engine in [world.engine, other, world.engine, other] {
                group.addTask {
                    do throws(DeliveryError) {
                        _ = try await engine.signIn(name: "김민수", password: "guess-12345")
                        return nil
                    } catch { return error }
                }
            }
            return await group.reduce(into: [DeliveryError?]()) { $0.append($1) }
        }
        #expect(verdicts.filter { $0 == DeliveryError.refused(.wrongPassword) }.count == 1)
        #expect(verdicts.filter { $0 == DeliveryError.refused(.signInBackoff(secondsLeft: 1)) }.count == 3)
    }

    @Test func blankAndHugePasswordsAreRefusedAtSignUp() async throws {
        let world = try await TestWorld.make()
        await #expect(throws: DeliveryError.refused(.blankPassword)) {
            try await world.engine.signUp(name: "민지", role: .customer, password: "        ")
        }
        await #expect(throws: DeliveryError.refused(.passwordTooLong(maximum: 128))) {
            try await world.engine.signUp(name: "민지", role: .customer, password: String(repeating: "x", count: 1 << 20))
        }
        await #expect(throws: DeliveryError.refused(.unknownAccount("민지"))) { try await world.engine.account(named: "민지") }
    }
}

/// Wrong passwords count where they were typed: a guesser at one address waits, and the
/// account's owner elsewhere does not.
@Suite("Sign-in back-off by source")
struct SignInBackoffBySourceTests {
    static let guesser = SignInSource.connection(from: "203.0.113.5")

    @Test func aGuesserAtOneAddressWaitsAndTheOwnerElsewhereDoesNot() async throws {
        let world = try await TestWorld.make()
        for _ in 1...3 {
            await #expect(throws: DeliveryError.refused(.wrongPassword)) {
                try await world.engine.signIn(name: "김민수", password: "guess-12345", from: Self.guesser)
            }
        }
        await #expect(throws: DeliveryError.refused(.signInBackoff(secondsLeft: 1))) {
            try await world.engine.signIn(name: "김민수", password: "minsu-12345", from: Self.guesser)
        }
        #expect(try await world.engine.signIn(name: "김민수", password: "minsu-12345", from: .thisMachine) == world.customer)
        // The owner's sign-in cleared nothing of the guesser's, and every process counts it.
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        let throttle = try await other.account(named: "김민수").signInThrottle
        #expect(throttle.failures(from: Self.guesser) == 3)
        #expect(throttle.secondsToWait(from: Self.guesser, at: world.clock.now()) == 1)
    }

    @Test func aPasswordChangeIsThrottledWhereItIsTyped() async throws {
        let world = try await TestWorld.make()
        for _ in 1...3 {
            await #expect(throws: DeliveryError.refused(.wrongCurrentPassword)) {
                try await world.engine.changePassword(current: "guess-12345", new: "new-password-1", as: world.customer, from: Self.guesser)
            }
        }
        await #expect(throws: DeliveryError.refused(.signInBackoff(secondsLeft: 1))) {
            try await world.engine.changePassword(current: "minsu-12345", new: "new-password-1", as: world.customer, from: Self.guesser)
        }
        try await world.engine.changePassword(current: "minsu-12345", new: "new-password-1", as: world.customer, from: .thisMachine)
    }
}
