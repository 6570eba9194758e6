import Foundation

/// How many orders a store takes at once (into its kitchen) and how many per minute. Beyond
/// either limit, paid orders wait in the store's queue, first come first served, and are admitted
/// as room frees up.
///
/// "In the kitchen" is every order the store holds: waiting for its confirmation, cooking, or
/// cooked and waiting for the rider (delivery started, not yet picked up). "Per minute" counts
/// admissions over a rolling 60 seconds, so a burst is spread out rather than let in at once.
///
/// This is the scenario's "1,000 people order from one store at once" answer: the orders are
/// all taken and paid, and the kitchen sees them at the pace it can cook.
///
///     let policy = AdmissionPolicy(kitchenCapacity: 20, ordersPerMinute: 30)
///     policy.room(inKitchen: 18, admittedInLastMinute: 5)   // 2: the kitchen is the limit
///     policy.room(inKitchen: 0, admittedInLastMinute: 30)   // 0: wait for the minute to roll
///     AdmissionPolicy.unlimited.room(inKitchen: 99, admittedInLastMinute: 99)  // nil
public struct AdmissionPolicy: Codable, Sendable, Equatable {
    /// Nil: no limit on orders in the kitchen.
    public var kitchenCapacity: Int?
    /// Nil: no limit on admissions per minute. Absent from events written before it existed,
    /// which therefore decode as "no per-minute limit".
    public var ordersPerMinute: Int?

    public init(kitchenCapacity: Int?, ordersPerMinute: Int? = nil) {
        self.kitchenCapacity = kitchenCapacity
        self.ordersPerMinute = ordersPerMinute
    }

    /// No limits: what a store has until its owner sets one.
    public static let unlimited = AdmissionPolicy(kitchenCapacity: nil)
    /// The kitchen capacities an owner may set.
    public static let capacityRange = 1...500
    /// The per-minute rates an owner may set.
    public static let perMinuteRange = 1...1000
    /// The window ``ordersPerMinute`` is counted over.
    public static let rateWindow: TimeInterval = 60

    /// Nil on both: every paid order goes straight to the store.
    public var limitsAdmission: Bool { kitchenCapacity != nil || ordersPerMinute != nil }

    /// The statuses that occupy the kitchen.
    public static let kitchenStatuses: [OrderStatus] = [.awaitingConfirmation, .cooking, .deliveryStarted]

    /// How many queued orders may be let in now: what the kitchen has room for and what the
    /// rolling minute still allows, whichever is less (never below 0). Nil when neither limit
    /// is set: then nothing holds an order back. A count is ignored when its limit is not set,
    /// so the caller need not count what no limit asks about.
    public func room(inKitchen: Int, admittedInLastMinute: Int) -> Int? {
        let kitchenRoom = kitchenCapacity.map { max(0, $0 - inKitchen) }
        let minuteRoom = ordersPerMinute.map { max(0, $0 - admittedInLastMinute) }
        return [kitchenRoom, minuteRoom].compactMap { $0 }.min()
    }
}

/// The store's admission setting lives on its own stream (`admission-<store>`), written only when
/// the owner changes it: orders never write it, so a hot store has no hot stream.
public enum AdmissionCommand: Sendable {
    /// The owner sets both limits at once; `owner` is the store's, for the check that `by` is it.
    case setPolicy(AdmissionPolicy, store: StoreID, owner: AccountID, by: Actor, now: Date)
}

/// What happened to a store's admission setting.
public enum AdmissionEvent: Sendable, Equatable {
    case policySet(PolicySet)

    /// The owner set the store's limits; they hold from this event on.
    public struct PolicySet: Codable, Sendable, Equatable {
        public let store: StoreID
        public let policy: AdmissionPolicy
        public let at: Date
    }
}

/// The policy in force: ``AdmissionPolicy/unlimited`` until the owner sets one.
public struct AdmissionState: Sendable, Equatable {
    public var policy: AdmissionPolicy = .unlimited
    public init() {}
}

/// The rules for changing a store's admission setting: only its owner, only within the
/// ranges, and setting the policy already in force records nothing.
public enum AdmissionDecider: Decider {
    /// A store whose owner never set a limit.
    public static let initialState = AdmissionState()

    public static func decide(_ command: AdmissionCommand, _ state: AdmissionState) throws(RuleViolation) -> [AdmissionEvent] {
        switch command {
        case .setPolicy(let policy, let store, let owner, let actor, let now):
            guard actor.role == .owner else { throw .wrongRole(expected: .owner, actual: actor.role) }
            guard actor.account == owner else { throw .notYourStore }
            if let capacity = policy.kitchenCapacity, !AdmissionPolicy.capacityRange.contains(capacity) {
                throw .invalidStoreDetail(.kitchenCapacity(capacity))
            }
            if let rate = policy.ordersPerMinute, !AdmissionPolicy.perMinuteRange.contains(rate) {
                throw .invalidStoreDetail(.ordersPerMinute(rate))
            }
            guard policy != state.policy else { return [] }
            return [.policySet(.init(store: store, policy: policy, at: now))]
        }
    }

    public static func evolve(_ state: AdmissionState, _ event: AdmissionEvent) -> AdmissionState {
        var next = state
        switch event {
        case .policySet(let e): next.policy = e.policy
        }
        return next
    }
}
