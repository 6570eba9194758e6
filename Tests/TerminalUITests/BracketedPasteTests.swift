import Testing

@testable import TerminalUI

/// With bracketed paste on, a paste arrives between `ESC [ 2 0 0 ~` and `ESC [ 2 0 1 ~`; it must
/// become one `.paste` holding the text, never keys (a pasted `y⏎` once accepted an order).
@Suite("Bracketed paste decoding")
struct BracketedPasteTests {
    static let start = "\u{1B}[200~"
    static let end = "\u{1B}[201~"

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("A paste in one read is one event with its text, and keys after it are keys again")
    func oneRead() {
        var reader = ByteKeyReader()
        let keys = reader.keys(in: Self.bytes("a" + Self.start + "Sorry, sold out today.\ry\r" + Self.end + "q"))
        #expect(keys == [.character("a"), .paste("Sorry, sold out today.\ry\r"), .character("q")])
    }

    @Test("A paste split across reads, even inside its markers and a Hangul syllable, is assembled")
    func splitAcrossReads() {
        let whole = Self.bytes(Self.start + "서울시 마포구\n1층" + Self.end)
        // Every split point after the opening ESC (alone at the end of a read, ESC is the Escape
        // key, as a terminal sends a sequence in one write): where the packets broke must not matter.
        for cut in 2..<whole.count {
            var reader = ByteKeyReader()
            let keys = reader.keys(in: whole[..<cut]) + reader.keys(in: whole[cut...])
            #expect(keys == [.paste("서울시 마포구\n1층")], "cut at \(cut)")
        }
        var reader = ByteKeyReader()
        var byteByByte = reader.keys(in: whole[..<2])
        for byte in whole[2...] { byteByByte += reader.keys(in: [byte]) }
        #expect(byteByByte == [.paste("서울시 마포구\n1층")])
    }

    @Test("ESC, CR, LF, tabs and what looks like key sequences inside a paste are its text")
    func embeddedControls() {
        var reader = ByteKeyReader()
        let inside = "x\u{1B}[Ay\u{1B}[201z\r\n\t\u{1B}\u{1B}[20\u{03}"
        #expect(reader.keys(in: Self.bytes(Self.start + inside + Self.end)) == [.paste(inside)])
        #expect(reader.isInsidePaste == false)
    }

    @Test("Ctrl-C inside a paste is text: it does not end a served session")
    @MainActor
    func ctrlCInsidePaste() async {
        let terminal = StreamTerminal(size: TerminalSize(width: 20, height: 5), colors: .none) { _ in }
        terminal.receive(Self.bytes(Self.start + "a\u{03}b" + Self.end))
        #expect(terminal.isActive)
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == .key(.paste("a\u{03}b")))
    }

    @Test("A paste over the limit is cut at the limit, and the rest up to the end marker is dropped")
    func overTheLimit() {
        var reader = ByteKeyReader()
        let long = String(repeating: "가", count: BracketedPaste.limit) + "y\rnny"
        var keys = reader.keys(in: Self.bytes(Self.start + long))
        // Delivered at the limit, before the end marker: a paste need not end to arrive.
        #expect(keys == [.paste(String(repeating: "가", count: BracketedPaste.limit))])
        keys = reader.keys(in: Self.bytes(String(repeating: "y\r", count: 10_000)))
        #expect(keys.isEmpty, "the tail of the paste is dropped, not typed")
        keys = reader.keys(in: Self.bytes(Self.end + "q"))
        #expect(keys == [.character("q")])
    }

    @Test("A paste without its end marker ends when its owner says so, and input is keys again")
    func unterminated() {
        var reader = ByteKeyReader()
        #expect(reader.keys(in: Self.bytes(Self.start + "half a rea")) == [])
        #expect(reader.isInsidePaste)
        #expect(reader.endPaste() == [.key(.paste("half a rea"))])
        #expect(reader.keys(in: Self.bytes("q")) == [.character("q")])
        // The pure decoder ends it with the burst, as the driver ends one that goes quiet.
        #expect(KeyDecoder.keys(for: (Self.start + "abc\u{1B}[20").unicodeScalars.map(\.value)) == [.paste("abc\u{1B}[20")])
    }

    @Test("An unterminated paste over the limit arrives at the limit; ending it later adds nothing")
    func unterminatedOverTheLimit() {
        var reader = ByteKeyReader()
        let keys = reader.keys(in: Self.bytes(Self.start + String(repeating: "x", count: BracketedPaste.limit + 10)))
        #expect(keys == [.paste(String(repeating: "x", count: BracketedPaste.limit))])
        #expect(reader.endPaste() == [])
        #expect(reader.keys(in: Self.bytes("y")) == [.character("y")])
    }

    @Test("A stray end marker, and an empty paste, are nothing")
    func strayMarkers() {
        var reader = ByteKeyReader()
        #expect(reader.keys(in: Self.bytes(Self.end + Self.start + Self.end + "a")) == [.character("a")])
    }

    @Test("The served backend asks for bracketed paste when it starts and turns it off when it closes")
    @MainActor
    func streamTerminalModes() {
        final class Sink: @unchecked Sendable { var text = "" }
        let sink = Sink()
        let terminal = StreamTerminal(size: TerminalSize(width: 20, height: 5), colors: .none) {
            sink.text += String(decoding: $0, as: UTF8.self)
        }
        #expect(sink.text.contains("\u{1B}[?2004h"))
        #expect(!sink.text.contains("\u{1B}[?2004l"))
        terminal.close()
        #expect(sink.text.hasSuffix(String(decoding: AnsiPainter.leave, as: UTF8.self)))
        #expect(sink.text.contains("\u{1B}[?2004l"))
    }

    @Test("The served backend ends a paste that goes quiet without its end marker")
    @MainActor
    func streamTerminalQuietEnd() async {
        let terminal = StreamTerminal(
            size: TerminalSize(width: 20, height: 5), colors: .none, pasteQuietEnd: .milliseconds(20)
        ) { _ in }
        terminal.receive(Self.bytes(Self.start + "lost"))
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == nil)
        // The wait ends with the paste once the quiet end has passed, well before the timeout.
        #expect(await terminal.nextEvent(timeout: .seconds(30), wake: nil) == .key(.paste("lost")))
        terminal.receive(Self.bytes("q"))
        #expect(await terminal.nextEvent(timeout: .zero, wake: nil) == .key(.character("q")))
    }
}
