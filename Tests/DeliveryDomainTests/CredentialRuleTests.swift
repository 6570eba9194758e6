import Foundation
import Testing

@testable import DeliveryDomain

/// Passwords are bounded and not blank; wrong ones make the account wait, longer each time.
@Suite("Credentials")
struct CredentialRuleTests {
    @Test func passwordsAreBoundedAndNotBlank() throws {
        try PasswordRule.check("민수의 비밀번호")
        try PasswordRule.check(String(repeating: "a", count: 128))
        #expect(throws: RuleViolation.blankPassword) { try PasswordRule.check(String(repeating: " ", count: 8)) }
        #expect(throws: RuleViolation.blankPassword) { try PasswordRule.check(String(repeating: "\u{3000}", count: 9)) }
        #expect(throws: RuleViolation.weakPassword) { try PasswordRule.check("1234567") }
        #expect(throws: RuleViolation.passwordTooLong(maximum: 128)) { try PasswordRule.check(String(repeating: "a", count: 129)) }
        #expect(throws: RuleViolation.passwordTooLong(maximum: 128)) {
            try PasswordRule.check(String(repeating: "a", count: 1 << 20))
        }
        // One "character" carrying a thousand combining marks is bounded by its bytes.
        #expect(throws: RuleViolation.passwordTooLong(maximum: 128)) {
            try PasswordRule.check("abcdefgh" + String(repeating: "\u{301}", count: 1_000))
        }
    }

    @Test func theDeciderBoundsThePasswordLength() {
        #expect(throws: RuleViolation.passwordTooLong(maximum: 128)) {
            try AccountDecider.decide(
                .signUp(name: "민수", role: .customer, passwordLength: 1 << 20, passwordHash: "h", now: Given.noon),
                AccountDecider.initialState)
        }
    }

    @Test func theWaitDoublesFromTheFourthTryAndIsCapped() {
        let waits = (0...16).map { SignInBackoff.delay(afterFailures: $0) }
        #expect(waits == [0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900])
        #expect(SignInBackoff.delay(afterFailures: .max) == 900)
    }

    @Test func aClockBehindTheLastFailureWaitsNoLongerThanTheCap() {
        let backoff = SignInBackoff(failures: 20, lastFailureAt: Given.noon)
        #expect(backoff.secondsToWait(at: Given.noon.addingTimeInterval(-86_400)) == 900)
        #expect(backoff.secondsToWait(at: Given.noon.addingTimeInterval(899.5)) == 1)
        #expect(backoff.secondsToWait(at: Given.noon.addingTimeInterval(900)) == 0)
    }

    @Test func failuresAreRecordedAndARefusalSaysHowLongToWait() throws {
        var events = try AccountDecider.decide(
            .signUp(name: "김민수", role: .customer, passwordLength: 12, passwordHash: "h", now: Given.noon), AccountDecider.initialState)
        func signIn(_ matched: Bool, at seconds: Double) throws -> [AccountEvent] {
            let decided = try AccountDecider.decide(
                .recordSignIn(passwordMatched: matched, from: .thisMachine, now: Given.noon.addingTimeInterval(seconds)),
                AccountDecider.fold(events))
            events += decided
            return decided
        }
        #expect(try signIn(true, at: 0).isEmpty, "a plain sign-in records nothing")
        for _ in 1...3 { _ = try signIn(false, at: 1) }
        #expect(throws: RuleViolation.signInBackoff(secondsLeft: 1)) { try signIn(true, at: 1) }
        _ = try signIn(false, at: 2)
        #expect(throws: RuleViolation.signInBackoff(secondsLeft: 2)) { try signIn(false, at: 2) }
        #expect(try signIn(true, at: 4) == [.signInSucceeded(.init(at: Given.noon.addingTimeInterval(4), source: .thisMachine))])
        #expect(AccountDecider.fold(events).signInThrottle.failures(from: .thisMachine) == 0)
        #expect(RuleViolation.signInBackoff(secondsLeft: 125).text(in: .english).contains("wait 2 min 5 s"))
        #expect(RuleViolation.signInBackoff(secondsLeft: 125).text(in: .korean).contains("2분 5초 기다린 뒤에"))
    }
}
