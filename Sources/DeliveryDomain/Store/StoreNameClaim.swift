import Foundation

/// A store name held by one store, so no second store can be registered under a name that
/// reads the same (``NameKey``: `홍콩반점`, `ＨＯＮＧ` and `hong` are compared folded).
///
/// Each key has its own small stream. Registering a store appends its `StoreRegistered` and
/// the claim in one atomic step, the claim expecting the key's stream to be absent: of two
/// owners racing for a name, in one process or two, exactly one gets it.
public enum StoreNameClaimEvent: Sendable, Equatable {
    case claimed(Claimed)

    /// The name went to a store; nobody else may register one that reads the same.
    public struct Claimed: Codable, Sendable, Equatable {
        public let store: StoreID
        /// The name as the owner typed it, shown when a later owner is refused.
        public let name: String
        public let at: Date
    }
}

/// Who holds the name, if anyone.
public struct StoreNameClaimState: Sendable, Equatable {
    /// The store that registered under the name; nil while the name is free.
    public var holder: StoreID?
    /// The holder's name as its owner typed it.
    public var name: String = ""
}

/// A store asks for its name, on the stream of the name's ``NameKey``.
public enum StoreNameClaimCommand: Sendable {
    /// `name` is as typed, kept to tell a later owner which store holds it.
    case claim(StoreID, name: String, now: Date)
}

/// First come, first served: a free name is claimed, a held one is refused with the holder's
/// name, and the holder claiming again (a retried registration) records nothing.
///
///     let held = StoreNameClaimDecider.fold(events)   // claimed by 홍콩반점's store
///     try StoreNameClaimDecider.decide(.claim(other, name: "홍콩반점", now: now), held)
///     // throws RuleViolation.storeNameTaken(typed: "홍콩반점", existing: "홍콩반점")
public enum StoreNameClaimDecider: Decider {
    /// A name nobody holds yet.
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
