import Testing

@testable import TerminalUI

/// The backend of a served session: events pushed in, pulled by the run loop; frames out as
/// bytes, held (only the newest) while the connection cannot take more.
@MainActor
@Suite("Stream terminal")
struct StreamTerminalTests {
    final class Sink: @unchecked Sendable {
        var chunks: [[UInt8]] = []
        var text: String { String(decoding: chunks.joined(), as: UTF8.self) }
    }

    static func make() -> (StreamTerminal, Sink) {
        let sink = Sink()
        let terminal = StreamTerminal(size: TerminalSize(width: 20, height: 5), colors: .none) { sink.chunks.append($0) }
        return (terminal, sink)
    }

    @Test("Keys typed before the loop looks are all there, in order; then the wait times out with nil")
    func keysThenTimeout() async {
        let (terminal, _) = Self.make()
        terminal.receive(Array("ab".utf8))
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == .key(.character("a")))
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == .key(.character("b")))
        #expect(await terminal.nextEvent(timeout: .milliseconds(5), wake: nil) == nil)
    }

    @Test("A key arriving while the loop waits ends the wait at once")
    func keyWakesTheWait() async {
        let (terminal, _) = Self.make()
        Task { @MainActor in terminal.receive(Array("x".utf8)) }
        #expect(await terminal.nextEvent(timeout: .seconds(30), wake: nil) == .key(.character("x")))
    }

    @Test("Resizes and wake-ups waiting fold into one each")
    func folding() async {
        let (terminal, _) = Self.make()
        terminal.resize(to: TerminalSize(width: 30, height: 10))
        terminal.wake()
        terminal.wake()
        terminal.resize(to: TerminalSize(width: 40, height: 12))
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == .wake)
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == .resize(TerminalSize(width: 40, height: 12)))
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == nil)
        #expect(terminal.size == TerminalSize(width: 40, height: 12))
    }

    @Test("Ctrl-C ends the session and gives the client its screen back")
    func ctrlC() async {
        let (terminal, sink) = Self.make()
        terminal.receive([3])
        #expect(!terminal.isActive)
        #expect(sink.chunks.last.map { $0.suffix(AnsiPainter.leave.count) == AnsiPainter.leave[...] } == true)
        #expect(sink.text.contains("\u{1B}[?1000l"), "mouse reports are switched off again")
        #expect(await terminal.nextEvent(timeout: .seconds(30), wake: nil) == nil)
    }

    @Test("While the connection is blocked nothing is sent, and only the newest frame follows")
    func flowControl() {
        let (terminal, sink) = Self.make()
        let sentBefore = sink.chunks.count
        terminal.setOutputBlocked(true)
        terminal.paint(AnsiPainterTests.frame(["first"], width: 20))
        terminal.paint(AnsiPainterTests.frame(["second"], width: 20))
        #expect(sink.chunks.count == sentBefore)
        terminal.setOutputBlocked(false)
        #expect(sink.chunks.count == sentBefore + 1)
        #expect(sink.text.contains("second") && !sink.text.contains("first"))
    }

    @Test("A flood of input is capped, not queued without end")
    func inputIsBounded() async {
        let (terminal, _) = Self.make()
        terminal.receive([UInt8](repeating: UInt8(ascii: "a"), count: StreamTerminal.inputLimit * 3))
        var count = 0
        while await terminal.nextEvent(timeout: .zero, wake: nil) != nil { count += 1 }
        #expect(count == StreamTerminal.inputLimit)
    }

    @Test("A click arrives as a mouse event; with reports off it is dropped")
    func mouse() async {
        let (terminal, _) = Self.make()
        terminal.receive(Array("\u{1B}[<0;10;5M".utf8))
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == .mouse(MouseEvent(.press(.left), column: 9, row: 4)))
        let quiet = StreamTerminal(size: TerminalSize(width: 20, height: 5), colors: .none, reportsMouse: false) { _ in }
        quiet.receive(Array("\u{1B}[<0;10;5M".utf8))
        #expect(await quiet.nextEvent(timeout: .zero, wake: nil) == nil)
    }

    @Test("TERM names decide the colours; NO_COLOR wins")
    func colourDepthFromTerm() {
        #expect(ColorDepth.forTerminal(named: "xterm-256color", noColor: false) == .sixteen)
        #expect(ColorDepth.forTerminal(named: "xterm", noColor: false) == .eight)
        #expect(ColorDepth.forTerminal(named: "screen", noColor: false) == .eight)
        #expect(ColorDepth.forTerminal(named: "dumb", noColor: false) == ColorDepth.none)
        #expect(ColorDepth.forTerminal(named: "vt100", noColor: false) == ColorDepth.none)
        #expect(ColorDepth.forTerminal(named: "xterm-256color", noColor: true) == ColorDepth.none)
    }
}
