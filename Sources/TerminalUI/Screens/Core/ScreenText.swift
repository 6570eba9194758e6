import DeliveryDomain
import Foundation

/// The screens' own sentences that are not a rule's refusal: the terminal's part of the message
/// catalog. Labels and hints are drawn in Korean where they are; these are the sentences that
/// were English before, each worded per language with one exhaustive `switch` apiece.
public enum ScreenText: Equatable, Sendable, Localized {
    /// The window is smaller than the screens need: two sentences, drawn on one line when they fit.
    case windowTooSmall(size: String)
    case windowNeeds(minimum: String)
    case invalidExpiry
    /// The first charge of a new order was declined; the order waits for another card.
    case paymentDeclinedOrderWaiting(reason: String, order: String)
    case paymentDeclined(reason: String)
    /// A sold-out item blocks checkout until it leaves the cart.
    case soldOutInCart(item: String)
    case notInCart(item: String)
    case deliveryAlreadyStarted(order: String, status: OrderStatus)
    /// `baedal owner` given a customer's account, and so on.
    case wrongSessionForAccount(name: String, role: Role, expected: Role)
    case sampleStoresUnavailable
    case demoUnavailable

    public func text(in language: Language) -> String {
        switch language {
        case .korean: korean
        case .english: english
        }
    }

    private var english: String {
        switch self {
        case .windowTooSmall(let size): "Window too small: \(size)."
        case .windowNeeds(let minimum): "baedal needs at least \(minimum)."
        case .invalidExpiry: "The expiry date is not valid. Enter the month and year printed on the card, as MM/YY."
        case .paymentDeclinedOrderWaiting(let reason, let order):
            "Payment declined (\(reason)). Order \(order) is waiting for payment: try another card."
        case .paymentDeclined(let reason): "Payment declined (\(reason)). Try another card."
        case .soldOutInCart(let item): RuleViolation.soldOut(item).text(in: .english) + " Take it out of the cart to order."
        case .notInCart(let item): "\(item) is not in the cart."
        case .deliveryAlreadyStarted(let order, let status): "Delivery has already started for order \(order): it is \(status.label)."
        case .wrongSessionForAccount(let name, let role, let expected):
            "\(name) is a \(role)'s account; `baedal \(expected)` is for \(expected)s. Run `baedal \(role)` to use it."
        case .sampleStoresUnavailable: "The sample stores are not available here."
        case .demoUnavailable: "The demo is not available here."
        }
    }

    private var korean: String {
        typealias P = KoreanParticle
        switch self {
        case .windowTooSmall(let size): return "창이 너무 작아요: \(size)."
        case .windowNeeds(let minimum): return "baedal에는 \(minimum) 이상이 필요해요."
        case .invalidExpiry: return "유효기간이 올바르지 않아요. 카드에 적힌 월과 연도를 MM/YY로 입력하세요."
        case .paymentDeclinedOrderWaiting(let reason, let order):
            return "결제가 거절됐어요(\(reason)). 주문 \(P.subject(order)) 결제를 기다려요. 다른 카드로 결제하세요."
        case .paymentDeclined(let reason): return "결제가 거절됐어요(\(reason)). 다른 카드로 결제하세요."
        case .soldOutInCart(let item): return RuleViolation.soldOut(item).text(in: .korean) + " 장바구니에서 빼야 주문할 수 있어요."
        case .notInCart(let item): return "\(P.topic(item)) 장바구니에 없어요."
        case .deliveryAlreadyStarted(let order, let status):
            return "주문 \(order)의 배달이 이미 시작됐어요. 지금 \(P.copula(status.koreanLabel))."
        case .wrongSessionForAccount(let name, let role, let expected):
            return
                "\(P.topic(name)) \(role.name(in: .korean)) 계정이에요. `baedal \(expected)`는 \(expected.name(in: .korean))용이에요. `baedal \(role)`로 실행하세요."
        case .sampleStoresUnavailable: return "여기서는 예시 가게를 불러올 수 없어요."
        case .demoUnavailable: return "여기서는 데모를 열 수 없어요."
        }
    }
}
