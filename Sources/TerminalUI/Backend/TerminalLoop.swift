/// Runs a screen on a ``TerminalBackend``: feeds it events and paints the frames it returns,
/// until it says quit.
///
/// The first event is `.resize` with the current size, so the screen draws at once. After that:
/// keys and resizes as they come, `.wake` as soon as the wake source fires, and `.tick` when
/// `tickInterval()` has passed with nothing else — the loop sleeps in the backend until then, so
/// an idle session costs next to no CPU. The interval is asked again after every event, so a
/// screen can tick fast while a toast counts down and slowly otherwise. Input already waiting (a
/// paste, a held key) is all handled before painting, so a burst costs one paint. `.keep`
/// paints nothing.
@MainActor
public enum TerminalLoop {
    public static func run(
        _ backend: some TerminalBackend,
        wake: WakeSource? = nil,
        tickInterval: () -> Duration,
        handle: (TerminalEvent) async -> LoopStep
    ) async {
        let clock = ContinuousClock()
        var nextTick = clock.now.advanced(by: max(tickInterval(), .milliseconds(1)))
        var pending: TerminalEvent? = .resize(backend.size)

        while backend.isActive {
            guard let event = pending else {
                let now = clock.now
                if now >= nextTick {
                    pending = .tick
                } else {
                    pending = await backend.nextEvent(timeout: now.duration(to: nextTick), wake: wake)
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
            while burst < 256, let waiting = await backend.nextEvent(timeout: .zero, wake: nil) {
                burst += 1
                switch await handle(waiting) {
                case .quit: return
                case .keep: break
                case .render(let next): frame = next
                }
            }
            if let frame { backend.paint(frame) }
            // Whatever happened, the next tick is one interval after it: a tick's own work, or a
            // wake-up that already looked for news, resets the wait.
            if event == .tick || event == .wake || nextTick > clock.now.advanced(by: tickInterval()) {
                nextTick = clock.now.advanced(by: max(tickInterval(), .milliseconds(1)))
            }
        }
    }

    /// A steady tick, for screens that do not vary it (the demo).
    public static func run(
        _ backend: some TerminalBackend,
        tickEvery interval: Duration,
        handle: (TerminalEvent) async -> LoopStep
    ) async {
        await run(backend, wake: nil, tickInterval: { interval }, handle: handle)
    }
}
