import EventStore
import Foundation
import PostgresNIO
import Synchronization

/// Sends a store's append calls, announced or not as its ``AnnouncementWindow`` says, and the
/// notification the unannounced ones are owed when the window ends.
final class Announcer: Sendable {
    private let window: Mutex<AnnouncementWindow>
    private let client: PostgresClient
    private let schema: String
    private let writer: String
    /// Calls of one request go through `append_one` first (``AppendCall/send(on:announced:oneRequest:)``).
    private let oneRequest: Bool
    /// The wait for the owed notification, while one is owed.
    private let owedSending = Mutex<Task<Void, Never>?>(nil)

    init(window length: Duration, client: PostgresClient, schema: String, writer: String, oneRequest: Bool) {
        window = Mutex(AnnouncementWindow(length: length))
        self.client = client
        self.schema = schema
        self.writer = writer
        self.oneRequest = oneRequest
    }

    /// Sends `call`, announced at its commit or owed a notification later.
    func send(_ call: AppendCall) async throws -> [Result<AppendResult, EventStoreError>] {
        let announced = window.withLock { $0.callAnnounces(requests: call.requestCount, at: .now) }
        do {
            let outcomes = try await call.send(on: client, announced: announced, oneRequest: oneRequest)
            if !announced {
                let last = outcomes.compactMap { try? $0.get().lastPosition }.max()
                ended(written: last.map { .upTo($0) } ?? .nothing)
            }
            return outcomes
        } catch {
            // A refusal raised wrote nothing; any other failure may have come after the commit.
            if !announced, call.refusal(from: error) == nil { ended(written: .unknown) }
            throw error
        }
    }

    /// Sends the owed notification now, if one is: the store is closing. Sent from here, since
    /// a query in a cancelled task is refused; the wait for it then finds nothing owed.
    func flush() async {
        await sendOwed()
        owedSending.withLock { $0 }?.cancel()
    }

    private func ended(written: AnnouncementWindow.Written) {
        guard let due = window.withLock({ $0.owedNotificationDue(after: written, at: .now) }) else { return }
        let sending = Task {
            try? await Task.sleep(until: due, clock: .continuous)  // cancelled: the store has closed
            await sendOwed()
        }
        owedSending.withLock { $0 = sending }
    }

    /// The notification `append_events` sends for a call too large to carry its events:
    /// "SCHEMA HEAD WRITER" (``NotificationPayload``). If the server cannot take it now,
    /// listeners learn of these appends from the next notification or their safety poll, as
    /// after any lost notification.
    private func sendOwed() async {
        guard let owed = window.withLock({ $0.takeOwed(at: .now) }) else { return }
        let channel = PostgresEventLogSchema.notificationChannel
        let query: PostgresQuery =
            switch owed {
            case .upTo(let head):
                "SELECT pg_notify(\(channel), \("\(schema) \(head) \(writer)"))"
            case .logHead:
                "SELECT pg_notify(\(channel), \(schema) || ' ' || h.position::text || ' ' || \(writer)) FROM log_head h"
            }
        _ = try? await client.query(query)
    }
}
