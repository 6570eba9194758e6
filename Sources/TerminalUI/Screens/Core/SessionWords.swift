import DeliveryDomain

/// Words every screen shares: the brand in the title bar, the help overlay, the `/` filter's
/// line, how stores' availability and modes read, and the payment system's state.
enum SessionWords: Equatable, Sendable, WordedPerLanguage {
    case brand, signedInBrand
    case help, closeHelp
    case filterPlaceholder, filterTyping, filterKept
    /// `3/12건`: rows the filter leaves of all.
    case filterCount(shown: Int, total: Int)
    case open, busy, paused, closed
    case paymentsNormal, paymentBlocked, paymentSince(String), paymentRecovering, noPaymentWorker
    case paymentsWaiting(Int)
    case paymentPausedWhat, paymentPausedMeaning, paymentDelayedStores

    var korean: String {
        switch self {
        case .brand: "배달 baedal"
        case .signedInBrand: "배달"
        case .help: "도움말"
        case .closeHelp: "Esc/? 닫기"
        case .filterPlaceholder: "찾을 말"
        case .filterTyping: "Enter 유지 · Esc 지우기 · ↑↓ 이동"
        case .filterKept: "Esc 지우기 · / 고치기"
        case .filterCount(let shown, let total): "\(shown)/\(total)건"
        case .open: "영업 중"
        case .busy: "바쁨"
        case .paused: "주문 중지"
        case .closed: "영업 종료"
        case .paymentsNormal: "결제 정상"
        case .paymentBlocked: "결제 시스템 장애 · 차단 중"
        case .paymentSince(let time): " (since \(time))"
        case .paymentRecovering: "결제 시스템 복구 확인 중"
        case .noPaymentWorker: "결제 처리기 없음"
        case .paymentsWaiting(let count): "결제 대기 \(count)건"
        case .paymentPausedWhat: "결제 시스템이 잠시 멈췄어요"
        case .paymentPausedMeaning: "주문은 안전하게 대기 중이고, 복구되면 자동으로 결제돼요"
        case .paymentDelayedStores: "결제가 잠시 늦어지고 있어요 · 주문은 그대로 받고, 복구되면 자동 결제돼요"
        }
    }

    var english: String {
        switch self {
        case .brand: "baedal"
        case .signedInBrand: "baedal"
        case .help: "Help"
        case .closeHelp: "Esc/? close"
        case .filterPlaceholder: "filter"
        case .filterTyping: "Enter keep · Esc clear · ↑↓ move"
        case .filterKept: "Esc clear · / edit"
        case .filterCount(let shown, let total): "\(shown)/\(total)"
        case .open: "open"
        case .busy: "busy"
        case .paused: "paused"
        case .closed: "closed"
        case .paymentsNormal: "payments OK"
        case .paymentBlocked: "payment system down · blocked"
        case .paymentSince(let time): " (since \(time))"
        case .paymentRecovering: "payment system recovering"
        case .noPaymentWorker: "no payment worker"
        case .paymentsWaiting(let count): "\(count) payment\(count == 1 ? "" : "s") waiting"
        case .paymentPausedWhat: "The payment system has paused"
        case .paymentPausedMeaning: "your order waits safely and is paid automatically when it is back"
        case .paymentDelayedStores: "Payments are delayed · orders are still taken and paid automatically when it is back"
        }
    }
}

extension Role {
    /// How the screens name the role: `고객`, `Customer`.
    func label(in language: Language) -> String {
        switch language {
        case .korean: name(in: .korean)
        case .english: name(in: .english).capitalized
        }
    }
}
