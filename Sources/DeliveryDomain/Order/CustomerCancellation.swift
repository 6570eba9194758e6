/// Whether the customer may cancel an order, by its status: the scenario's "only before the
/// store confirms". The decider refuses a cancel with ``refusal``, and the screens offer or
/// explain cancelling with ``standing(of:)``, so the two cannot disagree.
///
///     switch CustomerCancellation.standing(of: order.status) {
///     case .allowed: offer("x 주문 취소")
///     case .tooLate: explain(RuleViolation.cancelAfterConfirmation)
///     case .over: break                    // delivered or stopped: nothing to cancel
///     }
public enum CustomerCancellation: Sendable, Equatable {
    /// Not yet confirmed by the store (unpaid, paid, or waiting in its kitchen queue).
    case allowed
    /// Confirmed and on its way: cancelling is refused, and that is worth saying.
    case tooLate
    /// Delivered, cancelled or rejected: the order is over, and there is nothing to cancel or
    /// to explain. A delivered order does not tell the customer it "cannot be cancelled".
    case over

    /// Where an order at this status stands for a customer who wants to cancel it.
    public static func standing(of status: OrderStatus) -> CustomerCancellation {
        switch status {
        case .awaitingPayment, .awaitingConfirmation: .allowed
        case .cooking, .deliveryStarted, .pickedUp: .tooLate
        case .delivered, .cancelled, .rejected: .over
        }
    }

    /// What a customer's cancel meets at this status; nil while it is allowed.
    ///
    /// A delivered order answers as a confirmed one does (the store confirmed it, long ago);
    /// a cancelled or rejected one says it has already stopped.
    public static func refusal(at status: OrderStatus) -> RuleViolation? {
        switch status {
        case .awaitingPayment, .awaitingConfirmation: nil
        case .cooking, .deliveryStarted, .pickedUp, .delivered: .cancelAfterConfirmation
        case .cancelled, .rejected: .notCancellable(status: status)
        }
    }
}
