/// When a store's lone appends tell the other processes about themselves: at once when none did
/// for a while, otherwise once for all of them at the end of a short window.
///
/// Every notification wakes every listening process, and its server connection, on every
/// machine, this process's own included: at 1 client on 2 cores, `bench engine` ran 7–23% more
/// commands a second with no notification at all. A run of lone appends from one process needs
/// only one wake-up: listeners read by position after it anyway, and take in what a
/// notification carries only when it continues what they hold.
///
/// - A call of several requests (group commit) always **announces itself**: the append
///   function notifies at its commit. Its notification is already shared by its requests.
/// - So does a lone append when no call of this store announced itself in the last `length`,
///   and no notification is owed: a lone append, or the first of a run, reaches listeners as it
///   always did, carrying its events.
/// - Any other lone append is **unannounced**: once it has ended, a notification is owed, sent
///   by the store when the window ends (``owedNotificationDue(after:at:)``). It names the highest
///   position those calls wrote, or the log's head when a call's answer was lost, so a listener
///   reads up to there.
///
/// A process killed while it owes a notification leaves listeners to their safety poll, as one
/// killed between a commit and its notification always did. A length of zero announces every
/// call. A value with no clock of its own: the store passes the instants, and tests do.
struct AnnouncementWindow: Sendable {
    /// What an owed notification announces.
    enum Owed: Equatable, Sendable {
        /// Up to this position: the highest written by the unannounced calls.
        case upTo(Int64)
        /// An unannounced call's answer was lost, so what it wrote is unknown: the log's head
        /// when the notification is sent.
        case logHead
    }

    /// What an unannounced call wrote, as its answer says.
    enum Written: Equatable, Sendable {
        /// Refused: nothing to announce.
        case nothing
        case upTo(Int64)
        /// The call failed without an answer: it may have committed.
        case unknown
    }

    let length: Duration
    private(set) var lastAnnounced: ContinuousClock.Instant?
    private(set) var owed: Owed?

    init(length: Duration) {
        self.length = length
    }

    /// Whether a call of `requests` starting at `now` announces itself; if so, the window
    /// starts again.
    mutating func callAnnounces(requests: Int, at now: ContinuousClock.Instant) -> Bool {
        if requests == 1 {
            // An owed notification will follow anyway, and covers this call too.
            guard owed == nil else { return false }
            if let lastAnnounced, now - lastAnnounced < length { return false }
        }
        lastAnnounced = now
        return true
    }

    /// An unannounced call ended at `now` having written `written`. Returns when the owed
    /// notification is due if it became owed just now (the store then waits for it); nil when
    /// one was owed already, or nothing was written.
    mutating func owedNotificationDue(after written: Written, at now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        let wasOwed = owed != nil
        switch (owed, written) {
        case (_, .nothing): break
        case (.logHead, _), (_, .unknown): owed = .logHead
        case (.upTo(let earlier), .upTo(let position)): owed = .upTo(max(earlier, position))
        case (nil, .upTo(let position)): owed = .upTo(position)
        }
        guard !wasOwed, owed != nil else { return nil }
        return max(now, (lastAnnounced ?? now) + length)
    }

    /// The owed notification is sent at `now`: what it announces; the window starts again.
    mutating func takeOwed(at now: ContinuousClock.Instant) -> Owed? {
        defer { owed = nil }
        if owed != nil { lastAnnounced = now }
        return owed
    }
}
