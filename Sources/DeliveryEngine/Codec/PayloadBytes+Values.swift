import DeliveryDomain
import Foundation

/// Typed values read straight off a payload's bytes, for the hand-written decoders
/// (``OrderEvent/readInPlace(type:payload:)``): no `Decoder`, no containers, no key strings.
///
/// Each reader accepts only what it is sure Foundation's `JSONDecoder` reads to the same value,
/// and throws ``NotFastPath`` for anything else, so the caller hands the payload to Foundation:
///
/// - strings without escapes or control characters, in valid UTF-8;
/// - whole numbers as JSON writes them (`0`, `-12`, `9000`; no leading zeros, no `-0`, no
///   fraction or exponent) that fit an `Int`;
/// - doubles in JSON's number grammar, parsed correctly rounded as Foundation parses them;
/// - `true`, `false`, `null`;
/// - objects read field by field, with no key twice and no key the decoder does not know.
extension PayloadBytes {
    /// What `read` reads from the start of `data`, or nil when it gives up or anything but
    /// whitespace follows: a payload is one value and nothing else.
    static func readWhole<T>(_ data: Data, _ read: (inout PayloadBytes) throws -> T) -> T? {
        data.withUnsafeBytes { buffer -> T? in
            var reader = PayloadBytes(buffer)
            guard let value = try? read(&reader) else { return nil }
            reader.skipWhitespace()
            return reader.index == buffer.count ? value : nil
        }
    }

    /// Steps through an object's fields in the order written: `field` gets each key with the
    /// cursor on its value, and must read the value or throw.
    mutating func fields(_ field: (PayloadKey, inout PayloadBytes) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            let name = try plainString()
            let key = PayloadKey(bytes: UnsafeRawBufferPointer(rebasing: bytes[name]))
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try field(key, &self)
            try endOfMember(closing: UInt8(ascii: "}"))
            if bytes[index - 1] == UInt8(ascii: "}") { return }
        }
    }

    /// Steps through an array's elements: `element` reads each one, the cursor on its start.
    mutating func elements(_ element: (inout PayloadBytes) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            try element(&self)
            try endOfMember(closing: UInt8(ascii: "]"))
            if bytes[index - 1] == UInt8(ascii: "]") { return }
        }
    }

    /// Past the `,` between two members or the bracket that closes them.
    private mutating func endOfMember(closing: UInt8) throws {
        skipWhitespace()
        guard let next = current, next == UInt8(ascii: ",") || next == closing else { throw NotFastPath() }
        index += 1
    }

    /// A string without escapes (``plainString()``).
    mutating func text() throws -> String {
        let range = try plainString()
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Steps over `true`, `false`, `null` or a number.
    mutating func skipScalar() throws {
        if matches("true") || matches("null") {
            index += 4
        } else if matches("false") {
            index += 5
        } else {
            _ = try numberToken()
            return
        }
        try endOfToken()
    }

    /// `null` (stepped over, giving nil) or what `read` reads: an optional field's value.
    mutating func orNull<T>(_ read: (inout PayloadBytes) throws -> T) throws -> T? {
        guard matches("null") else { return try read(&self) }
        index += 4
        try endOfToken()
        return nil
    }

    mutating func flag() throws -> Bool {
        if matches("true") {
            index += 4
            try endOfToken()
            return true
        }
        if matches("false") {
            index += 5
            try endOfToken()
            return false
        }
        throw NotFastPath()
    }

    /// True when the bytes at the cursor start with `word`.
    private func matches(_ word: StaticString) -> Bool {
        bytes.count - index >= word.utf8CodeUnitCount
            && memcmp(bytes.baseAddress! + index, word.utf8Start, word.utf8CodeUnitCount) == 0
    }

    /// A whole number as JSON writes it, without sign tricks, fraction or exponent.
    mutating func wholeNumber() throws -> Int {
        let number = try numberToken()
        guard number.fraction == nil, number.exponent == nil, !(number.negative && number.digits == 0) else {
            throw NotFastPath()
        }
        return number.negative ? -number.digits : number.digits
    }

    /// A number in JSON's grammar, as the nearest double.
    mutating func number() throws -> Double {
        let start = index
        let number = try numberToken()
        let value: Double
        if let exact = number.exactDouble {
            value = exact
        } else {
            // Swift's parser rounds correctly, as Foundation's does: both read the same double.
            // Only numbers with an exponent or more than 19 digits come here.
            guard let parsed = Double(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            else { throw NotFastPath() }
            value = parsed
        }
        guard value.isFinite else { throw NotFastPath() }
        return value
    }

    /// An instant as the codec writes it: milliseconds since 1970, divided as Foundation does.
    mutating func instant() throws -> Date {
        Date(timeIntervalSince1970: try number() / 1000.0)
    }

    /// `{"amount":N}`: ``Won`` as its synthesized `Codable` writes it.
    mutating func won() throws -> Won {
        var amount: Int?
        try fields { key, value in
            guard key == "amount" else { throw NotFastPath() }
            try PayloadKey.once(&amount, try value.wholeNumber())
        }
        guard let amount else { throw NotFastPath() }
        return Won(amount)
    }

    /// A number's parts, checked against JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    /// `digits` holds the integer part; a part too long for an `Int` is not read here.
    private mutating func numberToken() throws -> JSONNumber {
        var number = JSONNumber()
        if current == UInt8(ascii: "-") {
            number.negative = true
            index += 1
        }
        let integerStart = index
        number.digits = try digitRun(limit: 18)
        guard index > integerStart, bytes[integerStart] != UInt8(ascii: "0") || index - integerStart == 1 else {
            throw NotFastPath()
        }
        number.integerDigits = index - integerStart
        if current == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            number.fraction = try digitRun(limit: 18)
            number.fractionDigits = index - fractionStart
            guard number.fractionDigits > 0 else { throw NotFastPath() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            let exponentStart = index
            number.exponent = try digitRun(limit: 18)
            guard index > exponentStart else { throw NotFastPath() }
        }
        try endOfToken()
        return number
    }

    /// The value of the decimal digits from the cursor, at most `limit` of them (more is left
    /// to Foundation, so nothing here overflows).
    private mutating func digitRun(limit: Int) throws -> Int {
        var value = 0
        let start = index
        while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            guard index - start < limit else { throw NotFastPath() }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }

    /// A scalar ends where a member does: at whitespace, `,`, `}`, `]` or the end.
    private func endOfToken() throws {
        guard let byte = current else { return }
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: return
        default: throw NotFastPath()
        }
    }
}

