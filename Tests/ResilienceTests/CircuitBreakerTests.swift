import Foundation
import Testing
@testable import Resilience

@Suite("Circuit breaker")
struct CircuitBreakerTests {
    /// Window 10, judged from 5 calls, open at 50% failures or 80% slow calls (slow = 1 s), open 5 s, 2 probes.
    static let configuration = CircuitBreaker.Configuration(
        windowSize: 10, minimumCalls: 5, failureRateThreshold: 0.5,
        slowCallDuration: .seconds(1), slowCallRateThreshold: 0.8,
        openDuration: .seconds(5), halfOpenProbes: 2
    )

    static let fast = Duration.milliseconds(100)
    static let slow = Duration.milliseconds(1_500)

    /// Makes a call at `now` and records its outcome; returns whether it was permitted.
    @discardableResult
    static func call(_ breaker: inout CircuitBreaker, _ outcome: CircuitBreaker.Outcome, at now: Duration) -> Bool {
        guard breaker.permit(now: now) == .allowed else { return false }
        breaker.record(outcome, now: now)
        return true
    }

    static func opened() -> CircuitBreaker {
        var breaker = CircuitBreaker(configuration: configuration)
        for second in 0..<5 { call(&breaker, .failure(fast), at: .seconds(second)) }
        return breaker
    }

    @Test("Starts closed and lets calls through")
    func startsClosed() {
        var breaker = CircuitBreaker(configuration: Self.configuration)
        #expect(breaker.state == .closed)
        #expect(breaker.permit(now: .zero) == .allowed)
        #expect(breaker.transitions.isEmpty)
    }

    @Test("Opens when the failure rate reaches the threshold")
    func opensOnFailureRate() {
        var breaker = CircuitBreaker(configuration: Self.configuration)
        for (index, outcome) in [CircuitBreaker.Outcome.success(Self.fast), .failure(Self.fast), .success(Self.fast), .failure(Self.fast)]
            .enumerated()
        {
            Self.call(&breaker, outcome, at: .seconds(index))
        }
        #expect(breaker.state == .closed)  // 4 calls: below the minimum
        Self.call(&breaker, .failure(Self.fast), at: .seconds(4))  // 3/5 = 60%
        #expect(breaker.state == .open)
        #expect(breaker.transitions == [.init(from: .closed, to: .open, at: .seconds(4), reason: .failureRate(0.6))])
        #expect(breaker.transitions.first?.description == "closed → open at 4.000 s (failure rate 60%)")
    }

    @Test("Stays closed below the failure-rate threshold")
    func staysClosedBelowThreshold() {
        var breaker = CircuitBreaker(configuration: Self.configuration)
        // Alternate 3 successes with 2 failures: 40% failures, over and over.
        for index in 0..<50 {
            Self.call(&breaker, index % 5 < 3 ? .success(Self.fast) : .failure(Self.fast), at: .milliseconds(index * 10))
        }
        #expect(breaker.state == .closed)
        #expect(breaker.window.count == 10)
        #expect(breaker.window.failureRate == 0.4)
    }

    @Test("No verdict before the minimum number of calls")
    func minimumCallsRespected() {
        var breaker = CircuitBreaker(configuration: Self.configuration)
        for second in 0..<4 { Self.call(&breaker, .failure(Self.fast), at: .seconds(second)) }
        #expect(breaker.state == .closed)  // 100% failures, but only 4 calls
        Self.call(&breaker, .failure(Self.fast), at: .seconds(4))
        #expect(breaker.state == .open)
    }

    @Test("Opens when the slow-call rate reaches the threshold, even if every call succeeds")
    func opensOnSlowCallRate() {
        var breaker = CircuitBreaker(configuration: Self.configuration)
        Self.call(&breaker, .success(Self.fast), at: .zero)
        for second in 1...3 { Self.call(&breaker, .success(Self.slow), at: .seconds(second)) }
        Self.call(&breaker, .success(Self.slow), at: .seconds(4))  // 4/5 = 80% slow
        #expect(breaker.state == .open)
        #expect(breaker.transitions.last?.reason == .slowCallRate(0.8))
    }

