import Foundation

/// Who may look at an order: the rule every query about one order asks, as commands ask their
/// deciders. Reading is as guarded as writing: an order's history shows a customer's name,
/// address and what they ate.
///
///     try state.checkVisible(to: rider)   // throws .notAnOpenJob for an unpaid order
///
/// - its customer;
/// - its store's owner;
/// - the rider who holds the job, or any rider while the job is open (cooking or out for
///   delivery, with no rider yet): that is what the jobs list offers them;
/// - the system (timers, workers).
extension OrderState {
    public func checkVisible(to actor: Actor) throws(RuleViolation) {
        guard let placed else { throw .unknownOrder("?") }
        if actor.isSystem { return }
        switch actor.role {
        case .customer:
            guard placed.customer == actor.account else { throw .notYourOrder }
        case .owner:
            guard placed.owner == actor.account else { throw .notYourStore }
        case .rider:
            if rider == actor.account { return }
            guard rider == nil else { throw .notYourJob }
            guard isOpenJob else { throw .notAnOpenJob }
        }
    }

    /// A job any rider may see and accept: the food is being made or is out, and nobody holds it.
    public var isOpenJob: Bool { Self.isOpenJob(rider: rider, status: status) }

    /// The same rule for a read model's row, which holds the rider and the status but no state:
    /// a job never taken and a job given back (``OrderEvent/riderReleased(_:)``) alike.
    public static func isOpenJob(rider: AccountID?, status: OrderStatus) -> Bool {
        rider == nil && (status == .cooking || status == .deliveryStarted)
    }
}
