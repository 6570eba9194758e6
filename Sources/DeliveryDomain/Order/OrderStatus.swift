/// Where an order is in its life. The allowed moves between them are in `OrderDecider`.
public enum OrderStatus: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case awaitingPayment
    /// Paid and passed to the store; the customer may still cancel.
    case awaitingConfirmation
    /// Confirmed by the store: no customer cancellation from here on.
    case cooking
    case deliveryStarted
    case pickedUp
    case delivered
    case cancelled
    case rejected

    public var description: String { rawValue }

    /// How a person reads the status.
    public var label: String {
        switch self {
        case .awaitingPayment: "awaiting payment"
        case .awaitingConfirmation: "waiting for the store"
        case .cooking: "confirmed, cooking"
        case .deliveryStarted: "delivery started"
        case .pickedUp: "picked up by the rider"
        case .delivered: "delivered"
        case .cancelled: "cancelled"
        case .rejected: "rejected by the store"
        }
    }

    public var koreanLabel: String {
        switch self {
        case .awaitingPayment: "결제 대기"
        case .awaitingConfirmation: "주문 접수 대기"
        case .cooking: "조리 중"
        case .deliveryStarted: "배달 시작"
        case .pickedUp: "픽업 완료"
        case .delivered: "배달 완료"
        case .cancelled: "주문 취소"
        case .rejected: "주문 거절"
        }
    }

    public var isFinal: Bool { self == .delivered || self == .cancelled || self == .rejected }
}
