import DeliveryDomain
import DeliveryEngine

/// The launcher's and the sign-in and sign-up forms' words, in each language.
enum LauncherText: Equatable, Sendable, WordedPerLanguage {
    case start, signIn, signUp, demo, quit, loadSamples
    case loadSamplesDetail, signInDetail, signUpDetail, demoDetail
    case tagline, noStoresYet
    case allStoresOpen(total: Int), allStoresClosed(total: Int), someStoresOpen(open: Int, total: Int)
    case openingDemo, loadingSamples
    /// `고객 로그인`: the sign-in form started for one role.
    case roleSignIn(Role)
    case nameLabel, passwordLabel, repeatLabel, roleLabel
    case namePlaceholder, passwordPlaceholder, newNamePlaceholder, repeatPlaceholder
    case enterName, enterPassword, signingIn, signingUp, passwordsDiffer
    case enterNameAndPassword
    /// Shown on the launcher a session was sent back to when its account's password changed
    /// somewhere else (another session, or the operator's reset).
    case signedOutByPasswordChange

    var korean: String {
        switch self {
        case .start: "시작"
        case .signIn: "로그인"
        case .signUp: "회원가입"
        case .demo: "데모"
        case .quit: "종료"
        case .loadSamples: "샘플 가게 불러오기"
        case .loadSamplesDetail: "가게 5곳과 샘플 계정"
        case .signInDetail: "역할에 맞는 화면이 열려요"
        case .signUpDetail: "고객 · 사장님 · 라이더"
        case .demoDetail: "baedal demo: 규칙 둘러보기"
        case .tagline: "터미널에서 주문하고, 조리하고, 배달해요."
        case .noStoresYet: "아직 가게가 없어요. 샘플 가게를 불러와 보세요."
        case .allStoresOpen(let total): "가게 \(total)곳이 모두 문을 열었어요."
        case .allStoresClosed(let total): "가게 \(total)곳이 지금은 모두 문을 닫았어요."
        case .someStoresOpen(let open, let total): "가게 \(total)곳 중 \(open)곳이 문을 열었어요."
        case .openingDemo: "데모를 여는 중…"
        case .loadingSamples: "샘플 가게를 불러오는 중… (계정 9개의 비밀번호를 해시하느라 몇 초 걸려요)"
        case .roleSignIn(let role): "\(role.label(in: .korean)) 로그인"
        case .nameLabel: "이름"
        case .passwordLabel: "비밀번호"
        case .repeatLabel: "비밀번호 확인"
        case .roleLabel: "역할"
        case .namePlaceholder: "이름 (예: 김민수)"
        case .passwordPlaceholder: "8자 이상"
        case .newNamePlaceholder: "2~20자, 한글 가능"
        case .repeatPlaceholder: "한 번 더"
        case .enterName: "이름을 입력하세요."
        case .enterPassword: "비밀번호를 입력하세요."
        case .signingIn: "로그인하는 중…"
        case .signingUp: "가입하는 중…"
        case .passwordsDiffer: "두 비밀번호가 달라요. 다시 입력하세요."
        case .enterNameAndPassword: "계정 이름과 비밀번호를 입력하세요."
        case .signedOutByPasswordChange: "다른 곳에서 비밀번호가 바뀌어 로그아웃했어요. 새 비밀번호로 로그인하세요."
        }
    }

    var english: String {
        switch self {
        case .start: "Start"
        case .signIn: "Sign in"
        case .signUp: "Sign up"
        case .demo: "Demo"
        case .quit: "Quit"
        case .loadSamples: "Load sample stores"
        case .loadSamplesDetail: "5 stores and sample accounts"
        case .signInDetail: "opens your role's screens"
        case .signUpDetail: "customer · owner · rider"
        case .demoDetail: "baedal demo: a tour of the rules"
        case .tagline: "Order, cook and deliver, in the terminal."
        case .noStoresYet: "No stores yet. Try loading the sample stores."
        case .allStoresOpen(let total): total == 1 ? "The 1 store is open." : "All \(total) stores are open."
        case .allStoresClosed(let total): total == 1 ? "The 1 store is closed now." : "All \(total) stores are closed now."
        case .someStoresOpen(let open, let total): "\(open) of \(total) stores \(open == 1 ? "is" : "are") open."
        case .openingDemo: "Opening the demo…"
        case .loadingSamples: "Loading the sample stores… (hashing 9 accounts' passwords takes a few seconds)"
        case .roleSignIn(let role): "\(role.label(in: .english)) sign in"
        case .nameLabel: "Name"
        case .passwordLabel: "Password"
        case .repeatLabel: "Repeat"
        case .roleLabel: "Role"
        case .namePlaceholder: "name (e.g. 김민수)"
        case .passwordPlaceholder: "8 or more characters"
        case .newNamePlaceholder: "2-20 characters, Hangul welcome"
        case .repeatPlaceholder: "once more"
        case .enterName: "Enter a name."
        case .enterPassword: "Enter the password."
        case .signingIn: "Signing in…"
        case .signingUp: "Signing up…"
        case .passwordsDiffer: "The two passwords differ. Type them again."
        case .enterNameAndPassword: "Enter the account's name and password."
        case .signedOutByPasswordChange: "Your password was changed elsewhere, so you were signed out. Sign in with the new one."
        }
    }
}
