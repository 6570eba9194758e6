import Foundation

/// Who caused an event and which chain of events it belongs to.
///
/// Kept apart from the payload so that audits and traces can follow a customer's tap through
/// the kitchen and the courier without decoding any domain event.
public struct EventMetadata: Codable, Sendable, Equatable {
    /// The person or process that issued the command ("customer:17", "timer", "gateway").
    public var actor: String?
    /// The id of the event (or command) that directly caused this one.
    public var causationID: UUID?
    /// The id shared by every event that one original request set in motion.
    public var correlationID: UUID?

    public init(actor: String? = nil, causationID: UUID? = nil, correlationID: UUID? = nil) {
        self.actor = actor
        self.causationID = causationID
        self.correlationID = correlationID
    }
}