/// A number's parts as ``PayloadBytes`` found them.
private struct JSONNumber {
    var negative = false
    var digits = 0
    var integerDigits = 0
    var fraction: Int?
    var fractionDigits = 0
    var exponent: Int?

    /// The nearest double, by integer arithmetic, for a number of up to 19 digits without an
    /// exponent (every instant the codec writes); nil leaves the rest to a decimal parser.
    ///
    /// Parsing text was most of reading an instant: the 17 digits of `1790987046853.8384` do not
    /// fit the 53 bits that make dividing doubles exact, but they fit 64: the digits as an integer
    /// over a power of ten, divided in 128 bits, rounded once.
    var exactDouble: Double? {
        guard exponent == nil, integerDigits + fractionDigits <= 19 else { return nil }
        var significand = UInt64(digits)
        if let fraction {
            significand = significand * Self.powersOfTen[fractionDigits] + UInt64(fraction)
        }
        let value = Self.nearestDouble(significand, overPowerOfTen: fractionDigits)
        return negative ? -value : value
    }

    /// `n / 10^k` rounded to the nearest double (ties to even), for `k` up to 19.
    ///
    /// The quotient is taken with 63 or 64 bits, shifted so it fills a `UInt64`; a remainder
    /// sets the lowest bit, below the 53 a double keeps, so the one rounding of the conversion
    /// sees that the exact value lies past a tie. Scaling by a power of two is exact.
    static func nearestDouble(_ n: UInt64, overPowerOfTen k: Int) -> Double {
        guard n != 0, k != 0 else { return Double(n) }
        let divisor = powersOfTen[k]
        let shift = 63 - (n.bitWidth - n.leadingZeroBitCount) + (divisor.bitWidth - divisor.leadingZeroBitCount)
        // n × 2^shift in 128 bits (Swift's shifts by 64 or more give 0).
        let high = shift >= 64 ? n << (shift - 64) : n >> (64 - shift)
        let low = shift >= 64 ? 0 : n << shift
        let (quotient, remainder) = divisor.dividingFullWidth((high, low))
        let sticky: UInt64 = remainder == 0 ? 0 : 1
        return Double(sign: .plus, exponent: -shift, significand: Double(quotient | sticky))
    }

    static let powersOfTen: [UInt64] = (0...19).map { exponent in
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}

/// A key of a payload's object, as its bytes.
struct PayloadKey {
    let bytes: UnsafeRawBufferPointer

    static func == (key: PayloadKey, name: StaticString) -> Bool {
        key.bytes.count == name.utf8CodeUnitCount
            && (key.bytes.count == 0 || memcmp(key.bytes.baseAddress!, name.utf8Start, key.bytes.count) == 0)
    }

    /// Stores a field's value, or gives up on a key met twice: which of the two Foundation
    /// keeps is its business.
    static func once<T>(_ slot: inout T?, _ value: T) throws {
        guard slot == nil else { throw NotFastPath() }
        slot = value
    }
}
