import DeliveryDomain
import Foundation

extension StockEvent: StoredEvent {
    public static let schemaVersion = 1

    public var storedType: String {
        switch self {
        case .stocked: "StockAdded"
        case .reserved: "StockReserved"
        case .released: "StockReleased"
        }
    }

    public func encodedPayload(_ encoder: JSONEncoder) throws -> Data {
        switch self {
        case .stocked(let e): try encoder.encode(e)
        case .reserved(let e): try encoder.encode(e)
        case .released(let e): try encoder.encode(e)
        }
    }

    public static func decode(type: String, payload: Data, _ decoder: JSONDecoder) throws -> Self {
        switch type {
        case "StockAdded": .stocked(try decoder.decode(Stocked.self, from: payload))
        case "StockReserved": .reserved(try decoder.decode(Reserved.self, from: payload))
        case "StockReleased": .released(try decoder.decode(Released.self, from: payload))
        default: throw UnknownEventType(type: type)
        }
    }
}
