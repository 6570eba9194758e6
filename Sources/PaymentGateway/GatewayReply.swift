import Foundation

/// An HTTP answer as the ledger decides it: a status and a JSON body. Stored as-is under an idempotency key,
/// so a repeated request gets exactly the same bytes back.
struct GatewayReply: Sendable, Equatable {
    var status: Int
    var body: Data

    static func json(_ status: Int, _ value: some Encodable) -> GatewayReply {
        // Encoding these plain structs cannot fail; an empty object is a safe fallback all the same.
        GatewayReply(status: status, body: (try? GatewayWire.encoder.encode(value)) ?? Data("{}".utf8))
    }

    static func problem(_ status: Int, _ error: String, _ message: String) -> GatewayReply {
        json(status, GatewayWire.Problem(error: error, message: message))
    }

    /// Whether a repeated key should get this answer back. Validation errors (400), unknown resources (404) and
    /// server failures (5xx) are not remembered: the request never took effect, so repeating it may succeed.
    var isRemembered: Bool {
        status < 500 && status != 400 && status != 404
    }
}
