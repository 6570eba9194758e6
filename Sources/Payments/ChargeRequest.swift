/// A request to take money from a tokenised card.
///
/// `idempotencyKey` identifies the charge across retries and crashes: processors must answer a repeated key
/// with the first outcome, so the engine can resend after a timeout without charging twice.
public struct ChargeRequest: Codable, Sendable, Equatable {
    public var idempotencyKey: String
    /// In won (KRW has no minor unit).
    public var amount: Int
    public var token: CardToken
    /// The order id, so a processor's records can be matched to orders.
    public var reference: String

    public init(idempotencyKey: String, amount: Int, token: CardToken, reference: String) {
        self.idempotencyKey = idempotencyKey
        self.amount = amount
        self.token = token
        self.reference = reference
    }
}
