import Foundation
import NIOCore
import Testing
@testable import SessionServer

/// What a client may ask of the server over SSH, and what the server lets through: each test
/// plays a client `ssh` would not be (a huge window, a flood, many channels, no shell).
@Suite("Served connections")
struct ServedConnectionTests {
    @Test func aTerminalSizeIsBoundedBeforeAnyoneComputesWithIt() {
        let largest = WindowSize(columns: WindowSize.maxColumns, rows: WindowSize.maxRows)
        #expect(WindowSize(requestedColumns: 65535, rows: 65535) == largest)
        #expect(WindowSize(requestedColumns: 4_294_967_295, rows: 4_294_967_295) == largest)
        #expect(WindowSize(requestedColumns: .max, rows: .max) == largest)
        #expect(WindowSize(requestedColumns: 0, rows: 0) == WindowSize(columns: 1, rows: 1))
        #expect(WindowSize(requestedColumns: .min, rows: -1) == WindowSize(columns: 1, rows: 1))
        #expect(WindowSize(requestedColumns: 80, rows: 24) == WindowSize(columns: 80, rows: 24))
    }

    @Test func aSessionNeverSeesASizeBeyondTheBound() async throws {
        let server = try await TestServer.start()
        let client = try await TestClient.connect(to: server)
        let session = try await client.openSession(size: (65535, 65535))
        #expect(await eventually { server.hosting.sessions == 1 })
        try await session.resize(columns: 4_294_967_295, rows: 4_294_967_295)
        try await session.resize(columns: 0, rows: 0)
        try await session.resize(columns: 132, rows: 43)
        #expect(await eventually { server.hosting.sizes.count == 4 })
        #expect(
            server.hosting.sizes == [
                WindowSize(columns: 500, rows: 200), WindowSize(columns: 500, rows: 200), WindowSize(columns: 1, rows: 1),
                WindowSize(columns: 132, rows: 43),
            ])
        await client.close()
        await server.stop()
    }

    @Test func aFloodOfInputWaitsForTheSessionInsteadOfPilingUp() async throws {
        let server = try await TestServer.start(holdingInput: true)
        let client = try await TestClient.connect(to: server)
        let session = try await client.openSession()
        #expect(await eventually { server.hosting.sessions == 1 })
        let sent = 8 * 1024 * 1024
        session.type(sent)
        let limit = SessionChannel.inputWaitingLimit
        #expect(await eventually { server.hosting.received >= limit })
        // The session takes nothing in: no more than the limit and one packet reaches it,
        // however long the client goes on sending.
        let overran = await eventually(within: .seconds(1)) { server.hosting.received > limit + 32 * 1024 }
        #expect(!overran, "\(server.hosting.received) bytes reached a session that took none in")
        // Once it takes its input, all of it arrives: held back, not dropped.
        server.hosting.releaseInput()
        #expect(await eventually(within: .seconds(30)) { server.hosting.received == sent })
        await client.close()
        await server.stop()
    }

    @Test func aConnectionGetsOneSessionChannel() async throws {
        var limits = ServerLimits()
        limits.maxSessions = 5
        let server = try await TestServer.start(limits: limits)
        let client = try await TestClient.connect(to: server)
        let first = try await client.openSession()
        #expect(await eventually { server.hosting.sessions == 1 })
        await #expect(throws: (any Error).self) { try await client.openSession() }
        #expect(first.channel.isActive)
        #expect(server.hosting.sessions == 1)
        #expect(server.server.registry.count == 1)
        // Another connection still gets its session.
        let other = try await TestClient.connect(to: server)
        _ = try await other.openSession()
        #expect(await eventually { server.hosting.sessions == 2 })
        await client.close()
        await other.close()
        await server.stop()
    }

    @Test func aSignedInConnectionThatAsksForNoShellIsClosed() async throws {
        var limits = ServerLimits()
        // 5 s: signing in must fit in it even on a loaded machine (the same limit bounds it);
        // 3 s was missed once while the end-to-end suites ran beside it.
        limits.authenticationSeconds = 5
        let server = try await TestServer.start(limits: limits)
        let idle = try await TestClient.connect(to: server)
        let ptyOnly = try await TestClient.connect(to: server)
        #expect(await eventually { ptyOnly.isSignedIn })
        _ = try await ptyOnly.openSession(shell: false)
        #expect(await eventually { idle.isSignedIn })
        #expect(await eventually { !idle.connection.isActive && !ptyOnly.connection.isActive })
        #expect(await eventually { server.logLines.filter { $0.contains("asked for no shell within 5 s") }.count == 2 })
        #expect(server.hosting.sessions == 0)
        await idle.close()
        await ptyOnly.close()
        await server.stop()
    }

    @Test func aConnectionKeptOpenAfterItsSessionEndedIsClosed() async throws {
        let server = try await TestServer.start()
        let client = try await TestClient.connect(to: server)
        let session = try await client.openSession()
        #expect(await eventually { server.hosting.sessions == 1 })
        try await session.channel.close()
        #expect(await eventually { !client.connection.isActive })
        await client.close()
        await server.stop()
    }

    @Test func aUserNameReachesTheLogAsInertTextAndCutShort() {
        let forged = "evil\n2026-12-03T00:00:00Z connection from 10.0.0.9: 박사장, 1.0 s; ended: signed out (exit 0)"
        let record = ConnectionRecord(address: "192.0.2.7", started: Date(timeIntervalSince1970: 0))
        _ = record.refused("\u{1B}]0;PWNED\u{07}\u{1B}[2J")
        record.admitted(forged, as: .newcomer)
        let line = record.logLine(endedAt: Date(timeIntervalSince1970: 1))
        #expect(!line.contains("\n") && !line.contains("\u{1B}"))
        #expect(line.hasPrefix("connection from 192.0.2.7: evil\\u{A}2026-12-03"))

        let huge = ConnectionRecord(address: "192.0.2.7", started: Date(timeIntervalSince1970: 0))
        _ = huge.refused(String(repeating: "가", count: 30_000) + "\u{1B}[2J")
        let hugeLine = huge.logLine(endedAt: Date(timeIntervalSince1970: 1))
        #expect(hugeLine.contains(String(repeating: "가", count: 64) + "… (not signed in)"))
        #expect(hugeLine.count < 200)
    }
}
