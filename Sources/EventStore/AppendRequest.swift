import Foundation

/// One atomic append: events for one stream, written all or nothing after the version check.
///
/// An append to a fresh stream expects ``ExpectedVersion/noStream``; one after reading it
/// expects the version read, ``ExpectedVersion/exactly(_:)``.
public struct AppendRequest: Sendable, Equatable {
    public var stream: StreamID
    /// The version the decision was made on; a stream at any other version refuses the append.
    public var expectedVersion: ExpectedVersion
    /// At least one; they get the stream's next versions in this order.
    public var events: [NewEvent]
    /// Stamped on every event of the request. Passed in rather than read from a clock here,
    /// so that the engine's injected clock (and deterministic tests) decide what time it is.
    public var recordedAt: Date
    /// Other streams the decision was made on, each at the version it was read at: the append
    /// is refused if any of them has moved since, just as for a stale `expectedVersion`. A
    /// command may then decide on states it kept from earlier reads, without reading them
    /// again first: the check happens where the append is written, under the write lock.
    public var conditions: [AppendCondition]

    public init(
        stream: StreamID, expectedVersion: ExpectedVersion, events: [NewEvent], recordedAt: Date,
        conditions: [AppendCondition] = []
    ) {
        self.stream = stream
        self.expectedVersion = expectedVersion
        self.events = events
        self.recordedAt = recordedAt
        self.conditions = conditions
    }
}

/// "This stream is still at this version" (0: it does not exist yet).
///
/// For a decision read off more than one stream: an order is placed on the store's menu and
/// admission setting, so its append to the order's stream carries conditions that those
/// streams are still as they were read.
public struct AppendCondition: Sendable, Equatable {
    public var stream: StreamID
    /// The version the decision saw; the stream must be at exactly this one.
    public var version: Int

    public init(stream: StreamID, version: Int) {
        self.stream = stream
        self.version = version
    }
}
