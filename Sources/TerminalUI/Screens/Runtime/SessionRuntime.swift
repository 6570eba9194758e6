import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation

/// Drives one session: turns terminal events into messages, runs the effects `update`
/// asks for and feeds their results back, watches the shared database, and decides when
/// a new frame is worth painting.
///
/// Live updates: when another process commits, the database's change watcher wakes the run
/// loop (`.wake`) and the runtime takes the database's pulse (one read: the log's head, whether
/// a timer is due, the payment worker's report). Only when the head moved does the screen
/// re-read what it shows. Without a watcher (no inotify) it takes the pulse on every tick,
/// 100 ms apart, as a poll. With one, the tick only advances what time alone changes (see
/// ``tickInterval(at:)``), and doubles as a slow safety poll for a writer killed between its
/// commit and its wake-up.
///
/// A frame is computed only when the model changed, and painted only when it differs from the
/// last one, so an idle session does almost nothing: its model keeps the time to the minute
/// unless a countdown or progress bar is on screen. When the pulse says a timer is due (an
/// order past its confirmation deadline), the session fires it, which any session may do; and
/// with in-process payments (no payment worker), it lets queued orders into a kitchen with room.
///
/// The payment worker's report is not in the log: the pulse carries it, so a breaker opening
/// (the worker wakes sessions when it changes state) shows at once, and a worker gone quiet
/// within a safety poll of its report going stale.
@MainActor
public final class SessionRuntime {
    public private(set) var model: AppModel
    let runner: EffectRunner
    let clock: @Sendable () -> Date
    private var pendingEffects: [Effect]
    private var lastHead: Int64?
    /// The pulse's ``SessionPulse/passwordsRevision`` as last seen.
    private var lastPasswordsRevision: Int64?
    private var renderedModel: AppModel?
    private var lastFrame: Frame?
    private var quitRequested = false
    /// Paints a frame at once; used to show "working…" before a slow effect.
    public var paint: ((Frame) -> Void)?
    /// Whether a change watcher wakes this session (set by whoever runs it with one); without
    /// one the session must poll.
    public var isWokenByChanges = false
    /// How often a session woken by changes takes the pulse when nothing woke it: the safety
    /// poll, for a writer killed between its commit and its wake-up. Long, because a server
    /// holding a thousand sessions pays it a thousand times: every pulse is a read transaction,
    /// and SQLite's readers in many processes contend for the WAL's few read marks.
    public var safetyPoll: Duration = .seconds(30)
    /// How long after the minute turns this session's clock turns (under a second). Sessions
    /// drawn by one server all turn their clock, and take their safety poll's pulse, as the
    /// minute turns: a thousand frames and reads at once, which held every key behind them for
    /// about a second (`bench serve`). Each served session gets its own lag, so they spread.
    public var minuteLag: Duration = .zero
    private var lastPulse: ContinuousClock.Instant?

    public init(
        start: SessionStart, runner: EffectRunner, size: TerminalSize = .minimum,
        clock: (@Sendable () -> Date)? = nil, language: Language = .standard
    ) {
        let engineClock = runner.engine.clock
        let clock = clock ?? { engineClock.now() }
        self.clock = clock
        var runner = runner
        runner.language = language
        self.runner = runner
        let (model, effects) = start.begin(size: size, now: clock(), language: language)
        self.model = model
        self.pendingEffects = effects
    }

    /// Runs the session on `backend` until the person quits. With `wake`, other processes'
    /// commits wake it at once and the tick slows to what time alone needs; without, it polls
    /// the log every 100 ms.
    public func run(on backend: some TerminalBackend, wake: WakeSource?) async {
        isWokenByChanges = wake != nil || backend.deliversWakeUps
        paint = { [weak backend] frame in backend?.paint(frame) }
        await noteHeadBeforeFirstLook()
        await TerminalLoop.run(backend, wake: wake, tickInterval: { self.tickInterval(at: self.clock()) }) { event in
            await self.handle(event)
        }
    }

    /// Shows which database the session uses (on the launcher, in the help overlay and the
    /// title bar).
    public func showDatabase(_ name: DatabaseName) {
        model.database = name
    }

