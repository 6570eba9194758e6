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
    /// Reconciliation for an order that ended unpaid: releases any authorisation made under this key
    /// and never captured (a charge interrupted between its two steps leaves a hold on the card),
    /// then says what the charge came to. Nil: nothing was charged and no hold is left; approved:
    /// the capture had landed, so the money moved and must be refunded. Safe to repeat.
    func voidAuthorization(idempotencyKey: String) async throws -> ChargeOutcome?
    /// What a charge left unanswered becomes (``UnansweredChargePolicy``); by default it stays pending.
    var unansweredCharges: UnansweredChargePolicy { get }
    /// Charges each request as ``charge(_:)`` would, under its own idempotency key, and answers
    /// each in the requests' order: an outcome, or the error that one charge alone met. Throws
    /// only when the call as a whole got no answer; then nothing is known of any of them, and
    /// each may be charged again under its key.
    func charge(all requests: [ChargeRequest]) async throws -> [Result<ChargeOutcome, any Error>]
}

extension PaymentProcessor {
    /// One charge after another: right for a processor in this process. One across a network
    /// (the HTTP gateway) sends them in one call, and a wrapper passes them on whole.
    public func charge(all requests: [ChargeRequest]) async throws -> [Result<ChargeOutcome, any Error>] {
        var results: [Result<ChargeOutcome, any Error>] = []
        for request in requests {
            do { results.append(.success(try await charge(request))) } catch { results.append(.failure(error)) }
        }
        return results
    }
}

extension PaymentProcessor {
    /// A processor whose charge authorises and captures in one indivisible step never leaves a
    /// hold open, so releasing one is only reconciling. A processor with separate steps (the
    /// HTTP gateway) must override this, and so must a wrapper, to reach the one it wraps.
    public func voidAuthorization(idempotencyKey: String) async throws -> ChargeOutcome? {
        try await findCharge(idempotencyKey: idempotencyKey)
    }
}

/// What becomes of a charge the processor did not answer (down, slow, its breaker open), once
/// asking by idempotency key has not found it either.
///
/// The choice belongs to the processor, not to a check of its type: an in-process processor
/// answers every attempt at once, and one that throws has failed for good; a processor across
/// a network may answer later, so the request waits under its key for the payment worker.
public enum UnansweredChargePolicy: Sendable, Equatable {
    /// Record the attempt as declined now ("nothing was charged, try again").
    case declineAtOnce
    /// Leave the request pending under the same key, to be charged again later.
    case leavePending
}

extension PaymentProcessor {
    /// A processor over a network may answer later: its unanswered charges stay pending.
    public var unansweredCharges: UnansweredChargePolicy { .leavePending }
}
