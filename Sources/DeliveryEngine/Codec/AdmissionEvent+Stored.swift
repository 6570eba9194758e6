import DeliveryDomain
import Foundation

extension AdmissionEvent: StoredEvent {
    public static let schemaVersion = 1

    public var storedType: String {
        switch self {
        case .policySet: "AdmissionPolicySet"
        }
    }

    public func encodedPayload(_ encoder: JSONEncoder) throws -> Data {
        switch self {
        case .policySet(let e): try encoder.encode(e)
        }
    }

    public static func decode(type: String, payload: Data, _ decoder: JSONDecoder) throws -> Self {
        switch type {
        case "AdmissionPolicySet": .policySet(try decoder.decode(PolicySet.self, from: payload))
        default: throw UnknownEventType(type: type)
        }
    }
}
