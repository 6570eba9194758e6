import Foundation
import Payments

/// The JSON the gateway simulator and its client exchange, shaped like a real card API:
/// snake_case keys, amounts in won, one object per resource. Shared by both ends so they cannot drift apart.
/// Keys are spelled out in `CodingKeys` rather than by a key strategy, because strategies also rewrite
/// dictionary keys (order references, idempotency keys) in the admin stats.
enum GatewayWire {
    /// The header that makes a mutating request safe to repeat.
    static let idempotencyKeyHeader = "Idempotency-Key"

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        // Stable bytes: a replayed answer is byte-for-byte the first one, and fingerprints compare reliably.
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static let decoder = JSONDecoder()

    /// `POST /v1/authorizations`.
    struct AuthorizationRequest: Codable, Equatable {
        var amount: Int
        var currency: String = "KRW"
        var token: CardToken
        var reference: String
    }

    /// The authorization resource: `201` when authorized, `402` when declined.
    struct Authorization: Codable, Equatable {
        var id: String
        /// "authorized", "captured", "cancelled" or "declined".
        var status: String
        var amount: Int
        var reference: String
        var declineCode: DeclineReason?
        var message: String?
        var paymentID: String?

        enum CodingKeys: String, CodingKey {
            case id, status, amount, reference, message
            case declineCode = "decline_code", paymentID = "payment_id"
        }
    }

    /// `POST /v1/charges/batch`: charges, each authorised and captured as the two single requests
    /// would be, under the same keys (the authorization under `idempotency_key`, the capture under
    /// `<key>:capture`), so a charge sent in a batch and again alone is one charge.
    struct ChargeBatch: Codable, Equatable {
        var charges: [Charge]

        struct Charge: Codable, Equatable {
            var idempotencyKey: String
            var amount: Int
            var currency: String = "KRW"
            var token: CardToken
            var reference: String

            enum CodingKeys: String, CodingKey {
                case amount, currency, token, reference, idempotencyKey = "idempotency_key"
            }

            /// The single authorization this charge stands for.
            var authorization: AuthorizationRequest {
                AuthorizationRequest(amount: amount, currency: currency, token: token, reference: reference)
            }
        }
    }

    /// The answer to a ``ChargeBatch`` (`200`): one result per charge, in the batch's order.
    struct ChargeBatchResults: Codable, Equatable {
        var results: [Result]

        /// `status` is what the single requests would have ended with: `200` captured, `402`
        /// declined, anything else the failed step's status with its problem.
        struct Result: Codable, Equatable {
            var idempotencyKey: String
            var status: Int
            var authorization: Authorization?
            var problem: Problem?

            enum CodingKeys: String, CodingKey {
                case status, authorization, problem, idempotencyKey = "idempotency_key"
            }
        }
    }

    /// `POST /v1/refunds`.
    struct RefundBody: Codable, Equatable {
        var paymentID: String
        var amount: Int

        enum CodingKeys: String, CodingKey {
            case amount, paymentID = "payment_id"
        }
    }

    /// The refund resource (`201`).
    struct Refund: Codable, Equatable {
        var id: String
        var paymentID: String
        var amount: Int
        var status: String

        enum CodingKeys: String, CodingKey {
            case id, amount, status, paymentID = "payment_id"
        }
    }

    /// Every non-2xx answer except a decline.
    struct Problem: Codable, Equatable {
        /// Machine-readable: "unavailable", "processor_error", "idempotency_key_reused", "not_found", ...
        var error: String
        var message: String
    }
}
