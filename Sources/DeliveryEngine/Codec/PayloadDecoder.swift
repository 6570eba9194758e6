import Foundation

/// The codec's `JSONDecoder`, with a fast path for the payloads the engine itself wrote.
///
/// Foundation's decoder builds a dictionary of every object's keys before a field is read;
/// on a rebuild that was half of all the work. This one reads the payload's bytes in place
/// (``PayloadValueDecoder``): an object's fields are found by comparing key bytes, numbers and
/// strings are read where they lie. It serves the payloads `JSONEncoder` writes: no escapes in
/// strings or keys, dates as milliseconds since 1970.
///
/// Anything else — an escape, a number in a form it does not read, a missing field, a wrong
/// type — makes the fast path give up, and Foundation's decoder decodes the payload from the
/// start. So every log that decoded before decodes now, to the same values, and a payload that
/// cannot be read fails with Foundation's own error.
///
/// Dates are milliseconds since 1970 on both paths, as the codec writes them.
final class PayloadDecoder: JSONDecoder, @unchecked Sendable {
    override init() {
        super.init()
        dateDecodingStrategy = .millisecondsSince1970
    }

    override func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        if let fast = Self.decodeFast(type, from: data) { return fast }
        return try super.decode(type, from: data)
    }

    /// The value the fast path reads, or nil if it gave up.
    static func decodeFast<T: Decodable>(_ type: T.Type, from data: Data) -> T? {
        data.withUnsafeBytes { buffer -> T? in
            var reader = PayloadBytes(buffer)
            guard let start = try? reader.valueStart(), reader.skipsToEnd(from: start) else { return nil }
            return try? PayloadValueDecoder(bytes: buffer, at: start).decode(T.self)
        }
    }
}

/// The fast path found something it does not read; the caller decodes with Foundation instead.
struct NotFastPath: Error {}

/// A cursor over a JSON payload's bytes.
struct PayloadBytes {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    init(_ bytes: UnsafeRawBufferPointer, at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Where the next value starts, past any whitespace.
    mutating func valueStart() throws -> Int {
        skipWhitespace()
        guard index < bytes.count else { throw NotFastPath() }
        return index
    }

    /// True when `start` holds one well-formed value and nothing but whitespace follows it.
    mutating func skipsToEnd(from start: Int) -> Bool {
        index = start
        guard (try? skipValue()) != nil else { return false }
        skipWhitespace()
        return index == bytes.count
    }

    mutating func expect(_ byte: UInt8) throws {
        skipWhitespace()
        guard current == byte else { throw NotFastPath() }
        index += 1
    }

    /// A string without escapes or control characters, in valid UTF-8 (Foundation refuses
    /// invalid UTF-8 with its own error): the range of its bytes between the quotes.
    mutating func plainString() throws -> Range<Int> {
        guard current == Self.quote else { throw NotFastPath() }
        let start = index + 1
        var end = start
        var ascii = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte == Self.quote { break }
            if byte == Self.backslash || byte < 0x20 { throw NotFastPath() }
            if byte >= 0x80 { ascii = false }
            end += 1
        }
        guard end < bytes.count else { throw NotFastPath() }
        if !ascii, String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == nil {
            throw NotFastPath()
        }
        index = end + 1
        return start..<end
    }

    /// A string that is stepped over, not read: one-letter escapes (`\"`, `\n`…) are fine
    /// there; a `\u` escape (which may pair surrogates, or fail to) is Foundation's to judge.
    mutating func skipString() throws {
        guard current == Self.quote else { throw NotFastPath() }
        let start = index + 1
        var end = start
        var ascii = true
        while end < bytes.count, bytes[end] != Self.quote {
            let byte = bytes[end]
            if byte < 0x20 { throw NotFastPath() }
            if byte >= 0x80 { ascii = false }
            if byte == Self.backslash {
                guard end + 1 < bytes.count, Self.oneLetterEscapes.contains(bytes[end + 1]) else { throw NotFastPath() }
                end += 1
            }
            end += 1
        }
        guard end < bytes.count else { throw NotFastPath() }
        if !ascii, String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == nil {
            throw NotFastPath()
        }
        index = end + 1
    }

    private static let oneLetterEscapes = Set(#""\/bfnrt"#.utf8)

    /// Steps over any value and what it nests, as strictly as JSON allows: anything the
    /// readers cannot vouch for (a `\u` escape, a scalar outside JSON's grammar) is left to
    /// Foundation.
    mutating func skipValue() throws {
        skipWhitespace()
        guard let byte = current else { throw NotFastPath() }
        switch byte {
        case Self.quote:
            try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipWhitespace()
            if current == close {
                index += 1
                return
            }
            while true {
                if byte == UInt8(ascii: "{") {
                    skipWhitespace()
                    _ = try plainString()
                    try expect(UInt8(ascii: ":"))
                }
                try skipValue()
                skipWhitespace()
                guard let next = current else { throw NotFastPath() }
                index += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else { throw NotFastPath() }
            }
        default:
            try skipScalar()
        }
    }
}
