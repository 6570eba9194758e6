import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded
import NIOSSH
import Testing

@testable import SessionServer

/// A client may send its password requests without waiting for the answers. The limit of wrong
/// passwords per connection counted answers, so one connection had 14 passwords hashed through
/// a limit of 3; now requests are counted as they arrive.
@Suite("Passwords sent back to back")
struct PipelinedPasswordTests {
    final class CountingGate: AccountGate {
        let checks = NIOLockedValueBox(0)
        func admit(name: String, password: String, from address: String) async -> Admission {
            checks.withLockedValue { $0 += 1 }
            return .refused
        }
    }

    @Test func noMoreThanTheLimitAreCheckedAndTheConnectionCloses() async throws {
        // The asynchronous testing loop, not EmbeddedEventLoop: the authentication answers from
        // its own tasks, on other threads, which the embedded loop does not allow.
        let loop = NIOAsyncTestingEventLoop()
        let channel = NIOAsyncTestingChannel(loop: loop)
        try await channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 22)).get()
        let gate = CountingGate()
        let record = ConnectionRecord(address: "127.0.0.1", started: Date())
        let authentication = PasswordAuthentication(
            gate: gate, keys: nil, record: record, failedAttemptLimit: 3, connection: channel)
        let refusals = NIOLockedValueBox(0)
        for attempt in 1...10 {
            let promise = loop.makePromise(of: NIOSSHUserAuthenticationOutcome.self)
            promise.futureResult.whenSuccess { outcome in
                if case .failure = outcome { refusals.withLockedValue { $0 += 1 } }
            }
            authentication.requestReceived(
                request: NIOSSHUserAuthenticationRequest(
                    username: "김민수", serviceName: "ssh-connection", request: .password(.init(password: "guess-\(attempt)"))),
                responsePromise: promise)
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while refusals.withLockedValue({ $0 }) < 10, ContinuousClock.now < deadline {
            await loop.run()
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(refusals.withLockedValue { $0 } == 10, "every request answered: no")
        #expect(gate.checks.withLockedValue { $0 } == 3)
        #expect(!channel.isActive, "the connection is closed")
    }

    /// Waits in `admit` until its task is cancelled, and counts the cancellations.
    final class WaitingGate: AccountGate {
        let cancelled = NIOLockedValueBox(0)
        let waiting = NIOLockedValueBox(0)
        func admit(name: String, password: String, from address: String) async -> Admission {
            waiting.withLockedValue { $0 += 1 }
            while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(5)) }
            cancelled.withLockedValue { $0 += 1 }
            return .refused
        }
    }

    /// A connection that drops while its password waits to be checked cancels the check, which
    /// then leaves the password checks' line unrun (``PasswordChecks``).
    @Test func aDroppedConnectionCancelsItsWaitingCheck() async throws {
        // The asynchronous testing loop, not EmbeddedEventLoop: the authentication answers from
        // its own tasks, on other threads, which the embedded loop does not allow.
        let loop = NIOAsyncTestingEventLoop()
        let channel = NIOAsyncTestingChannel(loop: loop)
        try await channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 22)).get()
        let gate = WaitingGate()
        let authentication = PasswordAuthentication(
            gate: gate, keys: nil, record: ConnectionRecord(address: "127.0.0.1", started: Date()),
            failedAttemptLimit: 3, connection: channel)
        authentication.requestReceived(
            request: NIOSSHUserAuthenticationRequest(
                username: "김민수", serviceName: "ssh-connection", request: .password(.init(password: "minsu-12345"))),
            responsePromise: loop.makePromise())
        let deadline = ContinuousClock.now + .seconds(10)
        while gate.waiting.withLockedValue({ $0 }) == 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(gate.cancelled.withLockedValue { $0 } == 0)

        try await channel.close()
        await loop.run()
        while gate.cancelled.withLockedValue({ $0 }) == 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(gate.cancelled.withLockedValue { $0 } == 1, "the check was cancelled with its connection")
    }
}
