import EventStore
import Foundation
import Testing

@testable import DeliveryDomain
@testable import DeliveryEngine

/// A person changes their own password by giving the current one; the new one signs in
/// everywhere at once, the old one nowhere, and guessing the current one is throttled as a
/// sign-in is.
@Suite("Changing a password")
struct PasswordChangeTests {
    @Test func theNewPasswordSignsInAndTheOldOneNoLonger() async throws {
        let world = try await TestWorld.make()
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        try await world.engine.changePassword(current: "minsu-12345", new: "새비밀번호-2026", as: world.customer)

        #expect(try await other.signIn(name: "김민수", password: "새비밀번호-2026") == world.customer)
        await #expect(throws: DeliveryError.refused(.wrongPassword)) {
            try await other.signIn(name: "김민수", password: "minsu-12345")
        }
    }

    /// What a session holds its sign-in by: the revision it signed in at, which every change
    /// and reset moves on, and the pulse's count of changes anywhere, which tells sessions
    /// (in every process) to ask.
    @Test func everyChangeMovesThePasswordRevisionAndThePulseSaysOneChanged() async throws {
        let world = try await TestWorld.make()
        let other = try await TestWorld.openEngine(world.path, clock: world.clock, seed: 2)
        #expect(try await world.engine.signInAccount(name: "김민수", password: "minsu-12345").passwordRevision == 0)
        let before = try await other.pulse().passwordsRevision

        #expect(try await world.engine.changePassword(current: "minsu-12345", new: "second-pass-2", as: world.customer) == 1)
        try await world.engine.resetPassword(name: "김민수", new: "third-pass-33")
        #expect(try await other.passwordRevision(of: world.customer.account) == 2)
        #expect(try await other.signInAccount(name: "김민수", password: "third-pass-33").passwordRevision == 2)
        try await other.refresh()
        #expect(try await other.pulse().passwordsRevision > before)

        // Nothing else moves it: another person's sign-in, or a failed one.
        let moved = try await other.pulse().passwordsRevision
        _ = try? await other.signIn(name: "김민수", password: "not-the-password")
        try await other.refresh()
        #expect(try await other.pulse().passwordsRevision == moved)
    }

    @Test func aWrongCurrentPasswordChangesNothingAndCountsAsAFailedSignIn() async throws {
        let world = try await TestWorld.make()
        for _ in 1...3 {
            await #expect(throws: DeliveryError.refused(.wrongCurrentPassword)) {
                try await world.engine.changePassword(current: "guess-12345", new: "another-12345", as: world.customer)
            }
        }
        // Three wrong guesses start the back-off, here as at the sign-in screen.
        await #expect(throws: DeliveryError.refused(.signInBackoff(secondsLeft: 1))) {
            try await world.engine.changePassword(current: "minsu-12345", new: "another-12345", as: world.customer)
        }
        world.clock.advance(by: 1)
        #expect(try await world.engine.signIn(name: "김민수", password: "minsu-12345") == world.customer)
    }

    @Test func theNewPasswordFollowsThePasswordRuleAndDiffersFromTheOld() async throws {
        let world = try await TestWorld.make()
        await #expect(throws: DeliveryError.refused(.weakPassword)) {
            try await world.engine.changePassword(current: "minsu-12345", new: "short", as: world.customer)
        }
        await #expect(throws: DeliveryError.refused(.samePassword)) {
            try await world.engine.changePassword(current: "minsu-12345", new: "minsu-12345", as: world.customer)
        }
        #expect(try await world.engine.signIn(name: "김민수", password: "minsu-12345") == world.customer)
    }

    @Test func theLogKeepsTheHashNeverThePassword() async throws {
        let world = try await TestWorld.make()
        try await world.engine.changePassword(current: "minsu-12345", new: "새비밀번호-2026", as: world.customer)
        let events = try await world.engine.store.readStream(Streams.account(world.customer.account), fromVersion: 1)
        let changed = try #require(events.last)
        #expect(changed.type == "PasswordChanged")
        let payload = String(decoding: changed.payload, as: UTF8.self)
        #expect(!payload.contains("새비밀번호"))
        #expect(!payload.contains("minsu"))
    }

    /// Two sessions change the password at once, each having checked the same current one: the
    /// first wins, and the second is refused rather than overwriting it unseen.
    @Test func aChangeDecidedOnAnOlderHashIsRefused() throws {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let customer = Actor(account: .forName("김민수"), role: .customer)
        let signedUp = AccountEvent.signedUp(
            .init(account: customer.account, name: "김민수", role: .customer, passwordHash: "hash-1", at: now))
        let changed = AccountEvent.passwordChanged(.init(passwordHash: "hash-2", at: now))
        let state = AccountDecider.fold([signedUp, changed])
        #expect(throws: RuleViolation.wrongCurrentPassword) {
            try AccountDecider.decide(
                .changePassword(
                    verifiedHash: "hash-1", newPasswordLength: 12, newPasswordHash: "hash-3", by: customer, from: .thisMachine, now: now),
                state)
        }
        let accepted = try AccountDecider.decide(
            .changePassword(
                verifiedHash: "hash-2", newPasswordLength: 12, newPasswordHash: "hash-3", by: customer, from: .thisMachine, now: now), state
        )
        #expect(AccountDecider.fold([signedUp, changed] + accepted).passwordHash == "hash-3")
    }

    @Test func onlyTheAccountItselfChangesItsPassword() throws {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let customer = Actor(account: .forName("김민수"), role: .customer)
        let intruder = Actor(account: .forName("정라이더"), role: .rider)
        let state = AccountDecider.fold([
            .signedUp(.init(account: customer.account, name: "김민수", role: .customer, passwordHash: "hash-1", at: now))
        ])
        #expect(throws: RuleViolation.unknownAccount(intruder.account.rawValue)) {
            try AccountDecider.decide(
                .changePassword(
                    verifiedHash: "hash-1", newPasswordLength: 12, newPasswordHash: "hash-3", by: intruder, from: .thisMachine, now: now),
                state)
        }
    }

    @Test func theOperatorResetsAForgottenPasswordAndTheBackoffWithIt() async throws {
        let world = try await TestWorld.make()
        for _ in 1...3 {
            await #expect(throws: DeliveryError.refused(.wrongPassword)) {
                try await world.engine.signIn(name: "김민수", password: "forgotten-1")
            }
        }
        #expect(try await world.engine.resetPassword(name: "김민수", new: "새비밀번호-2026") == "김민수")
        #expect(try await world.engine.signIn(name: "김민수", password: "새비밀번호-2026") == world.customer)
        await #expect(throws: DeliveryError.refused(.unknownAccount("아무개"))) {
            try await world.engine.resetPassword(name: "아무개", new: "새비밀번호-2026")
        }
        await #expect(throws: DeliveryError.refused(.weakPassword)) {
            try await world.engine.resetPassword(name: "김민수", new: "short")
        }
        let events = try await world.engine.store.readStream(Streams.account(world.customer.account), fromVersion: 1)
        #expect(events.last?.metadata.actor == "operator")
    }
}
