/// A store that counts the appends this process has finished (committed, refused or failed), so
/// a reader that keeps its own copy of a shared log can tell whether any append of its own
/// finished since it last read the log: if none did, and nobody else announced a change, it may
/// answer from its copy without a round trip (see `ReadTrust` in the engine).
public protocol CountsOwnAppends: EventStore {
    /// How many appends of this process have finished; only ever grows.
    var finishedAppends: UInt64 { get }
}
