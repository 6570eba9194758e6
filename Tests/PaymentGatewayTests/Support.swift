import Foundation
import Payments
import Resilience
@testable import PaymentGateway

/// A clock tests move by hand; sleeping on it just moves it forward, so backoff costs no real time.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var elapsed = Duration.zero

    func now() -> Duration { lock.withLock { elapsed } }
    func advance(by duration: Duration) { lock.withLock { elapsed += duration } }
}

enum Cards {
    /// A few years ahead of the real date, because the gateway judges expiry by the real clock.
    static let validYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 3

    /// A token for a documented test card; the string is fixed so requests are byte-identical on resend.
    static func token(_ testClass: TestCardClass, last4: String = "4242") -> CardToken {
        CardToken(
            token: CardToken.tokenString(testClass: testClass, randomHex: "00112233445566778899aabbccddeeff"),
            brand: .visa, last4: last4, expiryMonth: 12, expiryYear: validYear)
    }

    static func charge(_ testClass: TestCardClass = .approved, key: String, amount: Int = 18_000, reference: String? = nil) -> ChargeRequest
    {
        ChargeRequest(idempotencyKey: key, amount: amount, token: token(testClass), reference: reference ?? "order-\(key)")
    }
}

/// Starts a gateway and a client to it, runs `body`, and always shuts both down.
func withGateway(
    faults: FaultMode = .healthy,
    timeout: Duration = .seconds(5),
    _ body: (RunningGateway, HTTPPaymentProcessor) async throws -> Void
) async throws {
    let gateway = try await GatewayServer.start(port: 0, faults: faults, logLevel: .critical)
    let processor = HTTPPaymentProcessor(baseURL: gateway.baseURL, timeout: timeout)
    do {
        try await body(gateway, processor)
    } catch {
        try? await processor.shutdown()
        await gateway.shutdown()
        throw error
    }
    try await processor.shutdown()
    await gateway.shutdown()
}

/// Waits until `condition` holds, checking every few milliseconds, failing after `deadline`.
func eventually(
    within deadline: Duration = .seconds(10),
    _ condition: () async -> Bool
) async -> Bool {
    let clock = ContinuousClock()
    let end = clock.now + deadline
    while clock.now < end {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return await condition()
}

/// What a call threw, as a ``PaymentProcessorError`` if it was one.
func processorError<Value>(_ call: () async throws -> Value) async -> PaymentProcessorError? {
    do {
        _ = try await call()
        return nil
    } catch {
        return error as? PaymentProcessorError
    }
}
