import DeliveryDomain
import Foundation
import Payments
import Testing

@testable import DeliveryEngine

/// With in-process payments a processor that fails (the sandbox's `4000 0000 0000 0119`, an
/// HTTP 502) ends the attempt at once. The card was never judged and nothing was charged, so the
/// order records the processor's failure, and the customer is told that, in their language,
/// without the processor's error and without the word "declined". A refused card still is.
@Suite("A processor failure is not a decline")
struct ProcessorFailureTests {
    static let processorErrorCard = CardDetails(
        number: TestCards.processorError, expiryMonth: 12, expiryYear: 2030, cvc: "123")
    static let insufficientFundsCard = CardDetails(
        number: TestCards.insufficientFunds, expiryMonth: 12, expiryYear: 2030, cvc: "123")

    /// Words a customer must never read about a processor failure.
    static let declineWords = ["declin", "거절", "502", "HTTP", "PaymentProcessorError", "serverError"]

    @Test func theFailureIsRecordedAsTheProcessorsAndToldAsNothingCharged() async throws {
        let world = try await TestWorld.make()
        let result = try await world.engine.placeOrder(try await world.cart(), card: Self.processorErrorCard, as: world.customer)
        #expect(result.payment == .processorFailed)

        let state = try await world.engine.orderState(result.order, as: world.customer)
        #expect(state.status == .awaitingPayment && state.payment == nil)
        #expect(state.declines.map(\.cause) == [.processorFailed])

        let notice = try #require(try await world.engine.notifications(world.customer).first)
        #expect(notice.notice == .paymentFailed)
        let korean = notice.message(in: .korean), english = notice.message(in: .english)
        #expect(korean == "결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요. 다시 시도해 주세요.")
        #expect(english == "The payment system failed; nothing was charged. Try again.")
        for word in Self.declineWords {
            #expect(!korean.contains(word) && !english.localizedCaseInsensitiveContains(word), "\(word)")
        }

        let tracking = try await world.engine.orderTracking(result.order, as: world.customer)
        #expect(tracking.paymentFailed && tracking.declineReason == nil)
        let row = try #require(try await world.engine.history(world.customer).first)
        #expect(row.paymentNote == OrderSummary.processorFailedNote)
        for word in Self.declineWords { #expect(row.paymentNote?.localizedCaseInsensitiveContains(word) == false) }
        #expect(!result.payment!.description.localizedCaseInsensitiveContains("declin"))
    }

    @Test func theSameOrderIsPaidOnTheNextTryAndTheFailureIsForgotten() async throws {
        let world = try await TestWorld.make()
        let order = try await world.engine.placeOrder(try await world.cart(), card: Self.processorErrorCard, as: world.customer).order
        guard case .paid = try await world.engine.pay(order, card: TestWorld.goodCard, as: world.customer) else {
            Issue.record("expected the next try to pay")
            return
        }
        let tracking = try await world.engine.orderTracking(order, as: world.customer)
        #expect(!tracking.paymentFailed && tracking.declineReason == nil)
    }

    @Test func aRefusedCardIsStillADeclineWithTheIssuersReason() async throws {
        let world = try await TestWorld.make()
        let result = try await world.engine.placeOrder(try await world.cart(), card: TestWorld.declinedCard, as: world.customer)
        guard case .declined(let reason) = result.payment else {
            Issue.record("expected a decline, got \(String(describing: result.payment))")
            return
        }
        #expect(reason == DeclineReason.declined.message)
        let state = try await world.engine.orderState(result.order, as: world.customer)
        #expect(state.declines.map(\.cause) == [.cardRefused(issuerReason: "declined")])
        let notice = try #require(try await world.engine.notifications(world.customer).first)
        #expect(notice.notice == .paymentDeclined(reason: reason))
        #expect(notice.message(in: .korean).contains("결제가 거절됐어요"))
        #expect(notice.message(in: .english).contains("Payment declined"))
        let tracking = try await world.engine.orderTracking(result.order, as: world.customer)
        #expect(!tracking.paymentFailed && tracking.declineReason == reason)
        #expect(try await world.engine.history(world.customer).first?.paymentNote == "declined: \(reason)")

        // The issuer's own code is kept, so its reason can be told again later.
        let poor = try await world.engine.pay(result.order, card: Self.insufficientFundsCard, as: world.customer)
        #expect(poor == .declined(reason: DeclineReason.insufficientFunds.message))
        let last = try await world.engine.orderState(result.order, as: world.customer).declines.last
        #expect(last?.cause == .cardRefused(issuerReason: "insufficientFunds"))
        #expect(last?.cause?.issuerDeclineReason == .insufficientFunds)
    }
}

/// Declines in logs written before causes were recorded: no `cause` in the payload. They decode,
/// are written back byte for byte as they were, and are told by their reason, which for a
/// processor failure the engine always began the same way.
@Suite("Declines recorded before causes")
struct DeclinesBeforeCausesTests {
    static let failure =
        #"{"at":1790987049853.8384,"idempotencyKey":"pay-H0000000-1","reason":"the card processor failed (The payment processor failed with HTTP status 502. Try again shortly.); nothing was charged, try again"}"#
    static let refusal =
        #"{"at":1790987049853.8384,"idempotencyKey":"pay-H0000000-1","reason":"The card was declined by its issuer. Try another card or contact the card issuer."}"#

    static func decoded(_ payload: String) throws -> OrderEvent.PaymentDeclined {
        let data = Data(payload.utf8)
        let foundation = try OrderEvent.decode(type: "PaymentDeclined", payload: data, EventCodec().decoder())
        #expect(OrderEvent.readInPlace(type: "PaymentDeclined", payload: data) == foundation, "the hand-written reader agrees")
        #expect(foundation.handWrittenPayload() == data, "written back as it was")
        #expect(try foundation.encodedPayload(EventCodec().encoder()) == data)
        guard case .paymentDeclined(let declined) = foundation else { throw Unexpected(event: foundation) }
        return declined
    }

    struct Unexpected: Error { let event: OrderEvent }

    @Test func anOldProcessorFailureDecodesAndIsToldAsOne() throws {
        let declined = try Self.decoded(Self.failure)
        #expect(declined.cause == nil)
        #expect(declined.outcome == .processorFailed)
    }

    @Test func anOldRefusalDecodesAndIsToldAsARefusalWithoutItsCode() throws {
        let declined = try Self.decoded(Self.refusal)
        #expect(declined.cause == nil)
        #expect(declined.outcome == .cardRefused(issuerReason: nil))
    }

    @Test func theReadModelsTellAnOldFailureTheNewWay() throws {
        let placed = OrderEvent.placed(
            .init(
                order: OrderID("O1"), customer: AccountID("c"), store: StoreID("S1"), storeName: "홍콩반점", owner: AccountID("o"),
                lines: [], deliveryFee: Won(3_000), autoCancelMinutes: 5, at: Date(timeIntervalSince1970: 0)))
        let old = OrderEvent.paymentDeclined(try Self.decoded(Self.failure))
        let row = [placed, old].enumerated().reduce(OrderSummaryView.initialState) {
            OrderSummaryView.evolve($0, $1.element, order: "O1", position: Int64($1.offset + 1))
        }
        #expect(row?.paymentNote == OrderSummary.processorFailedNote)
        let summary = try #require(row)
        let notice = try #require(CustomerNotice.notice(for: old, order: summary))
        #expect(notice.notice == .paymentFailed && notice.status == "awaitingPayment")
    }
}
