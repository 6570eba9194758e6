import Foundation

/// One atomic append: events for one stream, written all or nothing after the version check.
public struct AppendRequest: Sendable, Equatable {
    public var stream: StreamID
    public var expectedVersion: ExpectedVersion
    public var events: [NewEvent]
    /// Stamped on every event of the request. Passed in rather than read from a clock here,
    /// so that the engine's injected clock (and deterministic tests) decide what time it is.
    public var recordedAt: Date

    public init(stream: StreamID, expectedVersion: ExpectedVersion, events: [NewEvent], recordedAt: Date) {
        self.stream = stream
        self.expectedVersion = expectedVersion
        self.events = events
        self.recordedAt = recordedAt
    }
}
