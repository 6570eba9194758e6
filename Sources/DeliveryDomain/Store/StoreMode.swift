/// How a store is taking orders right now, on top of its opening hours.
public enum StoreMode: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Taking orders at the usual cooking estimate.
    case open
    /// Taking orders, but the kitchen is slow: the estimate grows by the store's busy extra.
    case busy
    /// Taking no new orders; orders already placed go on.
    case paused
    public var description: String { rawValue }
}
