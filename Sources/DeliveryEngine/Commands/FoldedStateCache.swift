import EventStore
import Synchronization

/// Folded states of the few small streams that every order placement reads — its store, the
/// store's admission setting, a dish's stock plan — each kept with the stream version it was
/// folded to.
///
/// A load then reads only the events appended after that version (usually none: one indexed
/// lookup) and folds them onto the kept state, instead of reading and decoding the whole
/// stream again. Streams only grow and their versions have no gaps, so a kept state plus the
/// newer events is exactly the fold of the stream: a change made by another process is picked
/// up on the next load, like before. Order streams are not kept: there are many, each read a
/// few times.
final class FoldedStateCache: Sendable {
    private struct Entry: @unchecked Sendable {
        // `any Sendable` with the stored type checked on the way out.
        let state: any Sendable
        let version: Int
    }

    private let entries = Mutex<[StreamID: Entry]>([:])
    /// Stores and dishes of one database stay far below this; past it the cache starts over
    /// rather than grow without bound.
    let capacity: Int

    init(capacity: Int = 4_096) { self.capacity = capacity }

    func state<State: Sendable>(of stream: StreamID, as type: State.Type) -> (state: State, version: Int)? {
        guard let entry = entries.withLock({ $0[stream] }), let state = entry.state as? State else { return nil }
        return (state, entry.version)
    }

    func keep<State: Sendable>(_ state: State, version: Int, for stream: StreamID) {
        entries.withLock { entries in
            // Two loads may race: keep whichever saw more of the stream.
            if let kept = entries[stream], kept.version >= version { return }
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[stream] = Entry(state: state, version: version)
        }
    }
}
