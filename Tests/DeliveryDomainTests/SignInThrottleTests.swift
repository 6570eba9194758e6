import Foundation
import Testing

@testable import DeliveryDomain

/// Wrong passwords slow the place they are typed at, not the account's owner elsewhere; many
/// places together are bounded for the account as a whole.
@Suite("Sign-in throttle by source")
struct SignInThrottleTests {
    static let attacker = SignInSource.connection(from: "203.0.113.5")
    static let owner = SignInSource.connection(from: "198.51.100.7")

    /// An account's events, and the rule asked at `seconds` after noon.
    struct Account {
        var events: [AccountEvent]

        init() throws {
            events = try AccountDecider.decide(
                .signUp(name: "김민수", role: .customer, passwordLength: 12, passwordHash: "h", now: Given.noon),
                AccountDecider.initialState)
        }

        var state: AccountState { AccountDecider.fold(events) }

        @discardableResult
        mutating func signIn(_ matched: Bool, from source: SignInSource, at seconds: Double) throws(RuleViolation) -> [AccountEvent] {
            let decided = try AccountDecider.decide(
                .recordSignIn(passwordMatched: matched, from: source, now: Given.noon.addingTimeInterval(seconds)), state)
            events += decided
            return decided
        }
    }

    @Test func aGuesserAtOneAddressDoesNotKeepTheOwnerOut() throws {
        var account = try Account()
        // The guesser runs into the longest wait, 15 minutes.
        var at = 0.0
        for _ in 1...13 {
            try account.signIn(false, from: Self.attacker, at: at)
            at += Double(account.state.signInThrottle.secondsToWait(from: Self.attacker, at: Given.noon.addingTimeInterval(at)))
        }
        #expect(throws: RuleViolation.signInBackoff(secondsLeft: 900)) {
            try account.signIn(false, from: Self.attacker, at: at - 900)
        }
        // The owner, elsewhere, signs in at once, and the guesser still waits.
        #expect(try account.signIn(true, from: Self.owner, at: at - 900).isEmpty)
        #expect(account.state.signInThrottle.secondsToWait(from: Self.attacker, at: Given.noon.addingTimeInterval(at - 900)) == 900)
    }

    @Test func theRightPasswordClearsOnlyItsOwnSource() throws {
        var account = try Account()
        for _ in 1...3 {
            try account.signIn(false, from: Self.attacker, at: 0)
            try account.signIn(false, from: Self.owner, at: 0)
        }
        #expect(throws: RuleViolation.signInBackoff(secondsLeft: 1)) { try account.signIn(true, from: Self.owner, at: 0) }
        #expect(
            try account.signIn(true, from: Self.owner, at: 1) == [
                .signInSucceeded(.init(at: Given.noon.addingTimeInterval(1), source: Self.owner))
            ])
        #expect(account.state.signInThrottle.failures(from: Self.owner) == 0)
        #expect(account.state.signInThrottle.failures(from: Self.attacker) == 3)
    }

    @Test func manyAddressesTogetherPauseTheAccountForADay() throws {
        var account = try Account()
        // Three free failures from each of 100 addresses: the account's daily limit.
        for address in 0..<(SignInThrottle.accountLimit / 3) {
            for _ in 1...3 { try account.signIn(false, from: .connection(from: "10.0.\(address / 256).\(address % 256)"), at: 60) }
        }
        #expect(throws: RuleViolation.passwordsPausedForAccount(secondsLeft: 86_400)) {
            try account.signIn(true, from: Self.owner, at: 60)
        }
        #expect(throws: RuleViolation.passwordsPausedForAccount(secondsLeft: 1)) {
            try account.signIn(true, from: Self.owner, at: 86_459.5)
        }
        #expect(try account.signIn(true, from: Self.owner, at: 86_460).isEmpty)
        // Only the newest failures are kept, and only the most recent sources.
        #expect(account.state.signInThrottle.recentFailures.count == SignInThrottle.accountLimit)
        #expect(account.state.signInThrottle.bySource.count == SignInThrottle.maximumSources)
    }

    @Test func aPasswordResetClearsEverySource() throws {
        var account = try Account()
        for _ in 1...5 { try? account.signIn(false, from: Self.attacker, at: 0) }
        account.events += try AccountDecider.decide(
            .resetPassword(newPasswordLength: 12, newPasswordHash: "h2", now: Given.noon), account.state)
        #expect(account.state.signInThrottle == SignInThrottle())
    }

    @Test func eventsFromBeforeSourcesKeepTheirMeaning() throws {
        var account = try Account()
        // Failures without a source count together, as one source did; a success without one cleared them all.
        account.events +=
            [AccountEvent.signInFailed(.init(at: Given.noon, source: nil))]
            + Array(repeating: .signInFailed(.init(at: Given.noon, source: nil)), count: 3)
        #expect(account.state.signInThrottle.failures(from: .unrecorded) == 4)
        #expect(account.state.signInThrottle.secondsToWait(from: .unrecorded, at: Given.noon) == 2)
        #expect(account.state.signInThrottle.secondsToWait(from: .thisMachine, at: Given.noon) == 0)
        account.events.append(.signInSucceeded(.init(at: Given.noon, source: nil)))
        #expect(account.state.signInThrottle == SignInThrottle())
    }

    @Test func anAddressCarriesOnlyWhatAnIPAddressIsWrittenWith() {
        #expect(SignInSource.connection(from: "203.0.113.5").label == "ssh 203.0.113.5")
        #expect(SignInSource.connection(from: "fe80::1%eth0").label == "ssh fe80::1%e0")
        #expect(SignInSource.connection(from: "1.2.3.4\n\u{1B}[2J").label == "ssh 1.2.3.42")
        #expect(SignInSource.connection(from: String(repeating: "1", count: 500)).label.count == 4 + 64)
    }

    @Test func theAccountWideRefusalSaysHoursAndWhatToDo() {
        let english = RuleViolation.passwordsPausedForAccount(secondsLeft: 12_001).text(in: .english)
        #expect(english.contains("3 h 21 min") && english.contains("SSH key"))
        #expect(RuleViolation.passwordsPausedForAccount(secondsLeft: 12_001).text(in: .korean).contains("3시간 21분 동안"))
        #expect(MessageTime.englishLongWait(59) == "1 min" && MessageTime.koreanLongWait(7_200) == "2시간")
    }
}
