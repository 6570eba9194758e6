import DeliveryDomain
import Foundation

extension AccountEvent: StoredEvent {
    public static let schemaVersion = 1

    public var storedType: String {
        switch self {
        case .signedUp: "SignedUp"
        case .storeFavourited: "StoreFavourited"
        case .storeUnfavourited: "StoreUnfavourited"
        case .notificationsRead: "NotificationsRead"
        case .notificationOpened: "NotificationOpened"
        case .signInFailed: "SignInFailed"
        case .signInSucceeded: "SignInSucceeded"
        }
    }

    public func encodedPayload(_ encoder: JSONEncoder) throws -> Data {
        switch self {
        case .signedUp(let e): try encoder.encode(e)
        case .storeFavourited(let e): try encoder.encode(e)
        case .storeUnfavourited(let e): try encoder.encode(e)
        case .notificationsRead(let e): try encoder.encode(e)
        case .notificationOpened(let e): try encoder.encode(e)
        case .signInFailed(let e): try encoder.encode(e)
        case .signInSucceeded(let e): try encoder.encode(e)
        }
    }

    public static func decode(type: String, payload: Data, _ decoder: JSONDecoder) throws -> Self {
        switch type {
        case "SignedUp": .signedUp(try decoder.decode(SignedUp.self, from: payload))
        case "StoreFavourited": .storeFavourited(try decoder.decode(StoreFavourited.self, from: payload))
        case "StoreUnfavourited": .storeUnfavourited(try decoder.decode(StoreUnfavourited.self, from: payload))
        case "NotificationsRead": .notificationsRead(try decoder.decode(NotificationsRead.self, from: payload))
        case "NotificationOpened": .notificationOpened(try decoder.decode(NotificationOpened.self, from: payload))
        case "SignInFailed": .signInFailed(try decoder.decode(SignInFailed.self, from: payload))
        case "SignInSucceeded": .signInSucceeded(try decoder.decode(SignInSucceeded.self, from: payload))
        default: throw UnknownEventType(type: type)
        }
    }
}
