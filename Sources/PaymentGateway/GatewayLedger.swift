import Foundation
import Payments
import Resilience

/// The simulated processor's books: authorizations, captures, refunds, the idempotency store and the counters.
///
/// An actor, and every operation runs without suspending, so two requests with the same key can never both
/// be processed: the second always finds the first's stored answer.
actor GatewayLedger {
    private(set) var faults: FaultMode
    private var random: SeededRandomNumberGenerator
    private(set) var stats = GatewayStats()

    private struct Remembered {
        /// Method, path and body of the first request: the same key with a different request is a client bug.
        let fingerprint: String
        let reply: GatewayReply
    }

    private struct AuthorizationRecord {
        let id: String
        let key: String
        let amount: Int
        let reference: String
        var status: String
        var declineCode: DeclineReason?
        var paymentID: String?

        var wire: GatewayWire.Authorization {
            GatewayWire.Authorization(
                id: id, status: status, amount: amount, reference: reference,
                declineCode: declineCode, message: declineCode?.message, paymentID: paymentID)
        }
    }

    private var remembered: [String: Remembered] = [:]
    private var authorizations: [String: AuthorizationRecord] = [:]
    private var authorizationIDByKey: [String: String] = [:]
    private var authorizationIDByPayment: [String: String] = [:]
    private var refundedByPayment: [String: Int] = [:]
    private var nextNumber = 1
    private let now: @Sendable () -> Date

    init(faults: FaultMode, now: @escaping @Sendable () -> Date = { Date() }) {
        self.faults = faults
        self.now = now
        if case .flaky(_, let seed) = faults {
            random = SeededRandomNumberGenerator(seed: seed)
        } else {
            random = SeededRandomNumberGenerator(seed: 1)
        }
    }

    // MARK: Faults

    func setFaults(_ newFaults: FaultMode) {
        faults = newFaults
        if case .flaky(_, let seed) = newFaults {
            random = SeededRandomNumberGenerator(seed: seed)
        }
    }

    func planFaults() -> FaultPlan {
        let plan = FaultPlan.draw(for: faults, random: &random)
        switch plan {
        case .proceed: break
        case .failBefore, .failAfter: stats.injectedFaults += 1
        }
        return plan
    }

    // MARK: Operations

    func authorize(key: String, fingerprint: String, request: GatewayWire.AuthorizationRequest) -> GatewayReply {
        stats.authorizationRequestsByKey[key, default: 0] += 1
        return idempotent(key: key, fingerprint: fingerprint) {
            guard request.amount > 0 else {
                return .problem(400, "invalid_amount", "amount must be a positive number of won.")
            }
            let decline: DeclineReason?
            if faults == .declineAll {
                decline = .declined
            } else {
                switch request.token.testClass {
                case .processorError:
                    return .problem(502, "processor_error", "The card network failed to answer. Retry with the same Idempotency-Key.")
                case .declined: decline = .declined
                case .insufficientFunds: decline = .insufficientFunds
                case .approved: decline = request.token.hasExpired(at: now(), calendar: Self.calendar) ? .expiredCard : nil
                }
            }
            let record = AuthorizationRecord(
                id: makeID("auth"), key: key, amount: request.amount, reference: request.reference,
                status: decline == nil ? "authorized" : "declined", declineCode: decline, paymentID: nil)
            authorizations[record.id] = record
            authorizationIDByKey[key] = record.id
            stats.authorizations += 1
            if decline != nil { stats.declined += 1 }
            return .json(decline == nil ? 201 : 402, record.wire)
        }
    }

    func capture(key: String, fingerprint: String, authorizationID: String) -> GatewayReply {
        idempotent(key: key, fingerprint: fingerprint) {
            guard var record = authorizations[authorizationID] else {
                return .problem(404, "not_found", "No authorization \(authorizationID).")
            }
            switch record.status {
            case "authorized":
                let paymentID = makeID("pay")
                record.status = "captured"
                record.paymentID = paymentID
                authorizations[authorizationID] = record
                authorizationIDByPayment[paymentID] = authorizationID
                stats.captured += 1
                stats.chargesByKey[record.key, default: 0] += 1
                stats.capturesByReference[record.reference, default: 0] += 1
                return .json(200, record.wire)
            case "captured":
                stats.duplicateCaptures += 1
                return .problem(
                    409, "already_captured", "Authorization \(authorizationID) was already captured under another Idempotency-Key.")
            default:
                return .problem(409, "not_capturable", "Authorization \(authorizationID) is \(record.status) and cannot be captured.")
            }
        }
    }

    func cancel(key: String, fingerprint: String, authorizationID: String) -> GatewayReply {
        idempotent(key: key, fingerprint: fingerprint) {
            guard var record = authorizations[authorizationID] else {
                return .problem(404, "not_found", "No authorization \(authorizationID).")
            }
            switch record.status {
            case "authorized", "cancelled":
                if record.status == "authorized" { stats.cancelled += 1 }
                record.status = "cancelled"
                authorizations[authorizationID] = record
                return .json(200, record.wire)
            default:
                return .problem(409, "not_cancellable", "Authorization \(authorizationID) is \(record.status) and cannot be cancelled.")
            }
        }
    }

    func refund(key: String, fingerprint: String, body: GatewayWire.RefundBody) -> GatewayReply {
        idempotent(key: key, fingerprint: fingerprint) {
            guard let authorizationID = authorizationIDByPayment[body.paymentID], let record = authorizations[authorizationID] else {
                return .problem(422, "refund_rejected", "No payment \(body.paymentID) to refund.")
            }
            let left = record.amount - refundedByPayment[body.paymentID, default: 0]
            guard body.amount > 0 else {
                return .problem(422, "refund_rejected", "A refund must be a positive amount.")
            }
            guard body.amount <= left else {
                return .problem(422, "refund_rejected", "Only \(left) won of this payment can still be refunded.")
            }
            refundedByPayment[body.paymentID, default: 0] += body.amount
            stats.refunds += 1
            return .json(201, GatewayWire.Refund(id: makeID("re"), paymentID: body.paymentID, amount: body.amount, status: "refunded"))
        }
    }

    /// Reconciliation: the authorization created under this key, in its current state.
    func findAuthorization(key: String) -> GatewayReply {
        guard let id = authorizationIDByKey[key], let record = authorizations[id] else {
            return .problem(404, "not_found", "No authorization was received with this Idempotency-Key.")
        }
        return .json(200, record.wire)
    }

    // MARK: Helpers

    private func idempotent(key: String, fingerprint: String, _ work: () -> GatewayReply) -> GatewayReply {
        if let first = remembered[key] {
            guard first.fingerprint == fingerprint else {
                return .problem(409, "idempotency_key_reused", "This Idempotency-Key was used for a different request.")
            }
            stats.replays += 1
            return first.reply
        }
        let reply = work()
        if reply.isRemembered {
            remembered[key] = Remembered(fingerprint: fingerprint, reply: reply)
        }
        return reply
    }

    /// Expiry months end in UTC here: the simulator has no customer time zone to go by.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    private func makeID(_ prefix: String) -> String {
        defer { nextNumber += 1 }
        let digits = String(nextNumber)
        return "\(prefix)_\(String(repeating: "0", count: max(0, 6 - digits.count)))\(digits)"
    }
}

