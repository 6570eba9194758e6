/// Where an append landed: the stream's new version and the log positions of its events.
public struct AppendResult: Sendable, Equatable {
    /// The stream's version after the append: the version of its last appended event.
    public let streamVersion: Int
    /// The position of the append's first event.
    public let firstPosition: Int64
    /// The position of the append's last event.
    public let lastPosition: Int64

    public init(streamVersion: Int, firstPosition: Int64, lastPosition: Int64) {
        self.streamVersion = streamVersion
        self.firstPosition = firstPosition
        self.lastPosition = lastPosition
    }
}
