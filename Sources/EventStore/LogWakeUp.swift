/// One wake-up for a process following a shared log: something may be new there.
///
/// A wake-up may carry the events an append wrote, when they were small enough to ride in the
/// notification itself. A follower whose read models stand at or past the position just before
/// them applies them without asking the log (a round trip less between a change and a screen);
/// any other wake-up, or carried events that do not continue the read models, is answered by
/// reading the log by position, so nothing is ever skipped. Carried events are an offer, never
/// the only way an event arrives: a lost notification costs latency, not an event.
public struct LogWakeUp: Sendable, Equatable {
    /// The events of the appends that woke the follower, dense and in position order; empty
    /// when the wake-up carries none (the follower reads by position).
    public var carried: [RecordedEvent]
    /// False only when every append merged into this wake-up said what it wrote and nothing
    /// else happened: then what processes share beside the log (settings, the payment worker's
    /// report, the time) did not change, and need not be read again.
    public var sharedStateMayHaveChanged: Bool
    /// Set only when every append merged into this wake-up was this process's own, recognised
    /// by the store that made it: the head the last of them left. Nothing is carried (nor
    /// decoded): the process holds what it wrote, up to there (``ownAppend(head:)``).
    public var ownAppendsUpTo: Int64?

    public init(carried: [RecordedEvent] = [], sharedStateMayHaveChanged: Bool = true, ownAppendsUpTo: Int64? = nil) {
        self.carried = carried
        self.sharedStateMayHaveChanged = sharedStateMayHaveChanged
        self.ownAppendsUpTo = ownAppendsUpTo
    }

    /// The wake-up for an append of this process that left `head`: nothing carried, nothing
    /// shared changed.
    public static func ownAppend(head: Int64) -> LogWakeUp {
        LogWakeUp(sharedStateMayHaveChanged: false, ownAppendsUpTo: head)
    }

    /// A wake-up that carries nothing and assumes anything may have changed: the first one once
    /// listening, one after reconnecting, the safety poll's.
    public static let readEverything = LogWakeUp()

    /// The most events a merged wake-up carries; beyond that the follower reads by position.
    static let mostCarried = 256

    /// This wake-up and `later` as one, for a follower that was busy while both came: it carries
    /// events only when both did and `later`'s continue this one's exactly, since a wake-up that
    /// carries nothing may stand for events nobody carried.
    public func merged(with later: LogWakeUp) -> LogWakeUp {
        let stateMayHaveChanged = sharedStateMayHaveChanged || later.sharedStateMayHaveChanged
        if let mine = ownAppendsUpTo, let later = later.ownAppendsUpTo { return .ownAppend(head: max(mine, later)) }
        guard let last = carried.last, let next = later.carried.first, next.position == last.position + 1,
            carried.count + later.carried.count <= Self.mostCarried
        else { return LogWakeUp(carried: [], sharedStateMayHaveChanged: stateMayHaveChanged) }
        return LogWakeUp(carried: carried + later.carried, sharedStateMayHaveChanged: stateMayHaveChanged)
    }
}
