import CursesDriver
import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import DemoReplay
import Foundation
import TerminalUI

/// Plays a demo session in the terminal: one step per beat, `advance` jumps animated so
/// countdowns and progress bars visibly move. Each pane is the role's real screen
/// (``PaneScreens``): read again after every step, its clock moved on each tick.
@MainActor
final class DemoPlayer {
    let session: DemoSession
    let clock: SimulatedClock
    let screens: PaneScreens
    var model = DemoModel()
    var lastRefresh = ContinuousClock.now
    var lastStep: DemoStep?
    var nextBeat = ContinuousClock.now
    /// An `advance` being animated: simulated seconds still to go, and how many per tick.
    var advancing: (left: Double, perTick: Double)?
    var lastFrame: Frame?

    init(session: DemoSession, clock: SimulatedClock, speed: Double) {
        self.session = session
        self.clock = clock
        self.screens = PaneScreens(session: session)
        model.speed = speed
        model.stepCount = session.lines.count
    }

    func play() async throws {
        let terminal = CursesTerminal(reportsMouse: false)
        try terminal.start()
        defer { terminal.stop() }
        nextBeat = ContinuousClock.now.advanced(by: .seconds(1))
        await screens.follow(nil, sizes: DemoScreen.paneScreenSizes(for: model.size))
        await refresh()
        await terminal.run(tickEvery: .milliseconds(100)) { event in
            switch event {
            case .resize(let size):
                self.model.size = size
                await self.refresh()
            case .key(let key):
                switch self.model.handle(key) {
                case .quit: return .quit
                case .stepOnce: await self.beat()
                case .none: break
                }
            case .mouse:
                break  // The demo asks for no mouse reports (see CursesTerminal.start).
            case .tick, .wake:
                if !self.model.paused, ContinuousClock.now >= self.nextBeat { await self.beat() }
                await self.refresh()
            }
            let frame = DemoScreen.render(self.model)
            guard frame != self.lastFrame else { return .keep }
            self.lastFrame = frame
            return .render(frame)
        }
    }

    /// One beat: a slice of an animated `advance`, or the next script line.
    func beat() async {
        guard !session.isFinished else {
            model.finished = true
            return
        }
        if let current = advancing {
            let slice = min(current.left, current.perTick)
            clock.advance(by: slice)
            advancing = current.left - slice > 0.5 ? (current.left - slice, current.perTick) : nil
            nextBeat = ContinuousClock.now.advanced(by: .milliseconds(100))
            if advancing == nil { await runStep(clockAlreadyAdvanced: true) }
            return
        }
        if let upcoming = session.upcoming, case .advance(let seconds) = upcoming.command, seconds > 0 {
            // Animate over about 2.5 s of wall time at ×1, whatever the simulated jump.
            let ticks = max(1.0, 25 / model.speed)
            advancing = (seconds, seconds / ticks)
            model.record(["\(upcoming.source) …"])
            nextBeat = ContinuousClock.now
            return
        }
        await runStep(clockAlreadyAdvanced: false)
    }

    func runStep(clockAlreadyAdvanced: Bool) async {
        guard let step = await session.step(clockAlreadyAdvanced: clockAlreadyAdvanced) else { return }
        lastStep = step
        await screens.follow(step, sizes: DemoScreen.paneScreenSizes(for: model.size))
        model.stepNumber = session.index
        if step.isCaption { model.caption = step.report.text.replacingOccurrences(of: "── ", with: "") }
        model.record(HeadlessTranscript.lines(for: step))
        model.failures = session.failures.count
        model.finished = session.isFinished
        nextBeat = ContinuousClock.now.advanced(by: .milliseconds(Int(model.pause(afterCaption: step.isCaption) * 1000)))
    }

    func refresh() async {
        let now = ContinuousClock.now
        screens.tick(wallElapsed: now - lastRefresh, sizes: DemoScreen.paneScreenSizes(for: model.size))
        lastRefresh = now
        model.clockText = KoreanTime.dayAndClock(clock.now())
        model.panes = screens.panes
    }
}
