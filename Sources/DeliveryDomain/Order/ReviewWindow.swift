import Foundation

/// A review may be written from 1 hour until 24 hours after delivery.
public struct ReviewWindow: Sendable, Equatable {
    public let opensAt: Date
    public let closesAt: Date

    public init(deliveredAt: Date) {
        opensAt = deliveredAt.addingTimeInterval(OrderLimits.reviewOpensAfter)
        closesAt = deliveredAt.addingTimeInterval(OrderLimits.reviewClosesAfter)
    }

    /// Where a moment falls: before the window opens (with the minutes left), inside it, or after.
    public enum Phase: Sendable, Equatable {
        case notYetOpen(minutesLeft: Int)
        case open
        case closed
    }

    /// The window's phase at `now`, which the decider checks before accepting a review.
    public func phase(at now: Date) -> Phase {
        if now < opensAt {
            return .notYetOpen(minutesLeft: Int((opensAt.timeIntervalSince(now) / 60).rounded(.up)))
        }
        return now <= closesAt ? .open : .closed
    }
}
