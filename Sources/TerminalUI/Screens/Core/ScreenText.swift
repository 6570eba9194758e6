import DeliveryDomain
import Foundation
import Payments

/// The screens' own sentences that are not a rule's refusal and belong to no one role: the
/// terminal's part of the message catalog, each worded per language with one exhaustive
/// `switch` apiece. Labels and hints live beside it (``SessionWords``, ``LauncherText`` and each
/// role's own).
public enum ScreenText: Equatable, Sendable, Localized {
    /// The window is smaller than the screens need: two sentences, drawn on one line when they fit.
    case windowTooSmall(size: String)
    case windowNeeds(minimum: String)
    case invalidExpiry
    /// The first charge of a new order was declined; the order waits for another card.
    case paymentDeclinedOrderWaiting(reason: String, order: String)
    case paymentDeclined(reason: String)
    /// The processor failed, not the card: nothing was charged, and the order (when it was
    /// just placed) waits for payment. No error text: the customer only needs what to do.
    case paymentFailedOrderWaiting(order: String)
    case paymentFailed
    /// A sold-out item blocks checkout until it leaves the cart.
    case soldOutInCart(item: String)
    case notInCart(item: String)
    case deliveryAlreadyStarted(order: String, status: OrderStatus)
    /// `baedal owner` given a customer's account, and so on.
    case wrongSessionForAccount(name: String, role: Role, expected: Role)
    case sampleStoresUnavailable
    /// Over `baedal serve`: the sample accounts' passwords are public, so only the operator
    /// loads them, on the server's machine.
    case sampleStoresOnlyByOperator
    /// A session given a database file that does not exist: said before the screens start,
    /// with the question whether to create it, so a mistyped `--db` is not a new empty database.
    case noDatabaseAt(path: String)
    case createDatabaseQuestion
    case nothingCreated
    case demoUnavailable
    /// What the launcher says after loading `fixtures/sample-stores.baedal`, with the accounts to try.
    case sampleStoresLoaded(stores: Int)
    case sampleStoresMissing
    case sampleScriptFailed(String)
    case demoEnded
    case demoEndedWithStatus(Int32)
    case demoCouldNotStart
    case demoNotInThisBuild
    /// A session served by `baedal serve` has no terminal of its own to hand the demo.
    case demoOnlyOnOwnMachine

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
        case .paymentFailedOrderWaiting(let order):
            "The payment system failed; nothing was charged. Order \(order) is waiting for payment: try again."
        case .paymentFailed: "The payment system failed; nothing was charged. Try again."
        case .soldOutInCart(let item): RuleViolation.soldOut(item).text(in: .english) + " Take it out of the cart to order."
        case .notInCart(let item): "\(item) is not in the cart."
        case .deliveryAlreadyStarted(let order, let status): "Delivery has already started for order \(order): it is \(status.label)."
        case .wrongSessionForAccount(let name, let role, let expected):
            "\(name) is a \(role)'s account; `baedal \(expected)` is for \(expected)s. Run `baedal \(role)` to use it."
        case .sampleStoresUnavailable: "The sample stores are not available here."
        case .sampleStoresOnlyByOperator:
            "Over ssh the sample stores are not loaded: their accounts' passwords are public. The server's operator can load them with baedal run fixtures/sample-stores.baedal."
        case .noDatabaseAt(let path): "There is no database at \(path)."
        case .createDatabaseQuestion: "Create a new, empty one there? [y/N] "
        case .nothingCreated: "Nothing was created. Check the path given with --db (or BAEDAL_DB), or answer y to start a new database."
        case .demoUnavailable: "The demo is not available here."
        case .sampleStoresLoaded(let stores):
            "Sample stores loaded (\(stores) stores). Sign in as customer 김민수 / minsu-1234, owner 박사장 / hongkong-1234 or rider 정라이더 / rider-12345."
        case .sampleStoresMissing:
            "Cannot find fixtures/sample-stores.baedal: set BAEDAL_FIXTURES to the fixtures folder, or run baedal from the project folder."
        case .sampleScriptFailed(let failure): "The sample script failed: \(failure)"
        case .demoEnded: "The demo has ended."
        case .demoEndedWithStatus(let status): "The demo ended with status \(status)."
        case .demoCouldNotStart: "The demo could not start."
        case .demoNotInThisBuild: "The demo is not available in this build: `baedal demo` does not exist yet."
        case .demoOnlyOnOwnMachine: "The demo is not shown here. It runs on your own machine: swift run baedal demo."
        }
    }

    private var korean: String {
        typealias P = KoreanParticle
        switch self {
        case .windowTooSmall(let size): return "창이 너무 작아요: \(size)."
        case .windowNeeds(let minimum): return "baedal에는 \(minimum) 이상이 필요해요."
        case .invalidExpiry: return "유효기간이 올바르지 않아요. 카드에 적힌 월과 연도를 MM/YY로 입력하세요."
        case .paymentDeclinedOrderWaiting(let reason, let order):
            return "결제가 거절됐어요(\(DeclineReason.korean(describing: reason))). 주문 \(P.subject(order)) 결제를 기다려요. 다른 카드로 결제하세요."
        case .paymentDeclined(let reason): return "결제가 거절됐어요(\(DeclineReason.korean(describing: reason))). 다른 카드로 결제하세요."
        case .paymentFailedOrderWaiting(let order):
            return "결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요. 주문 \(P.subject(order)) 결제를 기다려요. 다시 시도해 주세요."
        case .paymentFailed: return "결제 시스템 오류로 결제되지 않았어요. 청구된 금액은 없어요. 다시 시도해 주세요."
        case .soldOutInCart(let item): return RuleViolation.soldOut(item).text(in: .korean) + " 장바구니에서 빼야 주문할 수 있어요."
        case .notInCart(let item): return "\(P.topic(item)) 장바구니에 없어요."
        case .deliveryAlreadyStarted(let order, let status):
            return "주문 \(order)의 배달이 이미 시작됐어요. 지금 \(P.copula(status.koreanLabel))."
        case .wrongSessionForAccount(let name, let role, let expected):
            return
                "\(P.topic(name)) \(role.name(in: .korean)) 계정이에요. `baedal \(expected)`는 \(expected.name(in: .korean))용이에요. `baedal \(role)`로 실행하세요."
        case .sampleStoresUnavailable: return "여기서는 예시 가게를 불러올 수 없어요."
        case .sampleStoresOnlyByOperator:
            return "ssh로는 예시 가게를 불러올 수 없어요. 예시 계정의 비밀번호가 공개되어 있어서, 서버 운영자가 baedal run fixtures/sample-stores.baedal로 불러와요."
        case .noDatabaseAt(let path): return "\(path)에 데이터베이스가 없어요."
        case .createDatabaseQuestion: return "그 자리에 빈 데이터베이스를 새로 만들까요? [y/N] "
        case .nothingCreated:
            return "아무것도 만들지 않았어요. --db(또는 BAEDAL_DB)로 준 경로를 확인하거나, 새 데이터베이스를 시작하려면 y로 답하세요."
        case .demoUnavailable: return "여기서는 데모를 열 수 없어요."
        case .sampleStoresLoaded(let stores):
            return
                "샘플 가게를 불러왔어요 (가게 \(stores)곳). 고객 김민수 / minsu-1234, 사장님 박사장 / hongkong-1234, 라이더 정라이더 / rider-12345 로 로그인해 보세요."
        case .sampleStoresMissing:
            return "fixtures/sample-stores.baedal을 찾을 수 없어요. BAEDAL_FIXTURES에 fixtures 폴더를 지정하거나 프로젝트 폴더에서 baedal을 실행하세요."
        case .sampleScriptFailed(let failure): return "샘플 스크립트가 실패했어요: \(failure)"
        case .demoEnded: return "데모가 끝났어요."
        case .demoEndedWithStatus(let status): return "데모가 상태 \(status)로 끝났어요."
        case .demoCouldNotStart: return "데모를 시작할 수 없어요."
        case .demoNotInThisBuild: return "이 빌드에는 데모가 없어요: `baedal demo`가 아직 없어요."
        case .demoOnlyOnOwnMachine: return "데모는 여기서 볼 수 없어요. 내 컴퓨터에서 swift run baedal demo로 보세요."
        }
    }
}
