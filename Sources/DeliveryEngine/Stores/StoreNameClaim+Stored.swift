import DeliveryDomain
import EventStore
import Foundation

extension Streams {
    /// The claim on one store name, by its folded key: see ``StoreNameClaimEvent``.
    /// The projections skip these streams; only registration and lookups read them.
    public static func storeNameClaim(_ key: NameKey) -> StreamID { StreamID("storename-\(key.rawValue)") }
}

extension StoreNameClaimEvent: StoredEvent {
    public static let schemaVersion = 1

    public var storedType: String {
        switch self {
        case .claimed: "StoreNameClaimed"
        }
    }

    public func encodedPayload(_ encoder: JSONEncoder) throws -> Data {
        switch self {
        case .claimed(let e): try encoder.encode(e)
        }
    }

    public static func decode(type: String, payload: Data, _ decoder: JSONDecoder) throws -> Self {
        switch type {
        case "StoreNameClaimed": .claimed(try decoder.decode(Claimed.self, from: payload))
        default: throw UnknownEventType(type: type)
        }
    }
}
