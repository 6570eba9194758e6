import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import Payments

/// A card processor simulator over HTTP+JSON, for drills that need a real network hop between the app
/// and its processor: timeouts, refused connections, lost responses and retries behave as in production.
///
/// Endpoints (every mutating one requires an `Idempotency-Key` header; a repeated key gets the first answer,
/// same status and body; the same key on a different request gets `409 idempotency_key_reused`):
/// - `POST /v1/authorizations` `{"amount", "currency", "token", "reference"}` → `201` authorized, `402` declined
/// - `POST /v1/authorizations/{id}/capture` → `200` captured (`payment_id`), `409` if not capturable
/// - `POST /v1/authorizations/{id}/cancel` → `200` cancelled
/// - `POST /v1/refunds` `{"payment_id", "amount"}` → `201`, `422` if refused
/// - `GET /v1/charges?idempotency_key=K` → the authorization created under K (`200`) or `404`
/// - `POST /v1/charges/batch` `{"charges": [{"idempotency_key", "amount", "currency", "token", "reference"}]}` →
///   `200` `{"results": [...]}`: up to ``maximumBatchCount`` charges in one round trip, each authorised and
///   captured under its own keys exactly as the two single requests would be (no `Idempotency-Key` header: the
///   keys are the charges'). A fault applies to the batch as a whole.
/// - `GET|POST /v1/admin/faults` (``FaultMode`` JSON), `GET /v1/admin/stats` (``GatewayStats``): never faulted,
///   and only with `Authorization: Bearer <admin token>` (``AdminToken``; `401` without it).
///
/// Outcomes follow the token's ``TestCardClass`` as in ``SandboxCardProcessor``. Binds 127.0.0.1 only, and
/// bounds its clients (``GatewayLimits``): header and idle timeouts, and a connection cap answered with `503`.
public enum GatewayServer {
    /// Largest request body accepted; real requests are a few hundred bytes.
    static let maximumBodySize = 64 * 1024
    /// Most charges in one batch, and the largest batch body: a charge is a few hundred bytes.
    static let maximumBatchCount = 1_000
    static let maximumBatchBodySize = 1024 * 1024

