/// Pairs each typed key with the moment its glyph comes back on the same channel.
///
/// Keys are answered in the order they were typed (the session reads them in order and draws
/// each before the next is visible), so only the oldest key still waiting can be matched: a
/// glyph equal to a younger one's is a redraw of something else. Keys typed close together
/// may come back in one frame; each is matched as its glyph passes. A key waiting longer than
/// `patience` is given up on (counted, never matched), so one lost echo cannot shift the
/// pairing of every key after it.
///
/// A key that clears the field (``cleared()``) may supersede the keys before it: a session
/// that handles them in one burst paints only the cleared field, and their glyphs never show.
/// So the first glyph of a key typed after a clear also answers every key still waiting from
/// before it, at that instant: by then the session had handled them.
struct EchoMatcher<Instant: InstantProtocol> {
    let patience: Instant.Duration
    private var waiting: [(glyph: Unicode.Scalar, typedAt: Instant, timed: Bool)] = []
    private var next = 0
    /// Indices in `waiting` of the first key typed after each clear.
    private var afterClears: [Int] = []
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

    /// A key that clears what the keys before it typed was sent (it has no glyph of its own).
    mutating func cleared() {
        afterClears.append(waiting.count)
    }

    /// The echo latencies of the timed keys `drawn` answers, received at `instant`.
    mutating func received(_ drawn: [Unicode.Scalar], at instant: Instant) -> [Instant.Duration] {
        giveUp(before: instant)
        var latencies: [Instant.Duration] = []
        for glyph in drawn where next < waiting.count {
            var answered = next
            if glyph != waiting[next].glyph {
                // The first key after a later clear, seen first: the keys before it were cleared.
                guard let first = afterClears.first(where: { $0 > next && $0 < waiting.count && waiting[$0].glyph == glyph })
                else { continue }
                answered = first
            }
            for key in waiting[next...answered] where key.timed { latencies.append(key.typedAt.duration(to: instant)) }
            next = answered + 1
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
            afterClears = afterClears.filter { $0 >= waiting.count }.map { $0 - waiting.count }
            waiting = []
            next = 0
        }
    }
}
