import EventStore
import Foundation

/// What one of many concurrent appenders asked for and what it got back.
struct AppendAttempt: Sendable {
    let request: AppendRequest
    let outcome: Result<AppendResult, EventStoreError>
}

enum ConcurrentAppends {
    /// Runs all requests at once against `store`, each in its own task, and gathers every answer.
    static func run(_ requests: [AppendRequest], on store: some EventStore) async throws -> [AppendAttempt] {
        try await withThrowingTaskGroup(of: AppendAttempt.self) { group in
            for request in requests {
                group.addTask {
                    do {
                        return AppendAttempt(request: request, outcome: .success(try await store.append(request)))
                    } catch let refusal as EventStoreError {
                        return AppendAttempt(request: request, outcome: .failure(refusal))
                    }
                }
            }
            var attempts: [AppendAttempt] = []
            for try await attempt in group { attempts.append(attempt) }
            return attempts
        }
    }
}
