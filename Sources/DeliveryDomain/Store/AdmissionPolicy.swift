import Foundation

/// How many orders a store takes into its kitchen at once. Beyond that, paid orders wait in the
/// store's queue, first come first served, and are admitted as capacity frees up.
///
/// "In the kitchen" is every order the store holds: waiting for its confirmation, cooking, or
/// cooked and waiting for the rider (delivery started, not yet picked up).
public struct AdmissionPolicy: Codable, Sendable, Equatable {
    /// Nil: no limit, every paid order goes straight to the store.
    public var kitchenCapacity: Int?

    public init(kitchenCapacity: Int?) { self.kitchenCapacity = kitchenCapacity }

    public static let unlimited = AdmissionPolicy(kitchenCapacity: nil)
    public static let capacityRange = 1...500

    public var limitsAdmission: Bool { kitchenCapacity != nil }

    /// The statuses that occupy the kitchen.
    public static let kitchenStatuses: [OrderStatus] = [.awaitingConfirmation, .cooking, .deliveryStarted]
}

/// The store's admission setting lives on its own stream (`admission-<store>`), written only when
/// the owner changes it: orders never write it, so a hot store has no hot stream.
public enum AdmissionCommand: Sendable {
    case setPolicy(AdmissionPolicy, store: StoreID, owner: AccountID, by: Actor, now: Date)
}

public enum AdmissionEvent: Sendable, Equatable {
    case policySet(PolicySet)

    public struct PolicySet: Codable, Sendable, Equatable {
        public let store: StoreID
        public let policy: AdmissionPolicy
        public let at: Date
    }
}

public struct AdmissionState: Sendable, Equatable {
    public var policy: AdmissionPolicy = .unlimited
    public init() {}
}

public enum AdmissionDecider: Decider {
    public static let initialState = AdmissionState()

    public static func decide(_ command: AdmissionCommand, _ state: AdmissionState) throws(RuleViolation) -> [AdmissionEvent] {
        switch command {
        case .setPolicy(let policy, let store, let owner, let actor, let now):
            guard actor.role == .owner else { throw .wrongRole(expected: .owner, actual: actor.role) }
            guard actor.account == owner else { throw .notYourStore }
            if let capacity = policy.kitchenCapacity, !AdmissionPolicy.capacityRange.contains(capacity) {
                throw .invalidStoreDetail("kitchen capacity must be between 1 and 500 orders, not \(capacity)")
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
