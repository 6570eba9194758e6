import Foundation
import NIOConcurrencyHelpers

/// Counts the connections each address opened in the last minute and refuses past a limit.
/// A sliding window of timestamps per address; addresses with nothing recent are forgotten,
/// so memory is bounded by the addresses seen in the last minute.
public final class AddressRateLimiter: Sendable {
    private let perMinute: Int
    private let clock: @Sendable () -> Date
    private let recent = NIOLockedValueBox<[String: [Date]]>([:])

    public init(perMinute: Int, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.perMinute = perMinute
        self.clock = clock
    }

    /// Records a connection from `address` and says whether it may proceed.
    public func allow(_ address: String) -> Bool {
        let now = clock()
        return recent.withLockedValue { table in
            let cutoff = now.addingTimeInterval(-60)
            if table.count > 1024 { table = table.filter { $0.value.last.map { $0 > cutoff } ?? false } }
            var times = (table[address] ?? []).filter { $0 > cutoff }
            guard times.count < perMinute else {
                table[address] = times
                return false
            }
            times.append(now)
            table[address] = times
            return true
        }
    }
}
