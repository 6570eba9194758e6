import DeliveryDomain
import EventStore
import Foundation

/// A logged event decoded for the projector: where it sits in the log, and the domain event of
/// a stream the read models follow. Events of other streams (stock shards, the clock) decode
/// to nothing, so the projector skips them without touching their payload.
struct ProjectedEvent: Sendable {
    enum Body: Sendable {
        case order(OrderEvent)
        case store(StoreEvent)
        case admission(AdmissionEvent)
        case account(AccountEvent)
    }

    let position: Int64
    let recordedAt: Date
    /// The stream's id without its kind prefix: the order, store or account it belongs to.
    let entity: String
    let body: Body

    init(position: Int64, recordedAt: Date, entity: String, body: Body) {
        self.position = position
        self.recordedAt = recordedAt
        self.entity = entity
        self.body = body
    }

    /// Sign-in attempts change no read model (the back-off is read from the account's stream).
    static let unprojectedTypes: Set<String> = ["SignInFailed", "SignInSucceeded"]

    static func decode(_ recorded: RecordedEvent, codec: EventCodec) throws -> ProjectedEvent? {
        let stream = recorded.streamID.rawValue
        func make(_ prefix: String, _ body: Body) -> ProjectedEvent {
            ProjectedEvent(
                position: recorded.position, recordedAt: recorded.recordedAt, entity: String(stream.dropFirst(prefix.count)),
                body: body)
        }
        if stream.hasPrefix("order-") {
            return make("order-", .order(try codec.decode(recorded, as: OrderEvent.self)))
        } else if stream.hasPrefix("store-") {
            return make("store-", .store(try codec.decode(recorded, as: StoreEvent.self)))
        } else if stream.hasPrefix("admission-") {
            return make("admission-", .admission(try codec.decode(recorded, as: AdmissionEvent.self)))
        } else if stream.hasPrefix("account-") {
            if unprojectedTypes.contains(recorded.type) { return nil }
            return make("account-", .account(try codec.decode(recorded, as: AccountEvent.self)))
        }
        return nil
    }
}
