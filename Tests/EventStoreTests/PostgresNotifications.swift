import Foundation
import PostgresNIO
import Testing

@testable import PostgresEventStore

/// Listens on the log's channel with a connection of its own while `act` runs, and returns the
/// heads of the first `count` notifications for `url`'s schema (failing after a deadline if fewer
/// come). Other tests' logs, in other schemas of the same database, notify the same channel.
enum PostgresNotifications {
    static func collect(
        from url: PostgresURL, count: Int, deadline: Duration = .seconds(10), _ act: @Sendable @escaping () async throws -> Void
    ) async throws -> [String] {
        let connection = try await PostgresConnection.connect(
            configuration: ConnectionSettings.connection(url, options: .init()), id: 2, logger: PostgresEventStore.quietLogger)
        defer { Task { try? await connection.close() } }
        // LISTEN is in place when the closure runs, so nothing `act` causes can be missed.
        return try await connection.listen(on: PostgresEventStore.notificationChannel) { notifications in
            try await withThrowingTaskGroup(of: [String]?.self) { group in
                group.addTask {
                    var payloads: [String] = []
                    for try await notification in notifications {
                        // "SCHEMA HEAD", and the events after it when the append carried them.
                        let words = notification.payload.split(separator: " ", maxSplits: 2)
                        guard words.count >= 2, words[0] == url.schema else { continue }
                        payloads.append(String(words[1]))
                        if payloads.count == count { break }
                    }
                    return payloads
                }
                group.addTask {
                    try await act()
                    try await Task.sleep(for: deadline)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return try #require(first, "fewer than \(count) notifications within \(deadline)")
            }
        }
    }
}
