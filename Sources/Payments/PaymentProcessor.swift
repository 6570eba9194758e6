/// Something that can take and give back money: the in-process sandbox, the HTTP gateway client,
/// or a wrapper adding retries and a circuit breaker.
///
/// Every implementation must be idempotent by request key: a repeated charge or refund key returns the first
/// outcome and moves no money again. That is what makes retrying after a timeout safe.
public protocol PaymentProcessor: Sendable {
    /// Authorise and capture. Declines are returned; only a missing answer throws (``PaymentProcessorError``).
    func charge(_ request: ChargeRequest) async throws -> ChargeOutcome
    func refund(_ request: RefundRequest) async throws -> RefundOutcome
    /// Reconciliation: what happened to an earlier charge with this key (nil = never received).
    func findCharge(idempotencyKey: String) async throws -> ChargeOutcome?
}
