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
        case .addressAdded: "AddressAdded"
        case .addressRemoved: "AddressRemoved"
        case .defaultAddressSet: "DefaultAddressSet"
        case .cardRemembered: "CardRemembered"
        case .cardForgotten: "CardForgotten"
        case .passwordChanged: "PasswordChanged"
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
        case .addressAdded(let e): try encoder.encode(e)
        case .addressRemoved(let e): try encoder.encode(e)
        case .defaultAddressSet(let e): try encoder.encode(e)
        case .cardRemembered(let e): try encoder.encode(e)
        case .cardForgotten(let e): try encoder.encode(e)
        case .passwordChanged(let e): try encoder.encode(e)
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
        case "AddressAdded": .addressAdded(try decoder.decode(AddressAdded.self, from: payload))
        case "AddressRemoved": .addressRemoved(try decoder.decode(AddressRemoved.self, from: payload))
        case "DefaultAddressSet": .defaultAddressSet(try decoder.decode(DefaultAddressSet.self, from: payload))
        case "CardRemembered": .cardRemembered(try decoder.decode(CardRemembered.self, from: payload))
        case "CardForgotten": .cardForgotten(try decoder.decode(CardForgotten.self, from: payload))
        case "PasswordChanged": .passwordChanged(try decoder.decode(PasswordChanged.self, from: payload))
        default: throw UnknownEventType(type: type)
        }
    }
}
