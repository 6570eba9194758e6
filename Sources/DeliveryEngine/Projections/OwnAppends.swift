import EventStore
import Foundation
import Synchronization

/// The events this process appended, kept as domain values with their log positions until the
/// projection has passed them, so that catching up need not read them back and decode them.
///
/// Only a help, never a source: the checkpoint says where the projection is, and the projector
/// takes kept events only as a run of consecutive positions starting right after it. A position
/// kept here that the run does not reach (another process appended in between, or an append of
/// this process that was not kept) is read from the log as before, and each event read whose
/// position is kept is used as kept instead of being decoded. Kept or read, an event is the same
/// one: the log stores what the append carried, and ``ProjectedEvent/own(_:stream:position:recordedAt:)``
/// builds what decoding it would give.
final class OwnAppends: Sendable {
    /// Per position: the event as the projector would decode it, or nil for one it skips; and
    /// no position below `floor` is kept, so forgetting what the projection passed visits only
    /// the positions passed (they are dense) instead of the whole dictionary.
    private struct Kept {
        var events: [Int64: ProjectedEvent?] = [:]
        var floor: Int64 = .max
    }
    private let kept = Mutex(Kept())
    /// A process whose projection is never read (a benchmark that only appends) stops keeping
    /// past this many and starts over; the projector then reads those events from the log.
    let capacity: Int

    init(capacity: Int = 16_384) {
        self.capacity = capacity
    }

    /// Keeps the events of one append that landed at `result`'s positions.
    func keep<Event: StoredEvent>(_ events: [Event], of stream: StreamID, at result: AppendResult, recordedAt: Date) {
        guard result.lastPosition - result.firstPosition + 1 == Int64(events.count) else { return }
        let recordedAt = RecordedEvent.recordedAt(asStored: recordedAt)
        var projected: [(Int64, ProjectedEvent?)] = []
        for (offset, event) in events.enumerated() {
            let position = result.firstPosition + Int64(offset)
            // An event it cannot vouch for is left to the log.
            guard let own = ProjectedEvent.own(event, stream: stream, position: position, recordedAt: recordedAt) else { return }
            projected.append((position, own.event))
        }
        kept.withLock { kept in
            if kept.events.count + projected.count > capacity {
                kept.events.removeAll(keepingCapacity: true)
                kept.floor = .max
            }
            for (position, event) in projected { kept.events[position] = .some(event) }
            kept.floor = min(kept.floor, result.firstPosition)
        }
    }

    /// The kept events at consecutive positions after `position` and up to `end`, in order, or
    /// an empty run when the next position is not kept.
    func run(after position: Int64, upTo end: Int64, limit: Int) -> (positions: [Int64], events: [ProjectedEvent]) {
        kept.withLock { kept in
            var positions: [Int64] = []
            var events: [ProjectedEvent] = []
            var next = position + 1
            while next <= end, positions.count < limit, let event = kept.events[next] {
                positions.append(next)
                if let event { events.append(event) }
                next += 1
            }
            return (positions, events)
        }
    }

    /// The kept event at `position`: `.some(nil)` for one the projector skips; nil when not kept.
    func event(at position: Int64) -> ProjectedEvent?? {
        kept.withLock { $0.events[position] }
    }

    /// Everything up to `checkpoint` is in the read models: forget it, in time proportional to
    /// the smaller of what passed and what is kept.
    func passed(_ checkpoint: Int64) {
        kept.withLock { kept in
            guard !kept.events.isEmpty, checkpoint >= kept.floor else { return }
            if checkpoint - kept.floor < Int64(kept.events.count) {
                for position in kept.floor...checkpoint { kept.events.removeValue(forKey: position) }
            } else {
                // The projection moved past many positions (other processes' appends): one pass
                // over what is kept is then the shorter way.
                kept.events = kept.events.filter { $0.key > checkpoint }
            }
            kept.floor = kept.events.isEmpty ? .max : checkpoint + 1
        }
    }
}
