import Synchronization

/// The heads this process's `append_events` calls left, so that its listener can tell the
/// notification of its own append from another process's without decoding the events it
/// carries.
///
/// A call notifies once, with the head it leaves and exactly the events it wrote, so a
/// notification whose head a call of this store returned announces this store's events and
/// nothing else. Its result may come back after the notification: the head is then not known
/// yet, and the notification is read as anyone's, which costs a decode and nothing more.
final class OwnCallHeads: Sendable {
    private struct Recent {
        var heads: Set<Int64> = []
        var order: [Int64] = []
        var next = 0
    }

    private let recent = Mutex(Recent())
    /// Heads remembered; the oldest goes first. A notification arrives within milliseconds
    /// of its call, so a short memory is enough.
    let capacity: Int

    init(capacity: Int = 1_024) {
        self.capacity = max(1, capacity)
    }

    func record(_ head: Int64) {
        recent.withLock { recent in
            if recent.order.count < capacity {
                recent.order.append(head)
            } else {
                recent.heads.remove(recent.order[recent.next])
                recent.order[recent.next] = head
                recent.next = (recent.next + 1) % capacity
            }
            recent.heads.insert(head)
        }
    }

    /// True when a call of this store left `head`.
    func contains(_ head: Int64) -> Bool {
        recent.withLock { $0.heads.contains(head) }
    }
}