    /// Starts the simulator and returns once it is listening.
    /// - Parameters:
    ///   - port: the port on 127.0.0.1; 0 picks any free one (read it from ``RunningGateway/port``).
    ///   - faults: how it misbehaves from the first request on.
    ///   - logLevel: `.info` for the gateway as its own process; drills and tests running it
    ///     in-process pass `.critical`, so its start and shutdown lines don't interleave with
    ///     their reports.
    ///   - adminToken: the secret `/v1/admin` requires; by default a random one, which the
    ///     caller reads from ``RunningGateway/adminToken`` and shows its operator.
    ///   - limits: timeouts and the connection cap.
    public static func start(
        port: Int = 0, faults: FaultMode = .healthy,
        logLevel: Logger.Level = .info, adminToken: AdminToken = .random(),
        limits: GatewayLimits = GatewayLimits()
    ) async throws -> RunningGateway {
        let ledger = GatewayLedger(faults: faults)
        let (boundPorts, portContinuation) = AsyncStream<Int>.makeStream()
        let gauge = ConnectionGauge(limit: limits.maximumConnections)
        let app = Application(
            router: router(ledger: ledger, adminToken: adminToken),
            server: HTTPServerBuilder { responder in
                GuardedHTTP1Channel(responder: responder, gauge: gauge, limits: limits)
            },
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "baedal-gateway"),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? port)
                portContinuation.finish()
            },
            logger: {
                var logger = Logger(label: "baedal-gateway")
                logger.logLevel = logLevel
                return logger
            }()
        )
        let serverTask = Task {
            defer { portContinuation.finish() }
            try await app.run()
        }
        for await boundPort in boundPorts {
            return RunningGateway(port: boundPort, ledger: ledger, adminToken: adminToken, gauge: gauge, serverTask: serverTask)
        }
        // The stream ended without a port: the server failed to start (e.g. the port is taken).
        try await serverTask.value
        throw GatewayStartError.stoppedBeforeListening(port: port)
    }

    static func router(ledger: GatewayLedger, adminToken: AdminToken) -> Router<BasicRequestContext> {
        let router = Router()
        let v1 = "v1"

        router.post("\(v1)/authorizations") { request, _ in
            try await handleMutating(request, ledger: ledger) { key, fingerprint, body in
                guard let body = decode(GatewayWire.AuthorizationRequest.self, from: body) else {
                    return .problem(400, "invalid_request", "Expected {\"amount\", \"token\", \"reference\"}.")
                }
                return await ledger.authorize(key: key, fingerprint: fingerprint, request: body)
            }
        }
        router.post("\(v1)/authorizations/:id/capture") { request, context in
            let id = try context.parameters.require("id")
            return try await handleMutating(request, ledger: ledger) { key, fingerprint, _ in
                await ledger.capture(key: key, fingerprint: fingerprint, authorizationID: id)
            }
        }
        router.post("\(v1)/authorizations/:id/cancel") { request, context in
            let id = try context.parameters.require("id")
            return try await handleMutating(request, ledger: ledger) { key, fingerprint, _ in
                await ledger.cancel(key: key, fingerprint: fingerprint, authorizationID: id)
            }
        }
        router.post("\(v1)/refunds") { request, _ in
            try await handleMutating(request, ledger: ledger) { key, fingerprint, body in
                guard let body = decode(GatewayWire.RefundBody.self, from: body) else {
                    return .problem(400, "invalid_request", "Expected {\"payment_id\", \"amount\"}.")
                }
                return await ledger.refund(key: key, fingerprint: fingerprint, body: body)
            }
        }
        router.get("\(v1)/charges") { request, _ in
            try await handleFaulted(ledger: ledger) {
                guard let key = request.uri.queryParameters.get("idempotency_key"), !key.isEmpty else {
                    return .problem(400, "invalid_request", "Pass ?idempotency_key=… to look a charge up.")
                }
                return await ledger.findAuthorization(key: key)
            }
        }
        router.post("\(v1)/charges/batch") { request, _ in
            var request = request
            let body = Data(try await request.collectBody(upTo: maximumBatchBodySize).readableBytesView)
            return try await handleFaulted(ledger: ledger) {
                guard let batch = decode(GatewayWire.ChargeBatch.self, from: body), batch.charges.count <= maximumBatchCount else {
                    return .problem(
                        400, "invalid_request",
                        "Expected {\"charges\": [{\"idempotency_key\", \"amount\", \"token\", \"reference\"}]}, at most \(maximumBatchCount)."
                    )
                }
                return await ledger.chargeAll(batch)
            }
        }
        GatewayAdminRoutes.add(to: router, ledger: ledger, token: adminToken)
        return router
    }

    /// Reads the body and the Idempotency-Key, applies the current fault, then lets `handle` decide the answer.
    static func handleMutating(
        _ request: Request,
        ledger: GatewayLedger,
        handle: @Sendable (_ key: String, _ fingerprint: String, _ body: Data) async -> GatewayReply
    ) async throws -> Response {
        var request = request
        let body = Data(try await request.collectBody(upTo: maximumBodySize).readableBytesView)
        let key = request.headers.first { $0.name.canonicalName == GatewayWire.idempotencyKeyHeader.lowercased() }?.value
        guard let key, !key.isEmpty else {
            return response(.problem(400, "missing_idempotency_key", "Mutating requests need an Idempotency-Key header."))
        }
        let fingerprint = "\(request.method) \(request.uri.path) \(String(decoding: body, as: UTF8.self))"
        return try await handleFaulted(ledger: ledger) {
            await handle(key, fingerprint, body)
        }
    }

    /// Applies the current fault mode around `handle`.
    static func handleFaulted(
        ledger: GatewayLedger,
        handle: @Sendable () async -> GatewayReply
    ) async throws -> Response {
        switch await ledger.planFaults() {
        case .failBefore(let reply):
            return response(reply)
        case .proceed(let delay):
            if let delay { try await Task.sleep(for: delay) }
            return response(await handle())
        case .failAfter(let reply):
            _ = await handle()
            return response(reply)
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from body: Data) -> Value? {
        try? GatewayWire.decoder.decode(type, from: body)
    }

    static func response(_ reply: GatewayReply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(
            status: .init(code: reply.status),
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: reply.body))
        )
    }
}

/// The simulator could not start listening.
public enum GatewayStartError: Error, Equatable, CustomStringConvertible {
    case stoppedBeforeListening(port: Int)

    public var description: String {
        switch self {
        case .stoppedBeforeListening(let port):
            "The payment gateway stopped before listening on 127.0.0.1:\(port). Is the port already in use?"
        }
    }
}
