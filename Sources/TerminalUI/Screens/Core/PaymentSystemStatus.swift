import DeliveryDomain
import DeliveryEngine
import Foundation

/// The payment system as the screens tell it, judged from the active worker's last report
/// (``PaymentGatewayHealth``) at the session's time of reading.
///
/// The worker rewrites its report at least every 2 s, so a report older than ``staleAfter``
/// means no worker is running: the breaker it names is no longer anyone's, and the screens
/// say the payments wait for a worker instead.
public enum PaymentSystemStatus: Equatable, Sendable {
    /// The breaker is closed: payments go through.
    case normal
    /// The breaker is open: the gateway is failing and is not called until it has had a rest.
    case blocked(since: Date, pending: Int)
    /// The breaker is half-open: a few probes test whether the gateway is back.
    case recovering(pending: Int)
    /// The last report is older than ``staleAfter``: no payment worker is running.
    case noWorker(pending: Int)

    /// Five missed heartbeats: a busy machine can delay one or two, not five.
    public static let staleAfter: TimeInterval = 10

    /// Nil when no worker ever reported (no gateway in use), or when the last one left with
    /// nothing waiting: the screens then say nothing.
    public init?(_ health: PaymentGatewayHealth?, at now: Date) {
        guard let health else { return nil }
        if now.timeIntervalSince(health.updatedAt) > Self.staleAfter {
            guard health.pendingPayments > 0 else { return nil }
            self = .noWorker(pending: health.pendingPayments)
            return
        }
        switch health.breaker {
        case .closed: self = .normal
        case .open: self = .blocked(since: health.since, pending: health.pendingPayments)
        case .halfOpen: self = .recovering(pending: health.pendingPayments)
        }
    }

    /// Whether the gateway is known to be failing or on probation, so a waiting payment is
    /// the payment system's doing, not the customer's card.
    var isInterrupted: Bool {
        switch self {
        case .blocked, .recovering: true
        case .normal, .noWorker: false
        }
    }

    /// The owner's one-line summary, as spans: `결제 시스템 장애 · 차단 중 (since 12:01:05) · 결제 대기 3건`.
    func ownerSpans(in language: Language) -> [Span] {
        func words(_ text: SessionWords) -> String { text.text(in: language) }
        switch self {
        case .normal:
            return [Span(words(.paymentsNormal), style: .muted)]
        case .blocked(let since, let pending):
            return [
                Span(words(.paymentBlocked), style: .warning.bold()),
                Span(
                    words(.paymentSince(TimeText.clockWithSeconds(since))) + " · " + words(.paymentsWaiting(pending)),
                    style: .warning),
            ]
        case .recovering(let pending):
            return [Span(words(.paymentRecovering), style: .warning), Span(" · " + words(.paymentsWaiting(pending)), style: .warning)]
        case .noWorker(let pending):
            return [Span(words(.noPaymentWorker), style: .warning.bold()), Span(" — " + words(.paymentsWaiting(pending)), style: .warning)]
        }
    }

    /// What a customer whose payment waits is told while the gateway is interrupted: one line
    /// when it fits `width`, otherwise broken after the dash rather than mid-phrase.
    static func customerExplanation(width: Int, in language: Language) -> [String] {
        let (what, meaning) = (SessionWords.paymentPausedWhat.text(in: language), SessionWords.paymentPausedMeaning.text(in: language))
        let whole = "\(what) — \(meaning)"
        if whole.displayWidth <= width { return [whole] }
        return [what, meaning].flatMap { $0.wrapped(toWidth: width) }
    }

    /// The stores list's one line while the breaker is open.
    static func storesNotice(in language: Language) -> String { SessionWords.paymentDelayedStores.text(in: language) }
}
