import TerminalUI

extension CursesTerminal {
    /// Runs a screen: feeds it events and paints the frames it returns, until it says quit.
    ///
    /// The first event is `.resize` with the current size, so the screen draws at once.
    /// After that: keys and resizes as they come, and `.tick` every `tickEvery` when
    /// nothing else happened — the loop sleeps in curses waiting for input no longer than
    /// until the next tick (and never longer than 100 ms), so an idle session costs next
    /// to no CPU. Input already waiting (a paste, a held key) is all handled before
    /// painting, so a burst costs one paint. `.keep` paints nothing.
    public func run(
        tickEvery interval: Duration = .milliseconds(100),
        handle: @MainActor (TerminalEvent) async -> LoopStep
    ) async {
        let clock = ContinuousClock()
        let interval = max(interval, .milliseconds(1))
        let longestWait = Duration.milliseconds(100)
        var nextTick = clock.now.advanced(by: interval)
        var pending: TerminalEvent? = .resize(size)

        while isActive {
            guard let event = pending else {
                let now = clock.now
                if now >= nextTick {
                    pending = .tick
                    nextTick = now.advanced(by: interval)
                } else {
                    pending = nextEvent(timeout: min(now.duration(to: nextTick), longestWait))
                }
                continue
            }
            pending = nil

            var frame: Frame?
            switch await handle(event) {
            case .quit: return
            case .keep: break
            case .render(let next): frame = next
            }
            var burst = 0
            while burst < 256, let waiting = nextEvent(timeout: .zero) {
                burst += 1
                switch await handle(waiting) {
                case .quit: return
                case .keep: break
                case .render(let next): frame = next
                }
            }
            if let frame { paint(frame) }
        }
    }
}
