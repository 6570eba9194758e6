import DeliveryDomain

extension CustomerNotice {
    /// Each message's name without its details: the catalog's keys. The catalog tests word an
    /// example of every key in every language, so a message missing one language fails a test.
    public enum Key: String, CaseIterable, Sendable {
        case placed
        case paid
        case paymentDeclined
        case paymentFailed
        case cancelledByCustomer
        case paymentExpired
        case notConfirmedInTime
        case cancelledByStore
        case rejected
        case confirmed
        case onItsWay
        case riderReleased
        case pickedUp
        case delivered
        case queued
        case admitted
    }

    public var key: Key {
        switch self {
        case .placed: .placed
        case .paid: .paid
        case .paymentDeclined: .paymentDeclined
        case .paymentFailed: .paymentFailed
        case .cancelledByCustomer: .cancelledByCustomer
        case .paymentExpired: .paymentExpired
        case .notConfirmedInTime: .notConfirmedInTime
        case .cancelledByStore: .cancelledByStore
        case .rejected: .rejected
        case .confirmed: .confirmed
        case .onItsWay: .onItsWay
        case .riderReleased: .riderReleased
        case .pickedUp: .pickedUp
        case .delivered: .delivered
        case .queued: .queued
        case .admitted: .admitted
        }
    }
}
