/// Pairs each typed key with the moment its glyph comes back on the same channel.
///
/// Keys are answered in the order they were typed (the session reads them in order and draws
/// each before the next is visible), so only the oldest key still waiting can be matched: a
/// glyph equal to a younger one's is a redraw of something else. Keys typed close together
/// may come back in one frame; each is matched as its glyph passes. A key waiting longer than
/// `patience` is given up on (counted, never matched), so one lost echo cannot shift the
/// pairing of every key after it.
struct EchoMatcher<Instant: InstantProtocol> {
    let patience: Instant.Duration
    private var waiting: [(glyph: Unicode.Scalar, typedAt: Instant, timed: Bool)] = []
    private var next = 0
    /// Keys given up on.
    private(set) var missed = 0

    init(patience: Instant.Duration) { self.patience = patience }

    /// Keys typed and not yet echoed (nor given up on).
    var outstanding: Int { waiting.count - next }

    /// A key was typed at `instant`. An untimed key (one that only changes the screen's mode,
    /// like `/` opening the search field) is waited for but its latency is not returned.
    mutating func typed(_ glyph: Unicode.Scalar, at instant: Instant, timed: Bool = true) {
        waiting.append((glyph, instant, timed))
    }

    /// The echo latencies of the timed keys `drawn` answers, received at `instant`.
    mutating func received(_ drawn: [Unicode.Scalar], at instant: Instant) -> [Instant.Duration] {
        giveUp(before: instant)
        var latencies: [Instant.Duration] = []
        for glyph in drawn where next < waiting.count && glyph == waiting[next].glyph {
            if waiting[next].timed { latencies.append(waiting[next].typedAt.duration(to: instant)) }
            next += 1
        }
        compact()
        return latencies
    }

    /// Gives up on keys typed more than `patience` before `instant`.
    mutating func giveUp(before instant: Instant) {
        while next < waiting.count && waiting[next].typedAt.duration(to: instant) > patience {
            next += 1
            missed += 1
        }
        compact()
    }

    /// Gives up on every key still waiting.
    mutating func giveUpAll() {
        missed += outstanding
        next = waiting.count
        compact()
    }

    private mutating func compact() {
        if next == waiting.count {
            waiting = []
            next = 0
        }
    }
}
