import Synchronization

/// Wake-ups from a shared log's listener to the process's follower, with bursts folded: the
/// wake-ups that arrive while the follower is busy wait as one (``LogWakeUp/merged(with:)``),
/// so a hundred appends during one catch-up make one more step, not a hundred.
///
///     for await _ in wakeUps.arrivals {
///         guard let wakeUp = wakeUps.take() else { continue }
///         // apply wakeUp.carried, or read by position
///     }
public final class LogWakeUps: Sendable {
    /// Yields when a wake-up is waiting (several arrivals fold into one element); ending its
    /// iteration stops the listener (see ``onTermination``).
    public let arrivals: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let waiting = Mutex<LogWakeUp?>(nil)

    public init() {
        (arrivals, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Adds `wakeUp` to what waits, and wakes the follower.
    public func post(_ wakeUp: LogWakeUp) {
        waiting.withLock { $0 = $0.map { $0.merged(with: wakeUp) } ?? wakeUp }
        continuation.yield()
    }

    /// Everything that came since the last call, as one wake-up; nil when nothing did.
    public func take() -> LogWakeUp? {
        waiting.withLock { waiting in
            defer { waiting = nil }
            return waiting
        }
    }

    /// Runs once the follower stops iterating ``arrivals`` (or ``finish()`` is called): where
    /// the listener stops listening.
    public func onTermination(_ body: @escaping @Sendable () -> Void) {
        continuation.onTermination = { _ in body() }
    }

    /// Ends ``arrivals``.
    public func finish() {
        continuation.finish()
    }
}
