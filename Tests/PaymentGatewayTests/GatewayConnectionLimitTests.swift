import Foundation
import Payments
import Testing
@testable import PaymentGateway

/// Clients that connect and say nothing must not starve the ones that pay: idle and half-sent
/// requests time out, and a client over the cap is told 503 at once instead of hanging.
@Suite("Gateway bounds its connections")
struct GatewayConnectionLimitTests {
    static func start(_ limits: GatewayLimits) async throws -> RunningGateway {
        try await GatewayServer.start(port: 0, logLevel: .critical, limits: limits)
    }

    @Test("An idle socket is closed after the idle timeout")
    func idleSocketIsClosed() async throws {
        let gateway = try await Self.start(GatewayLimits(headerTimeout: .seconds(60), idleTimeout: .milliseconds(300)))
        let idle = try RawConnection(port: gateway.port)
        let started = ContinuousClock.now
        let (_, closed) = await idle.readUntilClosed(within: .seconds(40))
        let waited = ContinuousClock.now - started
        await gateway.shutdown()
        #expect(closed)
        #expect(waited >= .milliseconds(250))
        #expect(waited < .seconds(30), "closed by the short timeout, not the 60 s one")
    }

    @Test("A connection that never sends a request is closed after the header timeout")
    func silentConnectionIsClosedAfterTheHeaderTimeout() async throws {
        let gateway = try await Self.start(GatewayLimits(headerTimeout: .milliseconds(300), idleTimeout: .seconds(60)))
        let silent = try RawConnection(port: gateway.port)
        let started = ContinuousClock.now
        let (text, closed) = await silent.readUntilClosed(within: .seconds(40))
        let waited = ContinuousClock.now - started
        await gateway.shutdown()
        #expect(closed)
        #expect(text.isEmpty)
        #expect(waited >= .milliseconds(250))
        #expect(waited < .seconds(30), "closed by the short timeout, not the 60 s one")
    }

    /// The incident: a crowd of sockets that connect and say nothing. The slots they take are
    /// given back after the header timeout, and a real authorisation goes through.
    @Test("Silent sockets past the cap do not block a real authorisation for long")
    func aFloodOfSilentSocketsPasses() async throws {
        let gateway = try await Self.start(
            GatewayLimits(
                headerTimeout: .milliseconds(500), idleTimeout: .seconds(30),
                maximumConnections: 20))
        let processor = HTTPPaymentProcessor(baseURL: gateway.baseURL, timeout: .seconds(2))
        let silent = try (0..<200).map { _ in try RawConnection(port: gateway.port) }
        #expect(await eventually { gateway.openConnections == 20 })

        let started = ContinuousClock.now
        var outcome: ChargeOutcome?
        var attempt = 0
        while outcome == nil, ContinuousClock.now - started < .seconds(30) {
            attempt += 1
            outcome = try? await processor.charge(Cards.charge(key: "flood-\(attempt)"))
            if outcome == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let waited = ContinuousClock.now - started
        let approved = if case .approved = outcome { true } else { false }
        #expect(approved, "the last attempt: \(String(describing: outcome))")
        // Without the header timeout the silent sockets would hold every slot for good; with it
        // they go after half a second (a few seconds when the machine is busy with other tests).
        #expect(waited < .seconds(20), "a real authorisation waited \(waited)")
        #expect(await eventually { gateway.openConnections <= 1 })
        _ = silent
        try await processor.shutdown()
        await gateway.shutdown()
    }

    @Test("A connection kept alive after a request is closed once idle")
    func keptAliveSocketIsClosedOnceIdle() async throws {
        let gateway = try await Self.start(GatewayLimits(headerTimeout: .seconds(60), idleTimeout: .milliseconds(300)))
        let connection = try RawConnection(port: gateway.port)
        connection.send("GET /v1/charges?idempotency_key=none HTTP/1.1\r\nHost: x\r\n\r\n")
        let (text, closed) = await connection.readUntilClosed(within: .seconds(40))
        await gateway.shutdown()
        #expect(text.hasPrefix("HTTP/1.1 404"))
        #expect(closed)
    }

    @Test("A request head that never completes is answered 408 and closed after the header timeout")
    func slowHeadIsCutOff() async throws {
        let gateway = try await Self.start(GatewayLimits(headerTimeout: .milliseconds(300), idleTimeout: .seconds(60)))
        let slow = try RawConnection(port: gateway.port)
        slow.send("POST /v1/authorizations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        let started = ContinuousClock.now
        let (text, closed) = await slow.readUntilClosed(within: .seconds(40))
        let waited = ContinuousClock.now - started
        await gateway.shutdown()
        #expect(closed)
        #expect(text.hasPrefix("HTTP/1.1 408"))
        #expect(waited < .seconds(30), "closed by the short timeout, not the 60 s one")
    }

    @Test("Connections past the cap get 503 with Retry-After at once; a freed slot serves again")
    func connectionsPastTheCapGet503() async throws {
        // Timeouts far longer than the test: the two holders keep their slots throughout, so a
        // client that hung instead of being refused would wait a minute.
        let gateway = try await Self.start(
            GatewayLimits(
                headerTimeout: .seconds(60), idleTimeout: .seconds(60),
                maximumConnections: 2, retryAfterSeconds: 2))
        var holders = [try RawConnection(port: gateway.port), try RawConnection(port: gateway.port)]
        #expect(await eventually { gateway.openConnections == 2 })

        let started = ContinuousClock.now
        let refused = try await RawResponse.send(port: gateway.port, "GET", "/v1/charges?idempotency_key=k")
        #expect(ContinuousClock.now - started < .seconds(15))
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") == "2")
        #expect(refused.body.contains("too_many_connections"))
        #expect(gateway.openConnections == 2)

        holders.removeFirst()
        #expect(await eventually { gateway.openConnections == 1 })
        let served = try await RawResponse.send(port: gateway.port, "GET", "/v1/charges?idempotency_key=k")
        #expect(served.status == 404)
        holders.removeAll()
        await gateway.shutdown()
    }
}
