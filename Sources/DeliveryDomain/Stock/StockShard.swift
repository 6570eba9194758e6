import Foundation

/// What is asked of one shard of a limited dish's stock (see ``StockShardDecider``).
public enum StockCommand: Sendable {
    /// Puts `quantity` portions on the shard. On the plan stream it records the whole stock
    /// and `shards`, the number of shards it was spread over; on a shard `shards` is nil.
    case stock(item: MenuItemID, quantity: Int, shards: Int?, now: Date)
    /// Takes as much of `upTo` as the shard has left (at least one portion), so an order's
    /// portions may come from several shards and no shard's last portion is stranded.
    case reservePart(order: OrderID, upTo: Int, itemName: String, now: Date)
    /// Gives back what the order holds on this shard (its placement failed, or the order
    /// stopped: cancelled or rejected). Nothing held, nothing to record.
    case release(order: OrderID, now: Date)
}

/// What happened to a shard's portions.
public enum StockEvent: Sendable, Equatable {
    case stocked(Stocked)
    case reserved(Reserved)
    case released(Released)

    /// Portions put on the shard (on the plan stream: the dish's whole stock).
    public struct Stocked: Codable, Sendable, Equatable {
        public let item: MenuItemID
        public let quantity: Int
        /// On the item's plan stream: over how many shards the stock is spread.
        public var shards: Int? = nil
        public let at: Date
    }
    /// Portions set aside for an order; they count as gone until released.
    public struct Reserved: Codable, Sendable, Equatable {
        public let order: OrderID
        public let quantity: Int
        public let at: Date
    }
    /// An order's portions handed back to the shard.
    public struct Released: Codable, Sendable, Equatable {
        public let order: OrderID
        public let quantity: Int
        public let at: Date
    }
}

/// One shard's portions: how many it was given and which orders hold how many of them.
public struct StockShardState: Sendable, Equatable {
    /// Every portion ever put on the shard.
    public var stocked = 0
    /// Set on the plan stream only.
    public var shards: Int?
    /// Portions held, by order. One entry per order: a shard reserves for an order once.
    public var reservations: [OrderID: Int] = [:]
    /// Portions still free to reserve.
    public var remaining: Int { stocked - reservations.values.reduce(0, +) }
    public init() {}
}

/// The rules of a limited dish's stock (an event dish: "오늘만 50그릇").
///
/// The stock is split over a few shards, each its own stream (`stockshard-<k>-<item>`), with a
/// plan stream (`stockplan-<item>`) saying how many shards there are. Concurrent customers
/// reserve from different shards and so do not all contend on one stream, while each shard's
/// optimistic append makes overselling impossible: a reservation is decided on the shard's
/// latest state, or refused and decided again.
///
///     let shard = StockShardDecider.fold(events)  // 3 portions stocked, none reserved
///     try StockShardDecider.decide(.reservePart(order: a, upTo: 2, itemName: "짜장면", now: now), shard)
///     // [.reserved(…)]: order a holds 2. With that folded in, the next order asking for 2
///     // gets the last 1 (the engine takes its other portion from another shard), and the
///     // one after is refused: RuleViolation.soldOut("짜장면").
///
/// Asking twice for one order records nothing the second time, so a retried placement does
/// not take double.
public enum StockShardDecider: Decider {
    /// A shard nothing was put on: every reservation is refused as sold out.
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
