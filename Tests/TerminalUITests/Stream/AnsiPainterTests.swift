import Testing

@testable import TerminalUI

/// A served session's screen is the bytes `AnsiPainter` writes: what a client sees must be
/// what the frame holds, sent as a diff, and no cell may ever command the terminal.
@Suite("ANSI painting")
struct AnsiPainterTests {
    static func frame(_ lines: [String], width: Int = 10, style: Style = .plain) -> Frame {
        var grid = CellGrid(size: TerminalSize(width: width, height: lines.count))
        for (y, line) in lines.enumerated() { grid.put(line, x: 0, y: y, style: style) }
        return Frame(grid: grid)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("The first frame clears the screen and writes every cell; the same frame again writes none")
    func firstFrameWholeThenNothing() {
        var painter = AnsiPainter(colors: .sixteen)
        let frame = Self.frame(["hello", "world"])
        let first = Self.text(painter.paint(frame))
        #expect(first.contains("\u{1B}[2J"))
        #expect(first.contains("hello"))
        #expect(first.contains("world"))
        let again = Self.text(painter.paint(frame))
        #expect(!again.contains("hello") && !again.contains("\u{1B}[2J"))
        #expect(!again.contains("H"), "no cursor move: nothing changed (\(again.debugDescription))")
    }

    @Test("One changed cell costs one move and one character")
    func oneCellChanged() {
        var painter = AnsiPainter(colors: .sixteen)
        _ = painter.paint(Self.frame(["hello", "world"]))
        let diff = Self.text(painter.paint(Self.frame(["hello", "wirld"])))
        #expect(diff.contains("\u{1B}[2;2H"))
        #expect(diff.contains("i"))
        #expect(!diff.contains("w") && !diff.contains("rld"))
    }

    @Test("Hangul advances two columns with no extra move; an emoji is followed by an explicit move")
    func widthsTheTerminalsAgreeOn() {
        var painter = AnsiPainter(colors: .none)
        let hangul = Self.text(painter.paint(Self.frame(["김밥ab"])))
        #expect(hangul.contains("김밥ab"))
        var other = AnsiPainter(colors: .none)
        let emoji = Self.text(other.paint(Self.frame(["🍜ab"])))
        #expect(emoji.contains("🍜\u{1B}[1;3Hab"), "\(emoji.debugDescription)")
    }

    @Test("A control character in a cell is drawn as ?, never sent")
    func controlsNeverReachTheTerminal() {
        var grid = CellGrid(size: TerminalSize(width: 4, height: 1))
        grid.place(Cell(grapheme: "\u{1B}", width: 1), x: 0, y: 0)
        grid.place(Cell(grapheme: "\u{9B}", width: 1), x: 1, y: 0)
        var painter = AnsiPainter(colors: .sixteen)
        let bytes = painter.paint(Frame(grid: grid))
        let text = Self.text(bytes)
        #expect(text.contains("\u{1B}[0m?\u{1B}[1;2H?"), "\(text.debugDescription)")
        #expect(!text.unicodeScalars.contains("\u{9B}"))
        // Every ESC sent starts one of the painter's own sequences (CSI).
        for (index, byte) in bytes.enumerated() where byte == 0x1B {
            #expect(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["))
        }
    }

    @Test("Colours by depth: none uses attributes only, eight dims muted text, sixteen uses bright black")
    func colourDepths() {
        let muted = Self.frame(["m"], width: 1, style: .muted)
        var none = AnsiPainter(colors: .none)
        #expect(Self.text(none.paint(muted)).contains("\u{1B}[0;2m"))
        var eight = AnsiPainter(colors: .eight)
        #expect(Self.text(eight.paint(muted)).contains("\u{1B}[0;2m"))
        var sixteen = AnsiPainter(colors: .sixteen)
        #expect(Self.text(sixteen.paint(muted)).contains("\u{1B}[0;90m"))
        var danger = AnsiPainter(colors: .sixteen)
        #expect(Self.text(danger.paint(Self.frame(["d"], width: 1, style: .danger))).contains("\u{1B}[0;31m"))
        var plainDanger = AnsiPainter(colors: .none)
        let monochrome = Self.text(plainDanger.paint(Self.frame(["d"], width: 1, style: .danger)))
        #expect(monochrome.contains("\u{1B}[0;1m") && !monochrome.contains("31"))
    }

    @Test("The bell rings once per frame that asks for it, not on every repaint")
    func bellOnce() {
        var painter = AnsiPainter(colors: .none)
        var frame = Self.frame(["x"])
        frame.bell = true
        #expect(painter.paint(frame).contains(0x07))
        #expect(!painter.paint(frame).contains(0x07))
    }

    @Test("The cursor is shown where the frame puts it, and hidden otherwise")
    func cursor() {
        var painter = AnsiPainter(colors: .none)
        var frame = Self.frame(["name:"])
        frame.cursor = CursorPosition(x: 5, y: 0)
        let text = Self.text(painter.paint(frame))
        #expect(text.hasSuffix("\u{1B}[1;6H\u{1B}[?25h\u{1B}[?2026l"))
        frame.cursor = nil
        #expect(!Self.text(painter.paint(frame)).contains("?25h"))
    }

    @Test("A new size repaints the whole screen")
    func resizeRepaintsAll() {
        var painter = AnsiPainter(colors: .none)
        _ = painter.paint(Self.frame(["hello"], width: 10))
        let text = Self.text(painter.paint(Self.frame(["hello"], width: 12)))
        #expect(text.contains("\u{1B}[2J") && text.contains("hello"))
    }
}
