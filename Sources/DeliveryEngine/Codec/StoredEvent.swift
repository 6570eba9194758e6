import DeliveryDomain
import EventStore
import Foundation

/// A domain event's name and payload in the log. Names are part of the log's format:
/// renaming a Swift case must not rename what is stored.
public protocol StoredEvent: Sendable {
    /// The payload's current shape. Older shapes are upcast in `decode`; newer ones are refused.
    static var schemaVersion: Int { get }
    var storedType: String { get }
    func encodedPayload(_ encoder: JSONEncoder) throws -> Data
    /// The payload written without `JSONEncoder`, byte for byte what the codec's encoder writes,
    /// for the events written most often; nil: use ``encodedPayload(_:)``.
    func handWrittenPayload() -> Data?
    static func decode(type: String, payload: Data, _ decoder: JSONDecoder) throws -> Self
    /// The event read by hand from the payload's bytes, or nil to leave it to
    /// ``decode(type:payload:_:)``: for the events a log is mostly made of.
    static func readInPlace(type: String, payload: Data) -> Self?
}

extension StoredEvent {
    /// Most events are read by ``decode(type:payload:_:)`` alone.
    public static func readInPlace(type: String, payload: Data) -> Self? { nil }
}

public enum EventDecodingError: Error, CustomStringConvertible {
    case unknownType(String, position: Int64)
    case newerSchema(type: String, version: Int, position: Int64)
    case unreadable(type: String, position: Int64, reason: String)

    public var description: String {
        switch self {
        case .unknownType(let type, let position):
            "The log holds an event of unknown type \(type) at position \(position); it was probably written by a newer baedal. Upgrade baedal."
        case .newerSchema(let type, let version, let position):
            "The event \(type) at position \(position) has schema version \(version), newer than this baedal reads. Upgrade baedal."
        case .unreadable(let type, let position, let reason):
            "The event \(type) at position \(position) cannot be read: \(reason)."
        }
    }
}

extension StoredEvent {
    public func handWrittenPayload() -> Data? { nil }
}

struct UnknownEventType: Error { let type: String }

/// Turns domain events into log entries and back, with one encoder configuration for all.
public struct EventCodec: Sendable {
    public init() {}

    // One of each for every codec: they are thread-safe once configured, and making one per
    // event showed up in profiles of placing orders.
    private static let sharedEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Reads the engine's own payloads in place and leaves anything else to Foundation
    /// (``PayloadDecoder``): decoding was half of a rebuild.
    private static let sharedDecoder: JSONDecoder = {
        let decoder = PayloadDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()

    func encoder() -> JSONEncoder { Self.sharedEncoder }

    func decoder() -> JSONDecoder { Self.sharedDecoder }

    public func newEvent<E: StoredEvent>(_ event: E, id: UUID, metadata: EventMetadata) throws -> NewEvent {
        NewEvent(
            eventID: id, type: event.storedType, schemaVersion: E.schemaVersion,
            payload: try event.handWrittenPayload() ?? event.encodedPayload(encoder()), metadata: metadata)
    }

    public func decode<E: StoredEvent>(_ recorded: RecordedEvent, as: E.Type = E.self) throws -> E {
        guard recorded.schemaVersion <= E.schemaVersion else {
            throw EventDecodingError.newerSchema(type: recorded.type, version: recorded.schemaVersion, position: recorded.position)
        }
        // Hand-written readers know the current shape only; an older one is upcast by `decode`.
        if recorded.schemaVersion == E.schemaVersion, let read = E.readInPlace(type: recorded.type, payload: recorded.payload) {
            return read
        }
        do {
            return try E.decode(type: recorded.type, payload: recorded.payload, decoder())
        } catch let unknown as UnknownEventType {
            throw EventDecodingError.unknownType(unknown.type, position: recorded.position)
        } catch {
            throw EventDecodingError.unreadable(type: recorded.type, position: recorded.position, reason: "\(error)")
        }
    }
}