    /// Opens `name`'s session without asking for a password: for a session whose owner was
    /// proved already (by `baedal serve`, over SSH). False when no such account exists.
    ///
    /// `passwordRevision` is the revision the password was checked against, when it was a
    /// password that proved them (nil for a key): if it changed since, the sign-in no longer
    /// holds and the session opens on the launcher, saying so, as an open one would be sent there.
    public func resumeSignedIn(as name: String, passwordRevision: Int? = nil) async -> Bool {
        await noteHeadBeforeFirstLook()
        guard let state = try? await runner.engine.account(named: name), let actor = state.actor else { return false }
        await dispatch(
            .signedIn(.success(SignedIn(actor: actor, name: state.name, passwordRevision: passwordRevision ?? state.passwordRevision))))
        if passwordRevision != nil, passwordRevision != state.passwordRevision {
            await dispatch(.fetched(.passwordRevision(actor.account), .success(.passwordRevision(state.passwordRevision))))
        }
        return true
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
        case .mouse(let event):
            await dispatch(.mouse(event))
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
    /// is on screen, otherwise until the minute turns (the clock in the title bar), and never
    /// longer than the safety poll.
    public func tickInterval(at now: Date) -> Duration {
        guard isWokenByChanges else { return .milliseconds(100) }
        if model.toast != nil { return .milliseconds(100) }
        if model.screen.clockResolution(at: now) <= 1 || model.screen.showsDueDeadline(at: now) { return .seconds(1) }
        let sinceTurn = (now.timeIntervalSince1970 - minuteLag / .seconds(1)).truncatingRemainder(dividingBy: 60)
        let untilNextMinute = 60 - (sinceTurn < 0 ? sinceTurn + 60 : sinceTurn) + 0.05
        return min(safetyPoll, .milliseconds(Int(untilNextMinute * 1000)))
    }

    /// One beat of the timer, or a wake-up: advance the clock, and, when woken, polling, due
    /// for the safety poll or showing a passed deadline, take the pulse, fire due timers and let
    /// the screen re-read what it shows if the log moved. A tick that only turns the clock
    /// touches no database.
    func tick(woken: Bool = true) async {
        await runner.engine.followStoredTime()  // a script on a simulated database may have moved it
        let now = clock()
        await dispatch(.tick(now))
        let sincePulse = lastPulse.map { ContinuousClock.now - $0 }
        let needsPulse =
            woken || !isWokenByChanges || sincePulse.map { $0 >= safetyPoll } ?? true || model.screen.showsDueDeadline(at: now)
        guard needsPulse else { return }
        lastPulse = .now
        LiveTrace.mark("pulse")
        guard var pulse = try? await runner.engine.pulse() else { return }
        LiveTrace.mark("pulsed")
        if pulse.readModelsBehind, !model.screen.showsDueDeadline(at: now), (try? await runner.engine.refresh()) != nil {
            // A change made elsewhere: take it in, then judge the timers on read models that are
            // up to date. Firing the timers would catch up too, but with two more reads.
            pulse = (try? await runner.engine.pulse()) ?? pulse
        }
        if pulse.timersDue || model.screen.showsDueDeadline(at: now),
            let fired = try? await runner.engine.fireDueTimeouts(), !fired.isEmpty
        {
            pulse = (try? await runner.engine.pulse()) ?? pulse  // the cancellations moved the head
        }
        if pulse.admissionDue, let admitted = try? await runner.engine.admitQueuedOrders(), !admitted.isEmpty {
            pulse = (try? await runner.engine.pulse()) ?? pulse  // the admissions moved the head
        }
        LiveTrace.mark("fired")
        // Judged once per pulse: a steady report leaves the model, and the screen, alone.
        await dispatch(.gatewayHealth(pulse.health, readAt: now))
        if pulse.passwordsRevision != lastPasswordsRevision {
            lastPasswordsRevision = pulse.passwordsRevision
            await dispatch(.passwordsChanged)
        }
        if pulse.head != lastHead {
            lastHead = pulse.head
            await dispatch(.storeChanged(head: pulse.head))
            LiveTrace.mark("model")
        }
    }

    /// Notes the log's head before the session's first reads, so that its first pulse re-reads
    /// what it shows only if the log moved since. Without it the first pulse always re-read
    /// everything: for sessions opened together (a server's, after a restart) that came as one
    /// herd when their first safety poll or the minute turned, and 1,000 served sessions stopped
    /// echoing keys for 4.6 s (`bench serve`) while each re-read its stores, notifications and
    /// history.
    ///
    /// It is the session's first pulse: the next comes at the safety poll (or a wake-up), so
    /// sessions opened one after another keep polling apart.
    private func noteHeadBeforeFirstLook() async {
        guard lastHead == nil, let pulse = try? await runner.engine.pulse() else { return }
        lastHead = pulse.head
        lastPasswordsRevision = pulse.passwordsRevision
        lastPulse = .now
        await dispatch(.gatewayHealth(pulse.health, readAt: clock()))
    }

    /// Feeds one message through `update` and runs the effects it returns, and theirs.
    public func dispatch(_ message: AppMessage) async {
        await run(App.update(&model, message))
    }

    private func run(_ effects: [Effect]) async {
        var queue = effects
        var seen: Set<Fetch> = []
        while !queue.isEmpty {
            if case .fetch = queue[0] {
                // Reads asked for together run together; their answers are taken in the order asked.
                var reads: [Fetch] = []
                while case .fetch(let fetch)? = queue.first {
                    queue.removeFirst()
                    // The same read asked twice in one round answers once.
                    if seen.insert(fetch).inserted { reads.append(fetch) }
                }
                for result in await performTogether(reads) { queue += App.update(&model, result) }
                continue
            }
            let effect = queue.removeFirst()
            if case .quit = effect {
                quitRequested = true
                return
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

    /// Performs independent reads side by side and answers in the order they were asked. A
    /// change makes a screen re-read several things at once (a customer's store list re-reads
    /// the stores, the categories, the orders and the notifications); one after the other,
    /// their round trips (to PostgreSQL, or through a read-model catch-up each) added up to most
    /// of the time a change took to reach the screen.
    private func performTogether(_ reads: [Fetch]) async -> [AppMessage] {
        let runner = runner
        return await Self.sideBySide(reads) { await runner.perform(.fetch($0)) }
    }

    /// `perform` on every item at once, the answers (nil ones left out) in the items' order.
    static func sideBySide<Item: Sendable, Answer: Sendable>(
        _ items: [Item], _ perform: @escaping @MainActor (Item) async -> Answer?
    ) async -> [Answer] {
        if items.count <= 1 {
            guard let item = items.first, let answer = await perform(item) else { return [] }
            return [answer]
        }
        let started = items.map { item in Task { @MainActor in await perform(item) } }
        var answers: [Answer] = []
        for task in started {
            if let answer = await task.value { answers.append(answer) }
        }
        return answers
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
