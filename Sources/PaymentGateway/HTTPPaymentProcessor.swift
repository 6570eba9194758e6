import AsyncHTTPClient
import Foundation
import Payments

/// A ``PaymentProcessor`` that talks to a card API shaped like ``GatewayServer`` over HTTP+JSON.
///
/// A charge is an authorization followed by its capture, each with its own idempotency key derived from the
/// charge's key (the authorization uses the key itself, so reconciliation can find it by the key the engine
/// knows; the capture uses `<key>:capture`). Resending a charge after any failure is therefore safe: the
/// gateway replays the authorization and the capture instead of repeating them. An authorization left
/// uncaptured for an order that ended unpaid is cancelled with the key `<key>:void`
/// (``voidAuthorization(idempotencyKey:)``), so no hold stays on the card.
///
/// Errors are mapped to ``PaymentProcessorError``: no answer in time → `.timedOut`; refused or dropped
/// connection and `503` → `.unavailable`; other error statuses → `.serverError(status:)`. Declines are outcomes.
/// This client does not retry; wrap it in ``ResilientPaymentProcessor`` for that.
public final class HTTPPaymentProcessor: PaymentProcessor {
    public let baseURL: String
    /// Deadline for each HTTP request (an authorization or a capture), connecting included.
    public let timeout: Duration
    private let client: HTTPClient

