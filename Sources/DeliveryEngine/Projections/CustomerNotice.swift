import DeliveryDomain
import Foundation
import Payments

/// What a customer is told when their order changes: the facts, not the sentence. It is
/// stored as these facts (JSON in `rm_notifications.notice`) and worded when read, in the
/// reader's language, so one database serves a Korean and an English session alike.
///
///     CustomerNotice.confirmed(store: "홍콩반점", readyAt: t).text(in: .korean)
///     // "홍콩반점에서 주문을 확인했어요. 12:25쯤 준비돼요."
public enum CustomerNotice: Codable, Equatable, Sendable, Localized {
    case placed(store: String)
    case paid(store: String, amount: Won)
    /// The issuer refused the card; `reason` is the card processor's, as it gave it.
    case paymentDeclined(reason: String)
    /// The processor failed and the attempt was given up: nothing was charged. Said without
    /// the processor's error, and never as a decline: the card was not refused.
    case paymentFailed
    case cancelledByCustomer(refund: Won?)
    /// The payment never completed in time (`reason` is the rule's English wording, kept for English).
    case paymentExpired(store: String, reason: String)
    case notConfirmedInTime(store: String, refund: Won?)
    /// `reason` is the owner's, as typed.
    case cancelledByStore(store: String, reason: String, refund: Won?)
    case rejected(store: String, reason: String, refund: Won)
    case confirmed(store: String, readyAt: Date)
    case onItsWay(arrivesAt: Date)
    /// The rider gave the job back before pickup; the order waits for another rider.
    case riderReleased
    case pickedUp
    case delivered(reviewOpensAt: Date, reviewClosesAt: Date)
    case queued(store: String)
    case admitted(store: String)

    /// The notice for an event of the customer's order, and the status it leaves the order in;
    /// nil when the change is not theirs to hear.
    static func notice(for event: OrderEvent, order: OrderSummary) -> (status: String, notice: CustomerNotice)? {
        let store = order.storeName
        let total = Won(order.total)
        let refund = order.paidAt != nil ? total : nil
        switch event {
        case .placed:
            return ("awaitingPayment", .placed(store: store))
        case .paymentApproved(let e) where order.status == .awaitingPayment:
            return ("awaitingConfirmation", .paid(store: store, amount: e.amount))
        case .paymentApproved:
            return nil
        case .paymentDeclined(let e):
            return ("awaitingPayment", e.outcome.isProcessorFailure ? .paymentFailed : .paymentDeclined(reason: e.reason))
        case .cancelled(let e):
            switch e.by {
            case .customer: return ("cancelled", .cancelledByCustomer(refund: refund))
            case .system where order.paidAt == nil: return ("cancelled", .paymentExpired(store: store, reason: e.reason))
            case .system: return ("cancelled", .notConfirmedInTime(store: store, refund: refund))
            case .store: return ("cancelled", .cancelledByStore(store: store, reason: e.reason, refund: refund))
            }
        case .rejected(let e):
            return ("rejected", .rejected(store: store, reason: e.reason, refund: total))
        case .confirmed(let e):
            return ("cooking", .confirmed(store: store, readyAt: e.at.addingTimeInterval(Double(e.cookMinutes) * 60)))
        case .riderAssigned:
            return nil
        case .riderReleased:
            // The status does not change (cooking, or delivery started): only who carries it.
            return (order.status.rawValue, .riderReleased)
        case .deliveryStarted(let e):
            return ("deliveryStarted", .onItsWay(arrivesAt: e.at.addingTimeInterval(Double(e.travelMinutes) * 60)))
        case .pickedUp:
            return ("pickedUp", .pickedUp)
        case .delivered(let e):
            let window = ReviewWindow(deliveredAt: e.at)
            return ("delivered", .delivered(reviewOpensAt: window.opensAt, reviewClosesAt: window.closesAt))
        case .queuedForKitchen:
            return ("queued", .queued(store: store))
        case .admitted:
            return ("awaitingConfirmation", .admitted(store: store))
        case .paymentRequested, .refunded, .reviewed, .reviewReplied, .cardHoldReleased:
            return nil
        }
    }

    public func text(in language: Language) -> String {
        switch language {
        case .korean: korean
        case .english: english
        }
    }

