/// Names one stream of events: everything that happened to one order, one courier, one kitchen.
///
/// A stream is the unit of consistency: appends check and advance one stream's version, and
/// nothing else. The raw value is free text chosen by the engine (for example `"order-42"`).
public struct StreamID: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The stream's name as stored in the log.
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { rawValue }

    /// Encoded as a bare string, so that a stream id inside a JSON payload reads `"order-42"`
    /// rather than `{"rawValue":"order-42"}`.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
