import DeliveryDomain
import EventStore

/// One stream per account, per store and per order. Orders never share a store's stream,
/// so a busy store's orders do not serialise on one stream.
public enum Streams {
    public static func account(_ id: AccountID) -> StreamID { StreamID("account-\(id.rawValue)") }
    public static func store(_ id: StoreID) -> StreamID { StreamID("store-\(id.rawValue)") }
    public static func order(_ id: OrderID) -> StreamID { StreamID("order-\(id.rawValue)") }
    /// The store's kitchen admission setting: written by the owner, never by orders.
    public static func admission(_ id: StoreID) -> StreamID { StreamID("admission-\(id.rawValue)") }
}
