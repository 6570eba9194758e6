/// How the gateway simulator misbehaves, so drills can show what the app does when the processor does.
///
/// Set at start (``GatewayServer/start(port:faults:logLevel:adminToken:limits:)``), from Swift
/// (``RunningGateway/setFaults(_:)``) or over HTTP (`POST /v1/admin/faults`, with the ``AdminToken``). Faults apply to every `/v1` endpoint except `/v1/admin`, so a drill can always heal
/// the gateway it broke. JSON forms:
/// `{"mode":"healthy"}`, `{"mode":"down"}`, `{"mode":"slow","latency_ms":1500}`,
/// `{"mode":"flaky","failure_share":0.3,"seed":42}`, `{"mode":"declineAll"}`.
public enum FaultMode: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Everything works.
    case healthy
    /// Every request is answered `503 Service Unavailable` without being processed.
    case down
    /// Every request is processed normally after waiting `latency`.
    case slow(latency: Duration)
    /// A `failureShare` of requests fail, drawn from a generator seeded with `seed` (reproducible drills).
    /// Half of the failures are `503` before processing; the other half are processed and then answered `502`,
    /// like a response lost on the way back: only idempotency keys keep the retry of those from charging twice.
    case flaky(failureShare: Double, seed: UInt64)
    /// Every new authorization is declined (`402`, code `declined`), whatever the card.
    case declineAll

    public var description: String {
        switch self {
        case .healthy: "healthy"
        case .down: "down"
        case .slow(let latency): "slow (\(FaultMode.milliseconds(latency)) ms)"
        case .flaky(let share, let seed): "flaky (\(Int((share * 100).rounded()))% failures, seed \(seed))"
        case .declineAll: "declining everything"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case mode, latencyMs = "latency_ms", failureShare = "failure_share", seed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .mode) {
        case "healthy": self = .healthy
        case "down": self = .down
        case "declineAll": self = .declineAll
        case "slow":
            self = .slow(latency: .milliseconds(try container.decode(Int64.self, forKey: .latencyMs)))
        case "flaky":
            let share = try container.decode(Double.self, forKey: .failureShare)
            guard (0...1).contains(share) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .failureShare, in: container, debugDescription: "failure_share must be between 0 and 1")
            }
            self = .flaky(failureShare: share, seed: try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? 1)
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .mode, in: container,
                debugDescription: "unknown mode \(other); use healthy, down, slow, flaky or declineAll")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .healthy: try container.encode("healthy", forKey: .mode)
        case .down: try container.encode("down", forKey: .mode)
        case .declineAll: try container.encode("declineAll", forKey: .mode)
        case .slow(let latency):
            try container.encode("slow", forKey: .mode)
            try container.encode(FaultMode.milliseconds(latency), forKey: .latencyMs)
        case .flaky(let share, let seed):
            try container.encode("flaky", forKey: .mode)
            try container.encode(share, forKey: .failureShare)
            try container.encode(seed, forKey: .seed)
        }
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}
