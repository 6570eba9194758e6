import Foundation

/// Reads one value of a payload for a `Decodable` type's `init(from:)`: the synthesized
/// initialisers of the domain's events ask for fields by key, and this answers from the bytes.
struct PayloadValueDecoder: Decoder {
    let bytes: UnsafeRawBufferPointer
    let start: Int

    init(bytes: UnsafeRawBufferPointer, at start: Int) {
        self.bytes = bytes
        self.start = start
    }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try PayloadObject<Key>(bytes: bytes, at: start))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try PayloadArray(bytes: bytes, at: start) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { PayloadSingleValue(decoder: self) }

    // MARK: Values

    var isNull: Bool {
        bytes.count - start >= 4 && bytes[start] == UInt8(ascii: "n") && bytes[start + 1] == UInt8(ascii: "u")
            && bytes[start + 2] == UInt8(ascii: "l") && bytes[start + 3] == UInt8(ascii: "l")
    }

    /// Metadata compared by identity, not cast: this runs for every field of every event.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return unsafeBitCast(try string(), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(Int.self), to: T.self) }
        // As the codec's dates are written: milliseconds since 1970.
        if T.self == Date.self { return unsafeBitCast(Date(timeIntervalSince1970: try double() / 1000.0), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try double(), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(), to: T.self) }
        if T.self == Int64.self { return unsafeBitCast(try integer(Int64.self), to: T.self) }
        if T.self == Float.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self { throw NotFastPath() }
        return try T(from: self)
    }

    func string() throws -> String {
        var reader = PayloadBytes(bytes, at: start)
        return try reader.text()
    }

    func bool() throws -> Bool {
        var reader = PayloadBytes(bytes, at: start)
        return try reader.flag()
    }

    /// Whole numbers only: a fraction or an exponent is left to Foundation.
    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        var reader = PayloadBytes(bytes, at: start)
        guard let value = T(exactly: try reader.wholeNumber()) else { throw NotFastPath() }
        return value
    }

    func double() throws -> Double {
        var reader = PayloadBytes(bytes, at: start)
        return try reader.number()
    }
}

/// An object's fields, found once: where each key's bytes are and where its value starts.
struct PayloadObject<Key: CodingKey>: KeyedDecodingContainerProtocol {
    struct Field {
        let key: Range<Int>
        let value: Int
    }

    let bytes: UnsafeRawBufferPointer
    let fields: [Field]

    init(bytes: UnsafeRawBufferPointer, at start: Int) throws {
        self.bytes = bytes
        var reader = PayloadBytes(bytes, at: start)
        try reader.expect(UInt8(ascii: "{"))
        var fields: [Field] = []
        reader.skipWhitespace()
        if reader.current == UInt8(ascii: "}") {
            self.fields = []
            return
        }
        while true {
            reader.skipWhitespace()
            let key = try reader.plainString()
            try reader.expect(UInt8(ascii: ":"))
            let value = try reader.valueStart()
            fields.append(Field(key: key, value: value))
            try reader.skipValue()
            reader.skipWhitespace()
            guard let next = reader.current else { throw NotFastPath() }
            reader.index += 1
            if next == UInt8(ascii: "}") { break }
            guard next == UInt8(ascii: ",") else { throw NotFastPath() }
        }
        self.fields = fields
    }

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        fields.compactMap { Key(stringValue: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[$0.key]), as: UTF8.self)) }
    }

    private func value(_ key: Key) -> PayloadValueDecoder? {
        var name = key.stringValue
        return name.withUTF8 { wanted in
            for field in fields where field.key.count == wanted.count {
                if UnsafeRawBufferPointer(rebasing: bytes[field.key]).elementsEqual(wanted) {
                    return PayloadValueDecoder(bytes: bytes, at: field.value)
                }
            }
            return nil
        }
    }

    private func required(_ key: Key) throws -> PayloadValueDecoder {
        guard let found = value(key) else { throw NotFastPath() }
        return found
    }

    func contains(_ key: Key) -> Bool { value(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try required(key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try required(key).decode(T.self) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let found = value(key), !found.isNull else { return nil }
        return try found.decode(T.self)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try required(key).bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try required(key).string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try required(key).double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw NotFastPath() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try required(key).integer(Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try required(key).integer(Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try required(key).integer(Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try required(key).integer(Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try required(key).integer(Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try required(key).integer(UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try required(key).integer(UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try required(key).integer(UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try required(key).integer(UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try required(key).integer(UInt64.self) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try required(key).container(keyedBy: NestedKey.self)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try required(key).unkeyedContainer() }

    func superDecoder() throws -> any Decoder { throw NotFastPath() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw NotFastPath() }
}

/// An array's elements, found once, read in order.
struct PayloadArray: UnkeyedDecodingContainer {
    let bytes: UnsafeRawBufferPointer
    let elements: [Int]
    private(set) var currentIndex = 0

    init(bytes: UnsafeRawBufferPointer, at start: Int) throws {
        self.bytes = bytes
        var reader = PayloadBytes(bytes, at: start)
        try reader.expect(UInt8(ascii: "["))
        var elements: [Int] = []
        reader.skipWhitespace()
        if reader.current == UInt8(ascii: "]") {
            self.elements = []
            return
        }
        while true {
            elements.append(try reader.valueStart())
            try reader.skipValue()
            reader.skipWhitespace()
            guard let next = reader.current else { throw NotFastPath() }
            reader.index += 1
            if next == UInt8(ascii: "]") { break }
            guard next == UInt8(ascii: ",") else { throw NotFastPath() }
        }
        self.elements = elements
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> PayloadValueDecoder {
        guard !isAtEnd else { throw NotFastPath() }
        defer { currentIndex += 1 }
        return PayloadValueDecoder(bytes: bytes, at: elements[currentIndex])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw NotFastPath() }
        guard PayloadValueDecoder(bytes: bytes, at: elements[currentIndex]).isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(T.self) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().bool() }
    mutating func decode(_ type: String.Type) throws -> String { try next().string() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().double() }
    mutating func decode(_ type: Float.Type) throws -> Float { throw NotFastPath() }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().integer(Int.self) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().integer(Int8.self) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().integer(Int16.self) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().integer(Int32.self) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().integer(Int64.self) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().integer(UInt.self) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().integer(UInt8.self) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().integer(UInt16.self) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().integer(UInt32.self) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().integer(UInt64.self) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: NestedKey.self)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { throw NotFastPath() }
}

/// A bare value: an id's string, a raw-value enum's case.
struct PayloadSingleValue: SingleValueDecodingContainer {
    let decoder: PayloadValueDecoder

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { decoder.isNull }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(T.self) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool() }
    func decode(_ type: String.Type) throws -> String { try decoder.string() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.double() }
    func decode(_ type: Float.Type) throws -> Float { throw NotFastPath() }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(UInt64.self) }
}
