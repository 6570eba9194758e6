import Foundation

/// Writes a payload's JSON bytes directly, in exactly the form the codec's `JSONEncoder` gives
/// (sorted keys, slashes unescaped, dates as milliseconds since 1970): encoding the two events
/// of every placement through `Encodable`'s generic containers was an eighth of a burst of
/// placements.
///
/// The caller writes the keys in sorted order itself. A value this writer cannot promise to
/// write as Foundation would (a string holding a control character, a date that is not a
/// finite number) makes ``isExact`` false, and the caller uses `JSONEncoder` instead, so the
/// log never depends on which path wrote an event.
struct PayloadWriter {
    private(set) var bytes: [UInt8] = []
    /// False once a value was met that only Foundation may write.
    private(set) var isExact = true
    /// True once a value ends a member: the next key needs a comma first.
    private var needsComma = false
    /// Whether the encoder this writer stands in for escapes `/` (GRDB's, for JSON columns, does;
    /// the codec's does not). Then a slash is left to that encoder, as control characters are.
    private let leavesSlashesToFoundation: Bool

    init(capacity: Int = 256, leavesSlashesToFoundation: Bool = false) {
        bytes.reserveCapacity(capacity)
        self.leavesSlashesToFoundation = leavesSlashesToFoundation
    }

    // MARK: Structure

    mutating func object(_ members: (inout PayloadWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        members(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout PayloadWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Starts a member of the current object: `"key":`. Keys are the events' own field names,
    /// plain ASCII, so they need no escaping.
    mutating func key(_ key: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    // MARK: Values

    /// A string, escaped as Foundation escapes it: `"` and `\` get a backslash; anything else
    /// but control characters (and slashes, for an encoder that escapes them), non-ASCII
    /// included, is written as it is.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() {
                // Control characters have several escaped forms, and escaping a slash is the
                // encoder's choice: both are Foundation's business.
                if byte < 0x20 || (byte == UInt8(ascii: "/") && leavesSlashesToFoundation) {
                    isExact = false
                    return
                }
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func boolean(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    /// Milliseconds since 1970, as the codec's `.millisecondsSince1970` strategy writes them: a
    /// `Double` in its shortest form, without a trailing `.0`.
    mutating func date(_ value: Date) {
        let milliseconds = 1000.0 * value.timeIntervalSince1970
        guard milliseconds.isFinite else {
            isExact = false
            return
        }
        var text = milliseconds.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    /// The payload, or nil when Foundation must write it (``isExact``).
    var payload: Data? { isExact ? Data(bytes) : nil }
}
