import TerminalUI

extension CursesTerminal: TerminalBackend {
    /// Runs a screen with a steady tick and no wake source (the demo); see ``TerminalLoop``.
    public func run(tickEvery interval: Duration = .milliseconds(100), handle: (TerminalEvent) async -> LoopStep) async {
        await TerminalLoop.run(self, tickEvery: interval, handle: handle)
    }
}
