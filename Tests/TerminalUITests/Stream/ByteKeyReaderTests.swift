import Testing

@testable import TerminalUI

/// Keys from an SSH channel arrive in packets that may split a character or a sequence.
@Suite("Reading keys from bytes")
struct ByteKeyReaderTests {
    @Test("Hangul split across reads arrives whole, once")
    func hangulAcrossReads() {
        var reader = ByteKeyReader()
        let bytes = Array("김밥".utf8)
        #expect(reader.keys(in: bytes[0..<2]) == [])
        #expect(reader.keys(in: bytes[2..<4]) == [.character("김")])
        #expect(reader.keys(in: bytes[4...]) == [.character("밥")])
    }

    @Test("An arrow sequence split after ESC [ is one key")
    func sequenceAcrossReads() {
        var reader = ByteKeyReader()
        #expect(reader.keys(in: Array("\u{1B}[".utf8)) == [])
        #expect(reader.keys(in: Array("A".utf8)) == [.up])
        #expect(reader.keys(in: Array("\u{1B}[4~q".utf8)) == [.end, .character("q")])
    }

    @Test("Esc alone at the end of a read is the Escape key; Esc then a letter is Esc and the letter")
    func lonelyEscape() {
        var reader = ByteKeyReader()
        #expect(reader.keys(in: [0x1B]) == [.escape])
        #expect(reader.keys(in: Array("\u{1B}x".utf8)) == [.escape, .character("x")])
    }

    @Test("Malformed UTF-8 and unknown sequences become no key; control codes become named keys")
    func junk() {
        var reader = ByteKeyReader()
        #expect(reader.keys(in: [0xFF, 0x80, 0xC3]) == [])
        #expect(reader.keys(in: Array("a".utf8)) == [.character("a")], "a broken sequence does not swallow the next key")
        #expect(reader.keys(in: Array("\u{1B}[<0;10;5M".utf8)) == [])
        #expect(reader.keys(in: [13, 9, 127]) == [.enter, .tab, .backspace])
    }
}
