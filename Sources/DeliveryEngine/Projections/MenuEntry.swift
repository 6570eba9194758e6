import DeliveryDomain
import GRDB

/// One dish on a store's menu: a row of `rm_menu`, in the order the owner added them (`seq`).
public struct MenuEntry: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "rm_menu"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var storeId: StoreID
    public var itemId: MenuItemID
    public var seq: Int
    public var name: String
    public var price: Int
    public var description: String
    public var soldOut: Bool

    public var id: MenuItemID { itemId }
}
