/// What the caller believes about a stream before appending to it: the optimistic-concurrency check.
///
/// Stream versions count events: the first event of a stream has version 1; an absent stream
/// has version 0. A command decides on the events it read; if the stream moved meanwhile the
/// decision may be wrong, so the append is refused and the command must read and decide again.
public enum ExpectedVersion: Sendable, Equatable {
    /// Append whatever the stream's version is (no check).
    case any
    /// Append only if the stream has no events yet.
    case noStream
    /// Append only if the stream's version is exactly this (0 means the stream is absent).
    case exactly(Int)

    /// Whether a stream currently at `actual` satisfies this expectation.
    public func isSatisfied(byActualVersion actual: Int) -> Bool {
        switch self {
        case .any: return true
        case .noStream: return actual == 0
        case .exactly(let expected): return actual == expected
        }
    }
}

extension ExpectedVersion: CustomStringConvertible {
    public var description: String {
        switch self {
        case .any: return "any version"
        case .noStream: return "no stream yet"
        case .exactly(let version): return "version \(version)"
        }
    }
}
