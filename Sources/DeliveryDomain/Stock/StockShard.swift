import Foundation

/// A share of a limited dish's stock. An event dish's stock is split over a few shards, each its
/// own stream (`stock-<item>-<k>`): concurrent customers reserve from different shards and so do
/// not all contend on one stream, while each shard's optimistic append makes overselling
/// impossible: a reservation is decided on the shard's latest state or refused and decided again.
public enum StockCommand: Sendable {
    case stock(item: MenuItemID, quantity: Int, shards: Int?, now: Date)
    /// Takes as much of `upTo` as the shard has left (at least one portion), so an order's
    /// portions may come from several shards and no shard's last portion is stranded.
    case reservePart(order: OrderID, upTo: Int, itemName: String, now: Date)
    case release(order: OrderID, now: Date)
}

public enum StockEvent: Sendable, Equatable {
    case stocked(Stocked)
    case reserved(Reserved)
    case released(Released)

    public struct Stocked: Codable, Sendable, Equatable {
        public let item: MenuItemID
        public let quantity: Int
        /// On the item's plan stream: over how many shards the stock is spread.
        public var shards: Int? = nil
        public let at: Date
    }
    public struct Reserved: Codable, Sendable, Equatable {
        public let order: OrderID
        public let quantity: Int
        public let at: Date
    }
    public struct Released: Codable, Sendable, Equatable {
        public let order: OrderID
        public let quantity: Int
        public let at: Date
    }
}

public struct StockShardState: Sendable, Equatable {
    public var stocked = 0
    /// Set on the plan stream only.
    public var shards: Int?
    public var reservations: [OrderID: Int] = [:]
    public var remaining: Int { stocked - reservations.values.reduce(0, +) }
    public init() {}
}

public enum StockShardDecider: Decider {
    public static let initialState = StockShardState()

    public static func decide(_ command: StockCommand, _ state: StockShardState) throws(RuleViolation) -> [StockEvent] {
        switch command {
        case .stock(let item, let quantity, let shards, let now):
            guard quantity >= 0 else { throw .invalidQuantity(quantity) }
            return [.stocked(.init(item: item, quantity: quantity, shards: shards, at: now))]
        case .reservePart(let order, let wanted, let name, let now):
            guard wanted > 0 else { throw .invalidQuantity(wanted) }
            if state.reservations[order] != nil { return [] }
            guard state.remaining > 0 else { throw .soldOut(name) }
            return [.reserved(.init(order: order, quantity: min(wanted, state.remaining), at: now))]
        case .release(let order, let now):
            guard let quantity = state.reservations[order] else { return [] }
            return [.released(.init(order: order, quantity: quantity, at: now))]
        }
    }

    public static func evolve(_ state: StockShardState, _ event: StockEvent) -> StockShardState {
        var next = state
        switch event {
        case .stocked(let e):
            next.stocked += e.quantity
            if let shards = e.shards { next.shards = shards }
        case .reserved(let e): next.reservations[e.order] = e.quantity
        case .released(let e): next.reservations[e.order] = nil
        }
        return next
    }
}
