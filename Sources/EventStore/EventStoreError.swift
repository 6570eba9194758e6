import Foundation

/// Why the store refused a request or a database file.
///
/// Each case's `description` is written for the person at the terminal: what happened and,
/// where it helps, what to do next.
public enum EventStoreError: Error, Equatable, CustomStringConvertible {
    /// The stream was not at the version the caller expected; nothing was written.
    case wrongExpectedVersion(stream: StreamID, expected: ExpectedVersion, actual: Int)
    /// An event id is already stored, but in another stream, at other versions or with other
    /// content, so the append is not a retry of the one that stored it; nothing was written.
    case eventIDReused(UUID)
    /// The file belongs to another program, or is damaged beyond reading. It was left untouched.
    case notABaedalDatabase(path: String)
    /// The file was written by a newer baedal whose log this build does not understand.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file could not be opened or read at all (permissions, a directory in the way, ...).
    case unreadable(path: String, reason: String)
    /// An append carried no events.
    case emptyAppend
    /// The disk holding the database has no space left. What was being written was rolled
    /// back whole; everything acknowledged before is kept.
    case diskFull(path: String)

    public var description: String {
        switch self {
        case let .wrongExpectedVersion(stream, expected, actual):
            return "Stream '\(stream)' is at version \(actual), but the append expected \(expected). "
                + "Someone else changed it first; nothing was written. Read the stream again and retry the command."
        case let .eventIDReused(id):
            return "Event id \(id.uuidString) is already stored in another stream, at other versions "
                + "or with other content; nothing was written. Give every new event a fresh id, "
                + "and reuse an id only to retry the very same append."
        case let .notABaedalDatabase(path):
            return "'\(path)' is not a baedal database: it belongs to another program or is damaged. "
                + "baedal left it untouched. Point --db at a baedal database, or at a new file to start a fresh one."
        case let .newerSchema(path, found, supported):
            return "'\(path)' was written by a newer baedal (schema \(found); this build reads up to \(supported)). "
                + "Upgrade baedal or point --db at another file."
        case let .unreadable(path, reason):
            return "baedal cannot open '\(path)': \(reason). "
                + "Check that the path is a file you may read and write, or point --db at another file."
        case .emptyAppend:
            return "An append must carry at least one event; nothing was written."
        case let .diskFull(path):
            return "The disk holding '\(path)' is full, so this was refused and nothing of it was written. "
                + "Everything saved before is kept. Free some space on that disk, then try again."
        }
    }
}
