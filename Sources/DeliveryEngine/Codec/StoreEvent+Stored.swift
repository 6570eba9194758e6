import DeliveryDomain
import Foundation

extension StoreEvent: StoredEvent {
    public static let schemaVersion = 1

    public var storedType: String {
        switch self {
        case .registered: "StoreRegistered"
        case .menuItemAdded: "MenuItemAdded"
        case .menuItemEdited: "MenuItemEdited"
        case .menuItemRemoved: "MenuItemRemoved"
        case .soldOutChanged: "SoldOutChanged"
        case .modeChanged: "StoreModeChanged"
        case .hoursChanged: "StoreHoursChanged"
        case .settingsChanged: "StoreSettingsChanged"
        case .profileUpdated: "StoreProfileUpdated"
        }
    }

    public func encodedPayload(_ encoder: JSONEncoder) throws -> Data {
        switch self {
        case .registered(let e): try encoder.encode(e)
        case .menuItemAdded(let e): try encoder.encode(e)
        case .menuItemEdited(let e): try encoder.encode(e)
        case .menuItemRemoved(let e): try encoder.encode(e)
        case .soldOutChanged(let e): try encoder.encode(e)
        case .modeChanged(let e): try encoder.encode(e)
        case .hoursChanged(let e): try encoder.encode(e)
        case .settingsChanged(let e): try encoder.encode(e)
        case .profileUpdated(let e): try encoder.encode(e)
        }
    }

    public static func decode(type: String, payload: Data, _ decoder: JSONDecoder) throws -> Self {
        switch type {
        case "StoreRegistered": .registered(try decoder.decode(Registered.self, from: payload))
        case "MenuItemAdded": .menuItemAdded(try decoder.decode(MenuItemAdded.self, from: payload))
        case "MenuItemEdited": .menuItemEdited(try decoder.decode(MenuItemEdited.self, from: payload))
        case "MenuItemRemoved": .menuItemRemoved(try decoder.decode(MenuItemRemoved.self, from: payload))
        case "SoldOutChanged": .soldOutChanged(try decoder.decode(SoldOutChanged.self, from: payload))
        case "StoreModeChanged": .modeChanged(try decoder.decode(ModeChanged.self, from: payload))
        case "StoreHoursChanged": .hoursChanged(try decoder.decode(HoursChanged.self, from: payload))
        case "StoreSettingsChanged": .settingsChanged(try decoder.decode(SettingsChanged.self, from: payload))
        case "StoreProfileUpdated": .profileUpdated(try decoder.decode(ProfileUpdated.self, from: payload))
        default: throw UnknownEventType(type: type)
        }
    }
}