extension GatewayLedger {
    /// Charges a batch (`POST /v1/charges/batch`): each charge is the authorization and the
    /// capture the single endpoints would make, under the same keys and with the same
    /// fingerprints, so a batch repeated, or a charge repeated alone, replays instead of
    /// charging again. One actor turn for the whole batch: no other request interleaves.
    func chargeAll(_ batch: GatewayWire.ChargeBatch) -> GatewayReply {
        stats.chargeBatches += 1
        return .json(200, GatewayWire.ChargeBatchResults(results: batch.charges.map(charge)))
    }

    private func charge(_ charge: GatewayWire.ChargeBatch.Charge) -> GatewayWire.ChargeBatchResults.Result {
        let request = charge.authorization
        let body = (try? GatewayWire.encoder.encode(request)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let authorized = authorize(key: charge.idempotencyKey, fingerprint: "POST /v1/authorizations \(body)", request: request)
        guard authorized.status == 201, let authorization = Self.authorization(in: authorized) else {
            return Self.result(charge.idempotencyKey, authorized)
        }
        let captured = capture(
            key: HTTPPaymentProcessor.captureKey(for: charge.idempotencyKey),
            fingerprint: "POST /v1/authorizations/\(authorization.id)/capture ", authorizationID: authorization.id)
        return Self.result(charge.idempotencyKey, captured)
    }

    private static func authorization(in reply: GatewayReply) -> GatewayWire.Authorization? {
        try? GatewayWire.decoder.decode(GatewayWire.Authorization.self, from: reply.body)
    }

    private static func result(_ key: String, _ reply: GatewayReply) -> GatewayWire.ChargeBatchResults.Result {
        let isAuthorization = reply.status < 300 || reply.status == 402
        return GatewayWire.ChargeBatchResults.Result(
            idempotencyKey: key, status: reply.status, authorization: isAuthorization ? authorization(in: reply) : nil,
            problem: isAuthorization ? nil : try? GatewayWire.decoder.decode(GatewayWire.Problem.self, from: reply.body))
    }
}
