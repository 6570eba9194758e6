import Foundation

/// A store name held by one store, so no second store can be registered under a name that
/// reads the same (``NameKey``: `홍콩반점`, `ＨＯＮＧ` and `hong` are compared folded).
///
/// Each key has its own small stream. Registering a store appends its `StoreRegistered` and
/// the claim in one atomic step, the claim expecting the key's stream to be absent: of two
/// owners racing for a name, in one process or two, exactly one gets it.
public enum StoreNameClaimEvent: Sendable, Equatable {
    case claimed(Claimed)

    public struct Claimed: Codable, Sendable, Equatable {
        public let store: StoreID
        /// The name as the owner typed it, shown when a later owner is refused.
        public let name: String
        public let at: Date
    }
}

public struct StoreNameClaimState: Sendable, Equatable {
    public var holder: StoreID?
    public var name: String = ""
}

public enum StoreNameClaimCommand: Sendable {
    case claim(StoreID, name: String, now: Date)
}

public enum StoreNameClaimDecider: Decider {
    public static let initialState = StoreNameClaimState()

    public static func decide(_ command: StoreNameClaimCommand, _ state: StoreNameClaimState) throws(RuleViolation)
        -> [StoreNameClaimEvent]
    {
        switch command {
        case .claim(let store, let name, let now):
            if let holder = state.holder, holder != store { throw .storeNameTaken(typed: name, existing: state.name) }
            guard state.holder == nil else { return [] }
            return [.claimed(.init(store: store, name: name, at: now))]
        }
    }

    public static func evolve(_ state: StoreNameClaimState, _ event: StoreNameClaimEvent) -> StoreNameClaimState {
        var next = state
        switch event {
        case .claimed(let e):
            next.holder = e.store
            next.name = e.name
        }
        return next
    }
}