    @Test("A call exactly at the slow threshold counts as slow")
    func slowBoundary() {
        var breaker = CircuitBreaker(configuration: Self.configuration)
        for second in 0..<5 { Self.call(&breaker, .success(.seconds(1)), at: .seconds(second)) }
        #expect(breaker.state == .open)
    }

    @Test("Old calls slide out of the window")
    func slidingWindow() {
        var breaker = CircuitBreaker(configuration: Self.configuration)
        // Two failures early on, never reaching 50%.
        let early: [CircuitBreaker.Outcome] =
            [.failure(Self.fast), .success(Self.fast), .success(Self.fast), .failure(Self.fast)]
            + Array(repeating: .success(Self.fast), count: 6)
        for (index, outcome) in early.enumerated() { Self.call(&breaker, outcome, at: .seconds(index)) }
        #expect(breaker.window.failureCount == 2)
        for index in 10..<20 { Self.call(&breaker, .success(Self.fast), at: .seconds(index)) }
        #expect(breaker.window.failureCount == 0)  // the early failures have slid out
        for index in 20..<24 { Self.call(&breaker, .failure(Self.fast), at: .seconds(index)) }
        #expect(breaker.state == .closed)  // 4 of the last 10
        Self.call(&breaker, .failure(Self.fast), at: .seconds(24))
        #expect(breaker.state == .open)  // 5 of the last 10
    }

    @Test("Open refuses with the time left, then goes half-open after the open duration")
    func openThenHalfOpen() {
        var breaker = Self.opened()  // opened at 4 s
        #expect(breaker.permit(now: .seconds(5)) == .rejected(retryAfter: .seconds(4)))
        #expect(breaker.permit(now: .milliseconds(8_999)) == .rejected(retryAfter: .milliseconds(1)))
        #expect(breaker.state == .open)
        #expect(breaker.permit(now: .seconds(9)) == .allowed)
        #expect(breaker.state == .halfOpen)
        #expect(breaker.transitions.last == .init(from: .open, to: .halfOpen, at: .seconds(9), reason: .openDurationElapsed))
    }

    @Test("Half-open lets only the probes through")
    func probesLimited() {
        var breaker = Self.opened()
        #expect(breaker.permit(now: .seconds(9)) == .allowed)
        #expect(breaker.permit(now: .seconds(9)) == .allowed)
        #expect(breaker.permit(now: .seconds(9)) == .rejected(retryAfter: nil))
    }

    /// A gateway flapping for a long time: each cycle is closed → open → half-open → open. The
    /// breaker keeps only the latest transitions but counts every one.
    @Test("Keeps the latest transitions and counts them all")
    func keepsTheLatestTransitions() {
        var breaker = Self.opened()
        var now = Duration.seconds(5)
        for _ in 0..<200 {
            now += .seconds(6)
            Self.call(&breaker, .failure(Self.fast), at: now)  // the probe fails: half-open → open
        }
        #expect(breaker.state == .open)
        #expect(breaker.transitionCount == 1 + 200 * 2)
        #expect(breaker.transitions.count == CircuitBreaker.keptTransitions)
        #expect(breaker.transitions.last == .init(from: .halfOpen, to: .open, at: now, reason: .probeFailed))
        #expect(breaker.transitions.first?.to == .halfOpen, "the oldest kept is an even number of steps back")
    }

    @Test("All probes succeeding closes the circuit with a fresh window")
    func probesClose() {
        var breaker = Self.opened()
        Self.call(&breaker, .success(Self.fast), at: .seconds(9))
        #expect(breaker.state == .halfOpen)
        Self.call(&breaker, .success(Self.fast), at: .seconds(10))
        #expect(breaker.state == .closed)
        #expect(breaker.window.count == 0)
        #expect(breaker.transitions.map(\.to) == [.open, .halfOpen, .closed])
        #expect(breaker.transitions.last?.reason == .probesSucceeded)
        // A fresh window: four failures are not enough to judge again.
        for second in 11..<15 { Self.call(&breaker, .failure(Self.fast), at: .seconds(second)) }
        #expect(breaker.state == .closed)
    }

