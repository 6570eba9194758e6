import DeliveryDomain
import DeliveryEngine
import Foundation

/// Drives one session: turns terminal events into messages, runs the effects `update`
/// asks for and feeds their results back, watches the shared database, and decides when
/// a new frame is worth painting.
///
/// Live updates: when another process commits, the database's change watcher wakes the run
/// loop (`.wake`), and the runtime reads the log's head — one indexed `MAX(position)` — and
/// only when it moved does the screen re-read what it shows. Without a watcher (no inotify) it
/// reads the head on every tick, 100 ms apart, as a poll. With one, the tick only advances what
/// time alone changes (see ``tickInterval(at:)``), and doubles as a slow safety poll for a
/// writer killed between its commit and its wake-up. A frame is computed only when the model changed, and painted only when it
/// differs from the last one, so an idle session does almost nothing: its model keeps the
/// time to the minute unless a countdown or progress bar is on screen. Every few seconds
/// (every second once a deadline on screen has passed) it also fires due auto-cancel
/// timers, which any session may do.
///
/// The payment worker's health report is not in the log, so it is read on its own: when the
/// head moved, and otherwise once a second (the worker rewrites it every 2 s), so a breaker
/// opening or a worker going quiet shows within about a second. One primary-key read.
@MainActor
public final class SessionRuntime {
    public private(set) var model: AppModel
    let runner: EffectRunner
    let clock: @Sendable () -> Date
    private var pendingEffects: [Effect]
    private var lastHead: Int64?
    private var lastSweep: Date?
    private var lastHealthRead: Date?
    private var renderedModel: AppModel?
    private var lastFrame: Frame?
    private var quitRequested = false
    /// Paints a frame at once; used to show "working…" before a slow effect.
    public var paint: ((Frame) -> Void)?
    /// How often due auto-cancel timers are fired when no deadline on screen has passed.
    public var sweepInterval: TimeInterval = 5
    /// How often the payment worker's health is read when the log did not move.
    public var healthInterval: TimeInterval = 1
    /// Whether a change watcher wakes this session (set by whoever runs it with one); without
    /// one the session must poll.
    public var isWokenByChanges = false
    /// The longest an idle session woken by changes sleeps: the safety poll.
    public var safetyPoll: Duration = .seconds(5)

    public init(
        start: SessionStart, runner: EffectRunner, size: TerminalSize = .minimum,
        clock: (@Sendable () -> Date)? = nil
    ) {
        let engineClock = runner.engine.clock
        let clock = clock ?? { engineClock.now() }
        self.clock = clock
        self.runner = runner
        let (model, effects) = start.begin(size: size, now: clock())
        self.model = model
        self.pendingEffects = effects
    }

    /// Runs the session on `backend` until the person quits. With `wake`, other processes'
    /// commits wake it at once and the tick slows to what time alone needs; without, it polls
    /// the log every 100 ms.
    public func run(on backend: some TerminalBackend, wake: WakeSource?) async {
        isWokenByChanges = wake != nil
        paint = { [weak backend] frame in backend?.paint(frame) }
        await TerminalLoop.run(backend, wake: wake, tickInterval: { self.tickInterval(at: self.clock()) }) { event in
            await self.handle(event)
        }
    }

    /// The newest position of the log the session has taken in (read, re-fetched, shown); nil
    /// before its first look.
    public var observedHead: Int64? { lastHead }

    /// The current frame, whatever was painted before.
    public var frame: Frame { App.view(model) }

    /// Handles one terminal event; what the driver's run loop calls.
    public func handle(_ event: TerminalEvent) async -> LoopStep {
        switch event {
        case .key(let key):
            await dispatch(.key(key))
        case .resize(let size):
            await dispatch(.resize(size))
            if !pendingEffects.isEmpty {
                let effects = pendingEffects
                pendingEffects = []
                await run(effects)
            }
        case .tick:
            await tick(woken: false)
        case .wake:
            await tick(woken: true)
        }
        if quitRequested { return .quit }
        return renderIfChanged()
    }

    /// How long the run loop may wait before the next tick. Polling (no watcher): 100 ms. Woken
    /// by changes: 100 ms while a toast counts down, a second while a countdown or progress bar
    /// is on screen, otherwise the safety poll; the clock in the title bar, shown to the minute,
    /// is then at most that late.
    public func tickInterval(at now: Date) -> Duration {
        guard isWokenByChanges else { return .milliseconds(100) }
        if model.toast != nil { return .milliseconds(100) }
        if model.screen.clockResolution(at: now) <= 1 || model.screen.showsDueDeadline(at: now) { return .seconds(1) }
        return safetyPoll
    }

    /// One beat of the timer, or a wake-up: advance the clock, look for news, fire due timers.
    /// A wake-up reads the payment worker's health too: the worker wakes sessions when its
    /// breaker changes state.
    func tick(woken: Bool = false) async {
        await runner.engine.followStoredTime()  // a script on a simulated database may have moved it
        let now = clock()
        await dispatch(.tick(now))
        let interval = model.screen.showsDueDeadline(at: now) ? 1 : sweepInterval
        if lastSweep.map({ now.timeIntervalSince($0) >= interval }) ?? true {
            lastSweep = now
            _ = try? await runner.engine.fireDueTimeouts()
        }
        let head = try? await runner.engine.headPosition()
        let moved = head != nil && head != lastHead
        if moved || woken || lastHealthRead.map({ now.timeIntervalSince($0) >= healthInterval || now < $0 }) ?? true {
            await readGatewayHealth(at: now)
        }
        if moved, let head {
            lastHead = head
            await dispatch(.storeChanged(head: head))
        }
    }

    /// Hands the payment worker's report to `update`, which judges it at `now`. A failed read
    /// keeps what the screen last showed; nil means no gateway was ever used.
    private func readGatewayHealth(at now: Date) async {
        lastHealthRead = now
        do {
            let health = try await runner.engine.paymentGatewayHealth()
            await dispatch(.gatewayHealth(health, readAt: now))
        } catch {}
    }

    /// Feeds one message through `update` and runs the effects it returns, and theirs.
    public func dispatch(_ message: AppMessage) async {
        await run(App.update(&model, message))
    }

    private func run(_ effects: [Effect]) async {
        var queue = effects
        var seen: Set<Fetch> = []
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if case .quit = effect {
                quitRequested = true
                return
            }
            // The same read asked twice in one round answers once.
            if case .fetch(let fetch) = effect {
                if seen.contains(fetch) { continue }
                seen.insert(fetch)
            }
            if EffectRunner.isSlow(effect), let paint {
                let frame = App.view(model)
                paint(frame)
                lastFrame = frame
                renderedModel = model
            }
            guard let result = await runner.perform(effect) else { continue }
            queue += App.update(&model, result)
        }
    }

    private func renderIfChanged() -> LoopStep {
        guard model != renderedModel else { return .keep }
        renderedModel = model
        let frame = App.view(model)
        guard frame != lastFrame else { return .keep }
        lastFrame = frame
        return .render(frame)
    }
}
