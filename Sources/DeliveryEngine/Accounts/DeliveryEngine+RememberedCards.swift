import DeliveryDomain
import Foundation
import Payments

extension DeliveryEngine {
    /// Keeps a card already tokenized (at checkout) for later one-key payments.
    public func rememberCard(_ card: CardOnFile, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .rememberCard(card, by: actor, now: now)
        }
    }

    /// Forgets a remembered card, named as shown ("Visa •••• 4242") or by its last four digits.
    public func forgetCard(_ label: String, as actor: Actor) async throws(DeliveryError) {
        _ = try await run(AccountDecider.self, Streams.account(actor.account), actor: actor.account.rawValue) { _, now in
            .forgetCard(label, by: actor, now: now)
        }
    }

    /// The remembered card `label` names, once the CVC typed for this payment passes and the
    /// card has not expired. The CVC goes no further than this check.
    func rememberedCard(_ label: String, cvc: CardSecurityCode, of actor: Actor) async throws(DeliveryError) -> CardOnFile {
        guard let card = try await accountState(of: actor).cards.card(label) else {
            throw .refused(.unknownRememberedCard(label))
        }
        do {
            try RememberedCardCheck.check(
                cvc: cvc, brand: CardBrand(rawValue: card.brand) ?? .unknown, expiryMonth: card.expiryMonth,
                expiryYear: card.expiryYear, now: clock.now(), calendar: KoreanTime.calendar)
        } catch { throw .invalidCard(error) }
        return card
    }
}
