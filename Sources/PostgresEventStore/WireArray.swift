import Foundation
import NIOCore
import PostgresNIO

/// A one-dimensional array parameter in PostgreSQL's binary format, written element by element
/// into one buffer with no generic code in the way.
///
/// postgres-nio's own `Array: PostgresEncodable` encodes every element through generic witnesses
/// and metadata look-ups; `append_events` takes sixteen arrays per call, and profiling the
/// append benchmark put a tenth of the client's CPU in that encoding (debug build). Each
/// element is written as the server reads it: a 4-byte length, then the value
/// (`ByteBuffer.writeWireElement`).
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
        elements.writeWireElement(text: text)
    }

    mutating func append(integer: Int32) {
        count += 1
        elements.writeWireElement(integer: integer)
    }

    mutating func append(bigInteger: Int64) {
        count += 1
        elements.writeWireElement(bigInteger: bigInteger)
    }

    mutating func append(uuid: UUID) {
        count += 1
        elements.writeWireElement(uuid: uuid)
    }

    mutating func append(bytes: Data) {
        count += 1
        elements.writeWireElement(bytes: bytes)
    }

    mutating func append(boolean: Bool) {
        count += 1
        elements.writeWireElement(boolean: boolean)
    }

    /// `count` elements already in the wire format (each its length, then its value), written
    /// elsewhere with `writeWireElement`: joined as they are.
    mutating func append(encoded: UnsafeRawBufferPointer, count: Int) {
        self.count += count
        elements.writeBytes(encoded)
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

/// One array element in PostgreSQL's binary format: its length in 4 bytes, then its value. The
/// one place that format is written, for ``WireArray`` and for a request's parts written before
/// its call (``EncodedAppend``).
extension ByteBuffer {
    mutating func writeWireElement(text: String) {
        writeInteger(Int32(text.utf8.count))
        writeString(text)
    }

    mutating func writeWireElement(integer: Int32) {
        writeInteger(Int32(4))
        writeInteger(integer)
    }

    mutating func writeWireElement(bigInteger: Int64) {
        writeInteger(Int32(8))
        writeInteger(bigInteger)
    }

    mutating func writeWireElement(uuid: UUID) {
        writeInteger(Int32(16))
        withUnsafeBytes(of: uuid.uuid) { _ = writeBytes($0) }
    }

    mutating func writeWireElement(bytes: Data) {
        writeInteger(Int32(bytes.count))
        writeBytes(bytes)
    }

    mutating func writeWireElement(boolean: Bool) {
        writeInteger(Int32(1))
        writeInteger(UInt8(boolean ? 1 : 0))
    }

    /// A uuid as text in its canonical form (36 characters, lowercase), or '' for none: what
    /// `append_events` takes for an event's causation and correlation ids. Written digit by
    /// digit: `UUID.uuidString` formats through `snprintf`, which was a tenth of building a
    /// call's arrays.
    mutating func writeWireElement(uuidText uuid: UUID?) {
        guard let uuid else {
            writeInteger(Int32(0))
            return
        }
        writeInteger(Int32(36))
        let digits: StaticString = "0123456789abcdef"
        digits.withUTF8Buffer { digits in
            withUnsafeBytes(of: uuid.uuid) { bytes in
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 { writeInteger(UInt8(ascii: "-")) }
                    writeInteger(digits[Int(byte >> 4)])
                    writeInteger(digits[Int(byte & 0x0F)])
                }
            }
        }
    }
}
