/// Reads the keys in a stream of bytes from a terminal (an SSH channel): UTF-8, so Hangul
/// typed through an input method arrives whole, and escape sequences, read whole by
/// ``EscapeSequence`` as the local driver reads them. Both may be split across reads; the
/// reader keeps what it has until the rest comes.
///
/// Esc alone at the end of a read is the Escape key: a terminal sends a sequence in one write,
/// and an SSH client in one packet, so a person pressing Esc is not kept waiting.
/// Malformed UTF-8 is dropped, never turned into a key.
public struct ByteKeyReader: Sendable {
    private var utf8: [UInt8] = []
    private var sequence: EscapeSequence?

    public init() {}

    public mutating func keys(in bytes: some Sequence<UInt8>) -> [Key] {
        var keys: [Key] = []
        var scalars: [UInt32] = []
        for byte in bytes {
            guard let scalar = decode(byte) else { continue }
            scalars.append(scalar)
        }
        var index = 0
        while index < scalars.count {
            let value = scalars[index]
            index += 1
            if var open = sequence {
                switch open.feed(value) {
                case .needsMore:
                    sequence = open
                    continue
                case .complete(let key):
                    sequence = nil
                    if let key { keys.append(key) }
                    continue
                case .notASequence:
                    sequence = nil
                    keys.append(.escape)  // Esc, then this character as a key of its own
                }
            }
            if value == KeyDecoder.escape {
                if index == scalars.count {
                    keys.append(.escape)
                } else {
                    sequence = EscapeSequence()
                }
                continue
            }
            if let key = KeyDecoder.key(forCharacter: value) { keys.append(key) }
        }
        return keys
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