    private var english: String {
        switch self {
        case .placed(let store): "Order placed at \(store); waiting for payment."
        case .paid(let store, let amount): "Paid \(amount.text(in: .english)): your order went to \(store)."
        case .paymentDeclined(let reason): "Payment declined (\(reason)); try another card."
        case .paymentFailed: "The payment system failed; nothing was charged. Try again."
        case .cancelledByCustomer(let refund): "You cancelled your order.\(Self.englishRefund(refund))"
        case .paymentExpired(let store, let reason): "Your order at \(store) was cancelled: \(reason)."
        case .notConfirmedInTime(let store, let refund):
            "\(store) did not confirm in time, so the order was cancelled.\(Self.englishRefund(refund))"
        case .cancelledByStore(let store, let reason, let refund):
            "\(store) cancelled the order (\(reason)).\(Self.englishRefund(refund))"
        case .rejected(let store, let reason, let refund): "\(store) could not take the order (\(reason)).\(Self.englishRefund(refund))"
        case .confirmed(let store, let readyAt): "\(store) confirmed your order; ready around \(KoreanTime.clock(readyAt))."
        case .onItsWay(let arrivesAt): "Your food is on its way; arriving around \(KoreanTime.clock(arrivesAt))."
        case .riderReleased: "Your rider gave the job back; we are finding another rider."
        case .pickedUp: "The rider has picked up your order."
        case .delivered(let opens, let closes):
            "Delivered. Review it from \(KoreanTime.clock(opens)) until \(KoreanTime.dayAndClock(closes))."
        case .queued(let store): "\(store) is busy: your paid order waits in its queue, first come first served."
        case .admitted(let store): "Your turn: your order went to \(store)."
        }
    }

    private var korean: String {
        typealias P = KoreanParticle
        switch self {
        case .placed(let store): return "\(store)에 주문했어요. 결제를 기다리고 있어요."
        case .paid(let store, let amount): return "\(amount) 결제 완료. 주문이 \(store)에 전달됐어요."
        case .paymentDeclined(let reason):
            return "결제가 거절됐어요(\(DeclineReason.korean(describing: reason))). 다른 카드로 결제하세요."
        case .paymentFailed: return "결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요. 다시 시도해 주세요."
        case .cancelledByCustomer(let refund): return "주문을 취소했어요.\(Self.koreanRefund(refund))"
        case .paymentExpired(let store, _): return "결제가 제시간에 끝나지 않아 \(store) 주문이 취소됐어요. 청구된 금액은 없어요."
        case .notConfirmedInTime(let store, let refund):
            return "\(P.subject(store)) 제시간에 주문을 확인하지 않아 주문이 취소됐어요.\(Self.koreanRefund(refund))"
        case .cancelledByStore(let store, let reason, let refund):
            return "\(P.subject(store)) 주문을 취소했어요(\(reason)).\(Self.koreanRefund(refund))"
        case .rejected(let store, let reason, let refund):
            return "\(P.subject(store)) 주문을 받지 못했어요(\(reason)). \(refund) 환불돼요."
        case .confirmed(let store, let readyAt): return "\(store)에서 주문을 확인했어요. \(KoreanTime.clock(readyAt))쯤 준비돼요."
        case .onItsWay(let arrivesAt): return "음식이 출발했어요. \(KoreanTime.clock(arrivesAt))쯤 도착해요."
        case .riderReleased: return "라이더가 배차를 반납했어요. 다른 라이더를 찾고 있어요."
        case .pickedUp: return "라이더가 주문을 픽업했어요."
        case .delivered(let opens, let closes):
            return "배달 완료. \(KoreanTime.clock(opens))부터 \(KoreanTime.dayAndClock(closes))까지 리뷰를 쓸 수 있어요."
        case .queued(let store): return "\(P.subject(store)) 바빠요. 결제한 주문은 대기열에서 먼저 온 순서대로 기다려요."
        case .admitted(let store): return "차례가 됐어요. 주문이 \(store)에 전달됐어요."
        }
    }

    private static func englishRefund(_ refund: Won?) -> String { refund.map { " \($0.text(in: .english)) refunded." } ?? "" }
    private static func koreanRefund(_ refund: Won?) -> String { refund.map { " \($0) 환불돼요." } ?? "" }
}
