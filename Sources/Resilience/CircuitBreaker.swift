/// Stops calling a dependency that is failing or crawling, and lets a few probe calls test its recovery.
///
/// A value-type state machine with no clock and no locks: every method takes `now`, a ``Duration`` on a
/// time line the owner picks (typically time since its start, read from a `ContinuousClock`). Tests drive time
/// by hand; a concurrent owner keeps the breaker behind its own lock or actor.
///
/// - **closed**: calls pass. Each outcome enters a sliding window of the last `windowSize` calls. Once the window
///   holds `minimumCalls`, the breaker opens if the failure rate or the slow-call rate reaches its threshold.
/// - **open**: ``permit(now:)`` refuses with the time left until `openDuration` has passed since opening; the
///   first permit after that moves to half-open.
/// - **halfOpen**: up to `halfOpenProbes` calls pass. If all of them succeed in time the breaker closes with an
///   empty window; the first that fails or is slow reopens it. Further calls are refused while probes run.
///
/// Every permitted call must be followed by exactly one ``record(_:now:)``, or a half-open breaker would wait
/// for its probes forever. Outcomes arriving while open (calls started before it opened) are ignored.
public struct CircuitBreaker: Sendable {
    /// Whether a call may go ahead.
    public enum Permit: Sendable, Equatable {
        case allowed
        /// Refused locally. `retryAfter` is the time until the breaker will probe again;
        /// nil while half-open probes are in flight (it depends on their outcome).
        case rejected(retryAfter: Duration?)
    }

    /// How a permitted call ended, with how long it took.
    public enum Outcome: Sendable, Equatable {
        /// The dependency answered (a declined card is an answer too).
        case success(Duration)
        /// The dependency did not answer usefully: timeout, refused connection, 5xx.
        case failure(Duration)
        /// The call ended without saying anything about the dependency (cancelled by the caller, or a request
        /// rejected as malformed). Frees a half-open probe slot; not counted in the window.
        case ignored
    }

    public let configuration: Configuration
    public private(set) var state: State = .closed
    /// The latest state changes, oldest first, for screens and drill reports: at most
    /// ``keptTransitions``, so a breaker flapping for weeks does not grow without bound.
    public private(set) var transitions: [Transition<Duration>] = []
    /// Every state change since the breaker was made, including those no longer kept.
    public private(set) var transitionCount = 0
    public static let keptTransitions = 256
    /// The calls judged while closed.
    public private(set) var window: CallWindow

    private var openedAt: Duration = .zero
    private var probesPermitted = 0
    private var probesSucceeded = 0

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.window = CallWindow(capacity: configuration.windowSize)
    }

    /// Asks to make a call. Moves open → halfOpen once the open duration has passed.
    public mutating func permit(now: Duration) -> Permit {
        switch state {
        case .closed:
            return .allowed
        case .open:
            let reopensAt = openedAt + configuration.openDuration
            guard now >= reopensAt else { return .rejected(retryAfter: reopensAt - now) }
            transition(to: .halfOpen, at: now, reason: .openDurationElapsed)
            return permitProbe()
        case .halfOpen:
            return permitProbe()
        }
    }

    /// Reports how a permitted call ended.
    public mutating func record(_ outcome: Outcome, now: Duration) {
        switch state {
        case .closed:
            guard let call = judge(outcome) else { return }
            window.append(call)
            guard window.count >= configuration.minimumCalls else { return }
            if window.failureRate >= configuration.failureRateThreshold {
                open(at: now, reason: .failureRate(window.failureRate))
            } else if window.slowCallRate >= configuration.slowCallRateThreshold {
                open(at: now, reason: .slowCallRate(window.slowCallRate))
            }
        case .open:
            return
        case .halfOpen:
            guard let call = judge(outcome) else {
                probesPermitted = max(0, probesPermitted - 1)
                return
            }
            if call.failed || call.slow {
                open(at: now, reason: .probeFailed)
            } else {
                probesSucceeded += 1
                if probesSucceeded >= configuration.halfOpenProbes {
                    window.removeAll()
                    transition(to: .closed, at: now, reason: .probesSucceeded)
                }
            }
        }
    }

    private mutating func permitProbe() -> Permit {
        guard probesPermitted < configuration.halfOpenProbes else { return .rejected(retryAfter: nil) }
        probesPermitted += 1
        return .allowed
    }

    private func judge(_ outcome: Outcome) -> CallWindow.Call? {
        switch outcome {
        case .success(let duration):
            CallWindow.Call(failed: false, slow: duration >= configuration.slowCallDuration)
        case .failure(let duration):
            CallWindow.Call(failed: true, slow: duration >= configuration.slowCallDuration)
        case .ignored:
            nil
        }
    }

    private mutating func open(at now: Duration, reason: Reason) {
        openedAt = now
        window.removeAll()
        transition(to: .open, at: now, reason: reason)
    }

    private mutating func transition(to newState: State, at now: Duration, reason: Reason) {
        transitions.append(Transition(from: state, to: newState, at: now, reason: reason))
        if transitions.count > Self.keptTransitions { transitions.removeFirst(transitions.count - Self.keptTransitions) }
        transitionCount += 1
        state = newState
        probesPermitted = 0
        probesSucceeded = 0
    }
}
