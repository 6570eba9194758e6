import DeliveryDomain
import EventStore
import Foundation

extension ProjectedEvent {
    /// What ``decode(_:codec:)`` would give for `event` once it is in the log at `position`,
    /// built from the domain value this process appended: the same stream rules, the same
    /// skipped types. Nil when it cannot vouch for that, so the projector reads the event from
    /// the log instead: an order event whose instant would not come back from its payload
    /// exactly (``EventCodec/survivesPayload(_:)``), and the events of stores, admission
    /// settings and accounts, which carry more than one instant and are rarely appended.
    static func own<Event: StoredEvent>(_ event: Event, stream: StreamID, position: Int64, recordedAt: Date) -> Own? {
        let name = stream.rawValue
        if name.hasPrefix("order-") {
            guard let order = event as? OrderEvent, EventCodec.survivesPayload(order.at) else { return nil }
            let entity = String(name.dropFirst("order-".count))
            return Own(event: ProjectedEvent(position: position, recordedAt: recordedAt, entity: entity, body: .order(order)))
        } else if name.hasPrefix("account-") {
            return unprojectedTypes.contains(event.storedType) ? Own(event: nil) : nil
        } else if name.hasPrefix("store-") || name.hasPrefix("admission-") {
            return nil
        }
        return Own(event: nil)  // a stream the read models do not follow (stock shards)
    }

    /// An own event as the projector takes it: nil for one it skips (a stock shard's, say).
    struct Own: Sendable {
        let event: ProjectedEvent?
    }
}
