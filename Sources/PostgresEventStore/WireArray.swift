import Foundation
import NIOCore
import PostgresNIO

/// A one-dimensional array parameter in PostgreSQL's binary format, written element by element
/// into one buffer with no generic code in the way.
///
/// postgres-nio's own `Array: PostgresEncodable` encodes every element through generic witnesses
/// and metadata look-ups; `append_events` takes sixteen arrays per call, and profiling the
/// append benchmark put a tenth of the client's CPU in that encoding (debug build). Each
/// `append` below writes one element as the server reads it: a 4-byte length, then the value.
struct WireArray: PostgresDynamicTypeEncodable {
    let psqlType: PostgresDataType
    var psqlFormat: PostgresFormat { .binary }
    private let elementType: PostgresDataType
    private var elements = ByteBuffer()
    private(set) var count = 0

    private init(_ element: PostgresDataType, _ array: PostgresDataType) {
        elementType = element
        psqlType = array
    }

    static func texts() -> WireArray { WireArray(.text, .textArray) }
    static func integers() -> WireArray { WireArray(.int4, .int4Array) }
    static func bigIntegers() -> WireArray { WireArray(.int8, .int8Array) }
    static func uuids() -> WireArray { WireArray(.uuid, .uuidArray) }
    static func byteArrays() -> WireArray { WireArray(.bytea, .byteaArray) }
    static func booleans() -> WireArray { WireArray(.bool, .boolArray) }

    /// Room for this many bytes of elements (each with its 4-byte length), so that a large call
    /// is written into one allocation rather than copied at every doubling.
    mutating func reserve(elementBytes: Int) {
        elements.reserveCapacity(elementBytes)
    }

    mutating func append(text: String) {
        count += 1
        elements.writeInteger(Int32(text.utf8.count))
        elements.writeString(text)
    }

    mutating func append(integer: Int32) {
        count += 1
        elements.writeInteger(Int32(4))
        elements.writeInteger(integer)
    }

    mutating func append(bigInteger: Int64) {
        count += 1
        elements.writeInteger(Int32(8))
        elements.writeInteger(bigInteger)
    }

    mutating func append(uuid: UUID) {
        count += 1
        elements.writeInteger(Int32(16))
        withUnsafeBytes(of: uuid.uuid) { _ = elements.writeBytes($0) }
    }

    mutating func append(bytes: Data) {
        count += 1
        elements.writeInteger(Int32(bytes.count))
        elements.writeBytes(bytes)
    }

    mutating func append(boolean: Bool) {
        count += 1
        elements.writeInteger(Int32(1))
        elements.writeInteger(UInt8(boolean ? 1 : 0))
    }

    /// The array header (dimensions, no NULLs, element type, length, lower bound 1), then the
    /// elements; an empty array has no dimensions.
    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        buffer.writeInteger(UInt32(count == 0 ? 0 : 1))
        buffer.writeInteger(Int32(0))
        buffer.writeInteger(elementType.rawValue)
        guard count > 0 else { return }
        buffer.writeInteger(Int32(count))
        buffer.writeInteger(Int32(1))
        buffer.writeImmutableBuffer(elements)
    }
}
