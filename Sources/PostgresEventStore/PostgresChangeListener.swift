import EventStore
import Foundation
import Logging
import PostgresNIO

/// Wake-ups for a process following a log on PostgreSQL: LISTEN/NOTIFY. The follower reads by
/// position after each one, unless the events an append's notification carries continue what it
/// holds (``NotificationPayload``); a lost notification costs latency, never an event.
///
/// - One connection of its own, outside the store's pool (a pooled connection may be handed to
///   a transaction, and a listener inside a transaction hears nothing until it ends).
/// - LISTEN first, then a wake-up, so the follower's catch-up read comes after LISTEN: an append
///   that commits between the two is read then or notified after.
/// - Bursts coalesce (``LogWakeUps``): a hundred appends while the follower reads make one more
///   step, not a hundred.
/// - A lost connection is opened again after a pause, with a wake-up once it listens again,
///   since notifications sent meanwhile are lost.
/// - A slow safety poll wakes the follower anyway every `safetyPoll`: notifications sent while
///   the listener was reconnecting are lost, and a follower's failed catch-up needs a retry.
///
/// Only notifications for the URL's schema wake: one channel serves every log in the database.
/// Given the store this process appends through, the listener tells that store's own appends
/// by the writer their notification names, and does not decode the events they carry.
public enum PostgresChangeListener {
    public static func changes(
        url: PostgresURL, safetyPoll: Duration = .seconds(5), reconnectPause: Duration = .milliseconds(500),
        options: PostgresEventStore.Options = .init(), logger: Logger = PostgresEventStore.quietLogger,
        appendingThrough store: PostgresEventStore? = nil
    ) -> LogWakeUps {
        let ownWriter = store?.writer
        let wakeUps = LogWakeUps()
        let listening = Task {
            while !Task.isCancelled {
                do {
                    let connection = try await PostgresConnection.connect(
                        configuration: ConnectionSettings.connection(url, options: options), id: 1, logger: logger)
                    defer { Task { try? await connection.close() } }
                    try await connection.listen(on: PostgresEventStore.notificationChannel) { notifications in
                        wakeUps.post(.readEverything)  // listening now: read what came before
                        for try await notification in notifications {
                            guard let wakeUp = NotificationPayload.wakeUp(notification.payload, schema: url.schema, ownWriter: ownWriter)
                            else { continue }
                            LiveTrace.mark("notify-heard")
                            wakeUps.post(wakeUp)
                        }
                    }
                } catch {
                    // The server went away or refused: try again after a pause.
                }
                try? await Task.sleep(for: reconnectPause)
            }
        }
        let polling = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: safetyPoll)
                wakeUps.post(.readEverything)
            }
        }
        wakeUps.onTermination {
            listening.cancel()
            polling.cancel()
        }
        return wakeUps
    }
}
