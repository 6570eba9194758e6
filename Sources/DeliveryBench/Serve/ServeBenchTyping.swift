import Foundation

/// The typing half of `bench serve`: each typing session opens the store list's search field
/// with `/`, then types at a steady pace, every key timed until its glyph comes back.
///
/// The letters are ones no part of that screen draws (its hints say Enter, Esc, C-u, PgUp,
/// Home/End, jk, f, l; the list is Korean; the clock is digits), so a glyph seen is the key's
/// own echo. The field holds 20 characters: after each run of the 10 letters below, Ctrl-U
/// clears it (not timed).
///
/// Each run starts one letter further on (`abhi…`, then `bhiq…`), so that no cell of the field
/// ever shows the letter it showed in the run before. A session handles every key already
/// waiting before it paints once: when a hiccup of the server let Ctrl-U and the next run's
/// first key arrive together, and that key was the letter the cell already held, the painted
/// difference left the cell alone and its echo never came. The matcher then paired each later
/// key with the glyph of the run after it, and reported the whole session 2.2 s (one run) late
/// or more: a 200 ms hiccup read as p99 of 1 to 6 s.
enum ServeBenchTyping {
    static let letters = Array("abhiqvwxyz".unicodeScalars)
    static let clearField: Unicode.Scalar = "\u{15}"  // Ctrl-U

    /// The key typed at step `index` of a session's typing: a run of the letters, starting one
    /// further on than the run before, then Ctrl-U.
    static func key(at index: Int) -> Unicode.Scalar {
        let run = index / (letters.count + 1)
        let step = index % (letters.count + 1)
        return step < letters.count ? letters[(run + step) % letters.count] : clearField
    }

    struct Result {
        var recorder = LatencyRecorder()
        var unanswered = 0
    }
}

extension ServeBenchRun {
    /// Types on every screen in `typists` at once; the echoes, pooled.
    func type(on typists: [ServedScreen]) async throws -> ServeBenchTyping.Result {
        guard !typists.isEmpty else { return ServeBenchTyping.Result() }
        // Open every search field first (the `/` glyph is redrawn highlighted), so that the
        // timed keys all land in a field.
        for screen in typists { screen.type("/", timed: false) }
        _ = await waitForEchoes(typists, seconds: 10)
        for screen in typists where screen.outstandingKeys > 0 { screen.giveUpWaitingKeys() }
        let alreadyMissed = typists.reduce(0) { $0 + $1.missedKeys }

        // Each session types on its own steady beat; the beats are spread evenly over one key
        // interval, so the server sees a steady stream rather than M keys at each tick.
        let plan = plan
        let start = ContinuousClock.now + .milliseconds(200)
        await withTaskGroup(of: Void.self) { tasks in
            for (position, screen) in typists.enumerated() {
                let offset = plan.keyInterval * (Double(position) / Double(typists.count))
                tasks.addTask {
                    for step in 0..<plan.keystrokes {
                        try? await Task.sleep(until: start + offset + plan.keyInterval * step, clock: .continuous)
                        let key = ServeBenchTyping.key(at: step)
                        let clears = key == ServeBenchTyping.clearField
                        screen.type(key, echo: !clears, clears: clears)
                    }
                }
            }
        }
        _ = await waitForEchoes(typists, seconds: 10)
        var result = ServeBenchTyping.Result()
        for screen in typists {
            screen.giveUpWaitingKeys()
            for latency in screen.echoLatencies { result.recorder.record(latency) }
            result.unanswered += screen.missedKeys
        }
        result.unanswered -= alreadyMissed
        return result
    }

    /// Waits until no typed key is waiting for its echo, or `seconds` pass; whether they all came.
    private func waitForEchoes(_ screens: [ServedScreen], seconds: Double) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if screens.allSatisfy({ $0.outstandingKeys == 0 || $0.isClosed }) { return true }
            try? await Task.sleep(for: .milliseconds(20))  // polling interval, not a wait for the condition
        }
        return false
    }
}
