@testable import TerminalUI
import Testing

/// Escape sequences ncurses' terminfo entry does not know arrive one character at a time; the
/// decoder reads them whole, so they become the key they mean or nothing, never several keys.
@Suite("Key decoding")
struct KeyDecoderTests {
    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test("End as tmux sends it under TERM=xterm-256color is End, not Esc [ 4 ~")
    func tmuxEndIsEnd() {
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}[4~")) == [.end])
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}[1~\u{1B}[3~\u{1B}[5~\u{1B}[6~")) == [.home, .delete, .pageUp, .pageDown])
    }

    @Test("Known CSI and SS3 sequences are keys")
    func knownSequences() {
        #expect(
            KeyDecoder.keys(for: Self.scalars("\u{1B}[A\u{1B}OB\u{1B}[1;2C\u{1B}[D\u{1B}OH\u{1B}[F\u{1B}[Z")) == [
                .up, .down, .right, .left, .home, .end, .backTab,
            ])
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}OP\u{1B}[15~\u{1B}[24~")) == [.function(1), .function(5), .function(12)])
    }

    @Test("Unknown sequences are dropped whole: mouse, focus, a stray paste end, Insert, Ctrl-arrows")
    func unknownSequencesAreDropped() {
        // `ESC [ 2 0 0 ~` is no longer among them: it starts a paste (BracketedPasteTests).
        for sequence in [
            "\u{1B}[<0;10;5M", "\u{1B}[I", "\u{1B}[O", "\u{1B}[201~", "\u{1B}[2~", "\u{1B}[1;5A",
            "\u{1B}[99~", "\u{1B}OX", "\u{1B}[" + String(repeating: "1", count: 100) + "~",
        ] {
            #expect(KeyDecoder.keys(for: Self.scalars(sequence + "x")) == [.character("x")], "\(sequence.debugDescription)")
        }
    }

    @Test("Esc on its own stays Esc, and what follows it is its own key")
    func escapeAlone() {
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}")) == [.escape])
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}q")) == [.escape, .character("q")])
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}\u{1B}")) == [.escape, .escape])
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}한")) == [.escape, .character("한")])
    }

    @Test("A sequence cut off is dropped, not typed")
    func cutOffSequence() {
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}[4")) == [])
        #expect(KeyDecoder.keys(for: Self.scalars("\u{1B}O")) == [])
    }

    @Test("Control characters and text decode as before")
    func characters() {
        #expect(KeyDecoder.keys(for: Self.scalars("a\r\t\u{7F}\u{15}\u{0}")) == [.character("a"), .enter, .tab, .backspace, .ctrl("u")])
        #expect(KeyDecoder.keys(for: [0xD800, 0x11_0000, 0xFFFF_FFFF]) == [])
    }
}
