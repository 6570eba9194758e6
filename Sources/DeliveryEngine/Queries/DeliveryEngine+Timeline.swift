import DeliveryDomain
import EventStore
import Foundation

/// One line of an order's story: what happened, when, and who did it.
public struct TimelineEntry: Sendable, Equatable {
    public let position: Int64
    public let version: Int
    public let at: Date
    public let type: String
    public let actor: String
    public let event: OrderEvent
}

extension DeliveryEngine {
    /// An order's full history, for someone who may see the order (``OrderState/checkVisible(to:)``).
    public func timeline(of order: OrderID, as actor: Actor) async throws(DeliveryError) -> [TimelineEntry] {
        _ = try await orderState(order, as: actor)
        return try await timeline(of: order)
    }

    /// An order's full history, unchecked: for the operator's `baedal timeline`, which reads a
    /// local file its user can read anyway. Everything that acts for a signed-in user asks
    /// ``timeline(of:as:)``.
    public func timeline(of order: OrderID) async throws(DeliveryError) -> [TimelineEntry] {
        do {
            let recorded = try await store.readStream(Streams.order(order), fromVersion: 1)
            guard !recorded.isEmpty else { throw DeliveryError.refused(.unknownOrder(order.rawValue)) }
            return try recorded.map {
                TimelineEntry(
                    position: $0.position, version: $0.streamVersion, at: $0.recordedAt, type: $0.type,
                    actor: $0.metadata.actor ?? "?", event: try codec.decode($0, as: OrderEvent.self))
            }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }
}
