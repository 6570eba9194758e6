/// Counters a drill reads from `GET /v1/admin/stats` to prove that no order was charged twice.
///
/// The proof is `duplicateCaptures == 0` and every value of `capturesByReference` being 1:
/// whatever faults and retries happened, each order's money moved once.
public struct GatewayStats: Codable, Sendable, Equatable {
    /// Authorization requests received per idempotency key, replays included: shows how often clients retried.
    public var authorizationRequestsByKey: [String: Int] = [:]
    /// Charges (captured authorizations) per authorization idempotency key; each must be at most 1.
    public var chargesByKey: [String: Int] = [:]
    /// Captured charges per order reference; a value above 1 means an order was charged twice.
    public var capturesByReference: [String: Int] = [:]
    /// Distinct authorizations created (approved or declined).
    public var authorizations = 0
    public var declined = 0
    /// Authorizations captured: money taken.
    public var captured = 0
    /// Captures asked for, under a new key, of an authorization already captured. Refused with 409, but each one
    /// is a client bug that a less careful processor would have turned into a double charge. Must be 0.
    public var duplicateCaptures = 0
    public var cancelled = 0
    public var refunds = 0
    /// Requests answered from the idempotency store instead of being processed again.
    public var replays = 0
    /// Requests failed on purpose by the current or an earlier fault mode.
    public var injectedFaults = 0
    /// Batches of charges received (`POST /v1/charges/batch`); their charges count above like single ones.
    public var chargeBatches = 0

    public init() {}
}
