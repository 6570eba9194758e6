import DeliveryDomain
import Foundation

extension OrderEvent: StoredEvent {
    public static let schemaVersion = 1

    public var storedType: String {
        switch self {
        case .placed: "OrderPlaced"
        case .paymentRequested: "PaymentRequested"
        case .paymentApproved: "PaymentApproved"
        case .paymentDeclined: "PaymentDeclined"
        case .cancelled: "OrderCancelled"
        case .rejected: "OrderRejected"
        case .refunded: "PaymentRefunded"
        case .confirmed: "OrderConfirmed"
        case .riderAssigned: "RiderAssigned"
        case .riderReleased: "RiderReleased"
        case .deliveryStarted: "DeliveryStarted"
        case .pickedUp: "OrderPickedUp"
        case .delivered: "OrderDelivered"
        case .reviewed: "ReviewWritten"
        case .reviewReplied: "ReviewReplied"
        case .queuedForKitchen: "OrderQueuedForKitchen"
        case .admitted: "OrderAdmitted"
        case .cardHoldReleased: "CardHoldReleased"
        }
    }

    public func encodedPayload(_ encoder: JSONEncoder) throws -> Data {
        switch self {
        case .placed(let e): try encoder.encode(e)
        case .paymentRequested(let e): try encoder.encode(e)
        case .paymentApproved(let e): try encoder.encode(e)
        case .paymentDeclined(let e): try encoder.encode(e)
        case .cancelled(let e): try encoder.encode(e)
        case .rejected(let e): try encoder.encode(e)
        case .refunded(let e): try encoder.encode(e)
        case .confirmed(let e): try encoder.encode(e)
        case .riderAssigned(let e): try encoder.encode(e)
        case .riderReleased(let e): try encoder.encode(e)
        case .deliveryStarted(let e): try encoder.encode(e)
        case .pickedUp(let e): try encoder.encode(e)
        case .delivered(let e): try encoder.encode(e)
        case .reviewed(let e): try encoder.encode(e)
        case .reviewReplied(let e): try encoder.encode(e)
        case .queuedForKitchen(let e): try encoder.encode(e)
        case .admitted(let e): try encoder.encode(e)
        case .cardHoldReleased(let e): try encoder.encode(e)
        }
    }

    public static func decode(type: String, payload: Data, _ decoder: JSONDecoder) throws -> Self {
        switch type {
        case "OrderPlaced": .placed(try decoder.decode(Placed.self, from: payload))
        case "PaymentRequested": .paymentRequested(try decoder.decode(PaymentRequested.self, from: payload))
        case "PaymentApproved": .paymentApproved(try decoder.decode(PaymentApproved.self, from: payload))
        case "PaymentDeclined": .paymentDeclined(try decoder.decode(PaymentDeclined.self, from: payload))
        case "OrderCancelled": .cancelled(try decoder.decode(Cancelled.self, from: payload))
        case "OrderRejected": .rejected(try decoder.decode(Rejected.self, from: payload))
        case "PaymentRefunded": .refunded(try decoder.decode(Refunded.self, from: payload))
        case "OrderConfirmed": .confirmed(try decoder.decode(Confirmed.self, from: payload))
        case "RiderAssigned": .riderAssigned(try decoder.decode(RiderAssigned.self, from: payload))
        case "RiderReleased": .riderReleased(try decoder.decode(RiderReleased.self, from: payload))
        case "DeliveryStarted": .deliveryStarted(try decoder.decode(DeliveryStarted.self, from: payload))
        case "OrderPickedUp": .pickedUp(try decoder.decode(PickedUp.self, from: payload))
        case "OrderDelivered": .delivered(try decoder.decode(Delivered.self, from: payload))
        case "ReviewWritten": .reviewed(try decoder.decode(Reviewed.self, from: payload))
        case "ReviewReplied": .reviewReplied(try decoder.decode(ReviewReplied.self, from: payload))
        case "OrderQueuedForKitchen": .queuedForKitchen(try decoder.decode(QueuedForKitchen.self, from: payload))
        case "OrderAdmitted": .admitted(try decoder.decode(Admitted.self, from: payload))
        case "CardHoldReleased": .cardHoldReleased(try decoder.decode(CardHoldReleased.self, from: payload))
        default: throw UnknownEventType(type: type)
        }
    }
}