    @Test("A failing probe opens the circuit again for a full open duration")
    func probeFailureReopens() {
        var breaker = Self.opened()
        Self.call(&breaker, .success(Self.fast), at: .seconds(9))
        Self.call(&breaker, .failure(Self.fast), at: .seconds(10))
        #expect(breaker.state == .open)
        #expect(breaker.transitions.last == .init(from: .halfOpen, to: .open, at: .seconds(10), reason: .probeFailed))
        #expect(breaker.permit(now: .seconds(14)) == .rejected(retryAfter: .seconds(1)))
        #expect(breaker.permit(now: .seconds(15)) == .allowed)
    }

    @Test("A slow probe counts as failed")
    func slowProbeReopens() {
        var breaker = Self.opened()
        Self.call(&breaker, .success(Self.slow), at: .seconds(9))
        #expect(breaker.state == .open)
    }

    @Test("An ignored call frees its probe slot and is not judged")
    func ignoredCalls() {
        var breaker = Self.opened()
        #expect(breaker.permit(now: .seconds(9)) == .allowed)
        #expect(breaker.permit(now: .seconds(9)) == .allowed)
        breaker.record(.ignored, now: .seconds(9))
        #expect(breaker.permit(now: .seconds(9)) == .allowed)

        var closed = CircuitBreaker(configuration: Self.configuration)
        for second in 0..<10 { Self.call(&closed, .ignored, at: .seconds(second)) }
        #expect(closed.window.count == 0)
    }

    @Test("Outcomes arriving while open are ignored")
    func lateOutcomesWhileOpen() {
        var breaker = Self.opened()
        breaker.record(.success(Self.fast), now: .seconds(5))
        breaker.record(.failure(Self.fast), now: .seconds(6))
        #expect(breaker.state == .open)
        #expect(breaker.transitions.count == 1)
    }

    @Test("Defaults are the documented ones")
    func defaults() {
        let defaults = CircuitBreaker.Configuration()
        #expect(defaults.windowSize == 20)
        #expect(defaults.minimumCalls == 10)
        #expect(defaults.failureRateThreshold == 0.5)
        #expect(defaults.slowCallDuration == .seconds(2))
        #expect(defaults.slowCallRateThreshold == 0.8)
        #expect(defaults.openDuration == .seconds(5))
        #expect(defaults.halfOpenProbes == 3)
    }
}

@Suite("A breaker's reasons in words")
struct BreakerReasonTextTests {
    @Test(arguments: [
        CircuitBreaker.Reason.failureRate(0.6), .slowCallRate(1), .openDurationElapsed, .probesSucceeded, .probeFailed,
    ])
    func aReasonReadsBackFromItsWords(reason: CircuitBreaker.Reason) throws {
        #expect(CircuitBreaker.Reason(description: reason.description) == reason)
        let json = try JSONEncoder().encode(reason)
        #expect(String(decoding: json, as: UTF8.self) == "\"\(reason.description)\"")
        #expect(try JSONDecoder().decode(CircuitBreaker.Reason.self, from: json) == reason)
    }

    @Test func wordsThatAreNoReasonAreRefused() {
        #expect(CircuitBreaker.Reason(description: "flap 3") == nil)
        #expect(CircuitBreaker.Reason(description: "failure rate lots%") == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CircuitBreaker.Reason.self, from: Data("\"flap\"".utf8)) }
    }

    @Test func aTransitionMovesToAnotherTimeLineUnchangedOtherwise() {
        let transition = CircuitBreaker.Transition(from: .closed, to: .open, at: Duration.seconds(4), reason: .failureRate(0.6))
        let placed = transition.placed { Double($0.components.seconds) + 100 }
        #expect(placed == .init(from: .closed, to: .open, at: 104.0, reason: .failureRate(0.6)))
    }
}
