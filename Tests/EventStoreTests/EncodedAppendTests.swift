import EventStore
import Foundation
import NIOCore
import PostgresNIO
import Testing

@testable import PostgresEventStore

/// A request written in the wire format by its caller (``EncodedAppend``) and joined into a call
/// must give the server exactly the arrays the call would have written element by element.
@Suite("Requests written before their call")
struct EncodedAppendTests {
    @Test func joinedSharesAreTheArraysWrittenElementByElement() {
        let requests = (0..<40).map(Self.request)
        let call = AppendCall(requests: requests, independent: true)
        let expected = Self.elementByElement(requests)
        let arrays = call.arrays()

        #expect(Self.bytes(arrays.conditionRequests) == Self.bytes(expected.conditionRequests))
        for parameter in EncodedAppend.Parameter.allCases {
            #expect(Self.bytes(arrays[parameter]) == Self.bytes(expected.arrays[parameter.rawValue]), "\(parameter)")
        }
    }

    @Test func aCallOfNoRequestsHasEmptyArrays() {
        let arrays = AppendCall(requests: [], independent: false).arrays()
        for parameter in EncodedAppend.Parameter.allCases {
            #expect(arrays[parameter].count == 0)
            // No dimensions, no flags, then the element type: 12 bytes.
            #expect(Self.bytes(arrays[parameter]).count == 12)
        }
    }

    @Test func uuidsAreWrittenAsTheirCanonicalText() {
        for uuid in [UUID(), UUID(uuid: (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 255))] {
            var buffer = ByteBuffer()
            buffer.writeWireElement(uuidText: uuid)
            #expect(buffer.readInteger(as: Int32.self) == 36)
            #expect(buffer.readString(length: 36) == uuid.uuidString.lowercased())
        }
        var none = ByteBuffer()
        none.writeWireElement(uuidText: nil)
        #expect(none.readInteger(as: Int32.self) == 0)
        #expect(none.readableBytes == 0)
    }

    /// Requests of every shape: 1–3 events, 0–3 conditions, each expectation, metadata present
    /// or not, Korean text, empty and larger payloads.
    private static func request(_ number: Int) -> AppendRequest {
        let expectations: [ExpectedVersion] = [.any, .noStream, .exactly(number + 1)]
        let events = (0...(number % 3)).map { index in
            NewEvent(
                eventID: UUID(), type: index == 0 ? "OrderPlaced" : "주문이접수됨", schemaVersion: 1 + number % 2,
                payload: Data(String(repeating: "가", count: (number * 7 + index) % 50).utf8),
                metadata: EventMetadata(
                    actor: number % 4 == 0 ? nil : "customer:\(number)",
                    causationID: number % 3 == 0 ? nil : UUID(),
                    correlationID: number % 5 == 0 ? nil : UUID()))
        }
        let conditions = (0..<(number % 4)).map { AppendCondition(stream: StreamID("store-\($0)"), version: number + $0) }
        return AppendRequest(
            stream: StreamID("order-\(number)"), expectedVersion: expectations[number % 3], events: events,
            recordedAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(number) / 7), conditions: conditions)
    }

    /// The arrays written one element at a time, as the call once built them.
    private static func elementByElement(_ requests: [AppendRequest]) -> (arrays: [WireArray], conditionRequests: WireArray) {
        var arrays = EncodedAppend.Parameter.allCases.map(\.emptyArray)
        var conditionRequests = WireArray.integers()
        func add(_ parameter: EncodedAppend.Parameter, _ write: (inout WireArray) -> Void) { write(&arrays[parameter.rawValue]) }
        for (index, request) in requests.enumerated() {
            add(.streams) { $0.append(text: request.stream.rawValue) }
            let (kind, version): (Int32, Int32) =
                switch request.expectedVersion {
                case .any: (0, 0)
                case .noStream: (1, 0)
                case .exactly(let version): (2, Int32(version))
                }
            add(.expectedKinds) { $0.append(integer: kind) }
            add(.expectedVersions) { $0.append(integer: version) }
            add(.eventCounts) { $0.append(integer: Int32(request.events.count)) }
            add(.recordedAt) { $0.append(bigInteger: RecordedTime.microseconds(request.recordedAt)) }
            for condition in request.conditions {
                conditionRequests.append(integer: Int32(index + 1))
                add(.conditionStreams) { $0.append(text: condition.stream.rawValue) }
                add(.conditionVersions) { $0.append(integer: Int32(condition.version)) }
            }
            for event in request.events {
                add(.eventIDs) { $0.append(uuid: event.eventID) }
                add(.types) { $0.append(text: event.type) }
                add(.schemaVersions) { $0.append(integer: Int32(event.schemaVersion)) }
                add(.payloads) { $0.append(bytes: event.payload) }
                add(.hasActor) { $0.append(boolean: event.metadata.actor != nil) }
                add(.actors) { $0.append(text: event.metadata.actor ?? "") }
                add(.causations) { $0.append(text: event.metadata.causationID?.uuidString.lowercased() ?? "") }
                add(.correlations) { $0.append(text: event.metadata.correlationID?.uuidString.lowercased() ?? "") }
            }
        }
        return (arrays, conditionRequests)
    }

    private static func bytes(_ array: WireArray) -> [UInt8] {
        var buffer = ByteBuffer()
        array.encode(into: &buffer, context: .default)
        return Array(buffer.readableBytesView)
    }
}
