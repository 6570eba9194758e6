import Resilience

/// What the current ``FaultMode`` does to one request, drawn before the request is handled.
enum FaultPlan: Sendable, Equatable {
    /// Handle the request, after waiting `delay` if there is one.
    case proceed(delay: Duration?)
    /// Answer this without handling the request.
    case failBefore(GatewayReply)
    /// Handle the request, then answer this instead of its result (the response is "lost").
    case failAfter(GatewayReply)

    static let unavailable = GatewayReply.problem(
        503, "unavailable", "The processor is unavailable. Retry later with the same Idempotency-Key.")
    static let lostResponse = GatewayReply.problem(
        502, "bad_gateway", "The processor failed while answering. Retry with the same Idempotency-Key.")

    /// Draws the plan for one request; `random` advances only in flaky mode, so a seed replays the same faults.
    static func draw(for mode: FaultMode, random: inout SeededRandomNumberGenerator) -> FaultPlan {
        switch mode {
        case .healthy, .declineAll:
            return .proceed(delay: nil)
        case .down:
            return .failBefore(unavailable)
        case .slow(let latency):
            return .proceed(delay: latency)
        case .flaky(let share, _):
            guard Double.random(in: 0..<1, using: &random) < share else { return .proceed(delay: nil) }
            return Bool.random(using: &random) ? .failBefore(unavailable) : .failAfter(lostResponse)
        }
    }
}