    /// - Parameters:
    ///   - baseURL: e.g. ``RunningGateway/baseURL``.
    ///   - timeout: per request. Default 5 s: above the breaker's 2 s slow-call mark, so slowness is
    ///     noticed as slowness first, yet short enough for a customer waiting at checkout.
    public init(baseURL: String, timeout: Duration = .seconds(5)) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .nanoseconds(Self.nanoseconds(timeout)), read: .nanoseconds(Self.nanoseconds(timeout)))
        // Fail at once when nothing listens, instead of retrying the connection until the deadline:
        // retries are the RetryPolicy's job, and the breaker needs to see each failure.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// Closes the connections. Call once, when the processor is no longer used.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// The key the capture of the charge `key` is sent with.
    static func captureKey(for key: String) -> String { "\(key):capture" }

    public func charge(_ request: ChargeRequest) async throws -> ChargeOutcome {
        let authorization = try await send(
            .post, "/v1/authorizations", key: request.idempotencyKey,
            body: GatewayWire.AuthorizationRequest(amount: request.amount, token: request.token, reference: request.reference))
        switch authorization.status {
        case 201:
            let authorized = try decode(GatewayWire.Authorization.self, authorization)
            return try await capture(authorizationID: authorized.id, chargeKey: request.idempotencyKey)
        case 402:
            let declined = try decode(GatewayWire.Authorization.self, authorization)
            return .declined(declined.declineCode ?? .declined)
        default:
            throw Self.error(forStatus: authorization.status)
        }
    }

    /// All the charges in one round trip (`POST /v1/charges/batch`) instead of two each: the
    /// gateway authorises and captures each under the keys ``charge(_:)`` would use. A batch
    /// that gets no answer throws, like a single charge; a charge that failed inside an
    /// answered batch comes back as its own failure.
    public func charge(all requests: [ChargeRequest]) async throws -> [Result<ChargeOutcome, any Error>] {
        guard !requests.isEmpty else { return [] }
        let batch = GatewayWire.ChargeBatch(
            charges: requests.map {
                .init(idempotencyKey: $0.idempotencyKey, amount: $0.amount, token: $0.token, reference: $0.reference)
            })
        let answer = try await send(.post, "/v1/charges/batch", key: nil, body: batch)
        guard answer.status == 200 else { throw Self.error(forStatus: answer.status) }
        let results = try decode(GatewayWire.ChargeBatchResults.self, answer).results
        guard results.map(\.idempotencyKey) == requests.map(\.idempotencyKey) else {
            throw PaymentProcessorError.serverError(status: answer.status)  // not the answer to this batch
        }
        return results.map(Self.outcome(of:))
    }

    private static func outcome(of result: GatewayWire.ChargeBatchResults.Result) -> Result<ChargeOutcome, any Error> {
        switch (result.status, result.authorization) {
        case (200, let authorization?):
            guard let paymentID = authorization.paymentID else { return .failure(PaymentProcessorError.serverError(status: 200)) }
            return .success(.approved(paymentID: paymentID))
        case (402, let authorization?):
            return .success(.declined(authorization.declineCode ?? .declined))
        default:
            return .failure(error(forStatus: result.status))
        }
    }

    private func capture(authorizationID: String, chargeKey: String) async throws -> ChargeOutcome {
        let captured = try await send(
            .post, "/v1/authorizations/\(Self.escapePath(authorizationID))/capture", key: Self.captureKey(for: chargeKey),
            body: nil as String?)
        guard captured.status == 200 else { throw Self.error(forStatus: captured.status) }
        let authorization = try decode(GatewayWire.Authorization.self, captured)
        guard let paymentID = authorization.paymentID else { throw PaymentProcessorError.serverError(status: captured.status) }
        return .approved(paymentID: paymentID)
    }

    public func refund(_ request: RefundRequest) async throws -> RefundOutcome {
        let answer = try await send(
            .post, "/v1/refunds", key: request.idempotencyKey,
            body: GatewayWire.RefundBody(paymentID: request.paymentID, amount: request.amount))
        switch answer.status {
        case 201:
            return .refunded(refundID: try decode(GatewayWire.Refund.self, answer).id)
        case 422:
            return .rejected(try decode(GatewayWire.Problem.self, answer).message)
        default:
            throw Self.error(forStatus: answer.status)
        }
    }

    /// Looks the charge up by its key. An authorization that was never captured (the charge was interrupted
    /// between the two steps) or was cancelled took no money and is reported as nil: charging again with the
    /// same key completes it without a second authorization.
    public func findCharge(idempotencyKey: String) async throws -> ChargeOutcome? {
        guard let authorization = try await authorization(underKey: idempotencyKey) else { return nil }
        return try Self.outcome(of: authorization)
    }

    /// The key the void of the charge `key` is sent with.
    static func voidKey(for key: String) -> String { "\(key):void" }

    /// Finds the authorisation by the charge's key and, if it is still only authorised (the charge
    /// stopped between its two steps), cancels it at the gateway, so no hold stays on the card of an
    /// order that ended unpaid. A capture that wins the race makes the cancel answer 409: the charge
    /// is then looked up again and reported as approved.
    public func voidAuthorization(idempotencyKey: String) async throws -> ChargeOutcome? {
        guard let authorization = try await authorization(underKey: idempotencyKey) else { return nil }
        guard authorization.status == "authorized" else { return try Self.outcome(of: authorization) }
        let cancelled = try await send(
            .post, "/v1/authorizations/\(Self.escapePath(authorization.id))/cancel", key: Self.voidKey(for: idempotencyKey),
            body: nil as String?)
        switch cancelled.status {
        case 200: return nil
        case 409: return try await findCharge(idempotencyKey: idempotencyKey)
        default: throw Self.error(forStatus: cancelled.status)
        }
    }

    /// `GET /v1/charges?idempotency_key=…`: the authorisation made under the key, nil if none was.
    private func authorization(underKey idempotencyKey: String) async throws -> GatewayWire.Authorization? {
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "idempotency_key", value: idempotencyKey)]
        let query = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B") ?? ""
        let answer = try await send(.get, "/v1/charges?\(query)", key: nil, body: nil as String?)
        switch answer.status {
        case 200: return try decode(GatewayWire.Authorization.self, answer)
        case 404: return nil
        default: throw Self.error(forStatus: answer.status)
        }
    }

    /// What an authorisation came to: captured is money taken; authorised or cancelled took none.
    private static func outcome(of authorization: GatewayWire.Authorization) throws -> ChargeOutcome? {
        switch authorization.status {
        case "captured":
            guard let paymentID = authorization.paymentID else { throw PaymentProcessorError.serverError(status: 200) }
            return .approved(paymentID: paymentID)
        case "declined":
            return .declined(authorization.declineCode ?? .declined)
        default:
            return nil
        }
    }

    // MARK: HTTP

    enum Method { case get, post }

    struct Answer: Equatable {
        var status: Int
        var body: Data
    }

    func send(_ method: Method, _ path: String, key: String?, body: (some Encodable)?) async throws -> Answer {
        var request = HTTPClientRequest(url: baseURL + path)
        switch method {
        case .get: request.method = .GET
        case .post: request.method = .POST
        }
        request.headers.add(name: "Accept", value: "application/json")
        if let key { request.headers.add(name: GatewayWire.idempotencyKeyHeader, value: key) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(try GatewayWire.encoder.encode(body))
        }
        do {
            let response = try await client.execute(request, timeout: .nanoseconds(Self.nanoseconds(timeout)))
            let bytes = try await response.body.collect(upTo: 1024 * 1024)
            return Answer(status: Int(response.status.code), body: Data(bytes.readableBytesView))
        } catch {
            throw Self.error(forTransportFailure: error)
        }
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ answer: Answer) throws -> Value {
        do {
            return try GatewayWire.decoder.decode(type, from: answer.body)
        } catch {
            // An answer we cannot read is the processor's fault; keep the status so it stays classifiable.
            throw PaymentProcessorError.serverError(status: answer.status)
        }
    }

    // MARK: Error mapping

    static func error(forStatus status: Int) -> PaymentProcessorError {
        status == 503 ? .unavailable("the processor answered 503 Service Unavailable") : .serverError(status: status)
    }

    static func error(forTransportFailure error: any Error) -> any Error {
        if error is CancellationError { return error }
        if let error = error as? PaymentProcessorError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout:
                return PaymentProcessorError.timedOut
            case .cancelled:
                return CancellationError()
            case .remoteConnectionClosed:
                return PaymentProcessorError.unavailable("the processor closed the connection")
            default:
                return PaymentProcessorError.unavailable("\(error)")
            }
        }
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") {
            return PaymentProcessorError.unavailable("connection refused")
        }
        if text.localizedCaseInsensitiveContains("timeout") || text.localizedCaseInsensitiveContains("timed out") {
            return PaymentProcessorError.timedOut
        }
        return PaymentProcessorError.unavailable(text)
    }

    static func escapePath(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? segment
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
