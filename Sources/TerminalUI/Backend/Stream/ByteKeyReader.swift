/// Reads the keys in a stream of bytes from a terminal (an SSH channel): UTF-8, so Hangul
/// typed through an input method arrives whole, and escape sequences, read whole by
/// ``EscapeSequence`` as the local driver reads them. Both may be split across reads; the
/// reader keeps what it has until the rest comes.
///
/// Mouse reports (xterm's SGR encoding, which ``StreamTerminal`` asks for) are read whole by
/// ``MouseSequence`` and become ``TerminalEvent/mouse(_:)``.
///
/// A bracketed paste (``BracketedPaste``) is one ``Key/paste(_:)``, however many reads it
/// spans; nothing in it is a key.
///
/// Esc alone at the end of a read is the Escape key: a terminal sends a sequence in one write,
/// and an SSH client in one packet, so a person pressing Esc is not kept waiting.
/// Malformed UTF-8 is dropped, never turned into a key.
public struct ByteKeyReader: Sendable {
    private var utf8: [UInt8] = []
    private var sequence: EscapeSequence?
    /// The open sequence as it arrived, from its ESC: a mouse report is read from it.
    private var sequenceBytes: [UInt8] = []
    /// The paste being read, from its start marker to its end marker.
    private var paste: BracketedPaste?

    public init() {}

    /// Only the keys in `bytes` (mouse reports are read and dropped).
    public mutating func keys(in bytes: some Sequence<UInt8>) -> [Key] {
        events(in: bytes).compactMap { if case .key(let key) = $0 { key } else { nil } }
    }

    /// The keys and mouse reports in `bytes`, in order.
    public mutating func events(in bytes: some Sequence<UInt8>) -> [TerminalEvent] {
        var keys: [TerminalEvent] = []
        var scalars: [UInt32] = []
        for byte in bytes {
            guard let scalar = decode(byte) else { continue }
            scalars.append(scalar)
        }
        var index = 0
        while index < scalars.count {
            let value = scalars[index]
            index += 1
            if var open = paste {
                if let text = open.feed(value), !text.isEmpty { keys.append(.key(.paste(text))) }
                paste = open.isOver ? nil : open
                continue
            }
            if var open = sequence {
                if sequenceBytes.count < EscapeSequence.longestSequence { sequenceBytes.append(UInt8(truncatingIfNeeded: value)) }
                switch open.feed(value) {
                case .needsMore:
                    sequence = open
                    continue
                case .pasteStart:
                    sequence = nil
                    paste = BracketedPaste()
                    continue
                case .complete(let key):
                    sequence = nil
                    if let key {
                        keys.append(.key(key))
                    } else if case .complete(let mouse?, _) = MouseSequence.parse(sequenceBytes[...]) {
                        keys.append(.mouse(mouse))
                    }
                    continue
                case .notASequence:
                    sequence = nil
                    keys.append(.key(.escape))  // Esc, then this character as a key of its own
                }
            }
            if value == KeyDecoder.escape {
                if index == scalars.count {
                    keys.append(.key(.escape))
                } else {
                    sequence = EscapeSequence()
                    sequenceBytes = [0x1B]
                }
                continue
            }
            if let key = KeyDecoder.key(forCharacter: value) { keys.append(.key(key)) }
        }
        return keys
    }

    /// Whether a paste has started and not ended: its owner ends it with ``endPaste()`` once
    /// input has been quiet for ``BracketedPaste/quietEnd``.
    public var isInsidePaste: Bool { paste != nil }

    /// Ends a paste whose end marker never came: its text, if not delivered yet; what follows
    /// is keys again.
    public mutating func endPaste() -> [TerminalEvent] {
        guard var open = paste else { return [] }
        paste = nil
        guard let text = open.finish(), !text.isEmpty else { return [] }
        return [.key(.paste(text))]
    }

    /// Feeds one byte of UTF-8; the scalar once it is complete.
    private mutating func decode(_ byte: UInt8) -> UInt32? {
        if utf8.isEmpty {
            switch byte {
            case 0x00...0x7F: return UInt32(byte)
            case 0xC2...0xF4: utf8 = [byte]; return nil
            default: return nil  // a stray continuation or an invalid lead byte
            }
        }
        guard (0x80...0xBF).contains(byte) else {
            utf8 = []
            return decode(byte)  // the sequence broke off: this byte starts afresh
        }
        utf8.append(byte)
        let needed = utf8[0] >= 0xF0 ? 4 : utf8[0] >= 0xE0 ? 3 : 2
        guard utf8.count == needed else { return nil }
        defer { utf8 = [] }
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar.value
    }
}
