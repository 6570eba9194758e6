import DeliveryDomain

/// What a key does, as the hint bar and the help overlay name it: the catalog's words for
/// actions, shared by every role so one action reads the same on every screen. English is
/// kept short, since the hint bar is one line at 80 columns.
enum HintWord: CaseIterable, Equatable, Sendable, WordedPerLanguage {
    // Every screen
    case move, back, help, quit, close, open, choose, tabs, previousTab, signOut, sshKeys
    case firstLast, pageByPage, scroll, nextField, previousField, moveField, clearField, confirm
    case filter
    // Launcher and account
    case signIn, signUp, chooseRole, addKey, delete, changePassword
    // Customer
    case search, keepSearch, clearSearch, category, favourite, viewMenu, storeList, addToCart, takeOut
    case quantity, emptyCart, checkout, pay, cart, payByCard, payByOtherCard, payAgain, remember, makeDefault, addAddress
    case viewOrder, writeReview, readReviews, reorder, viewAll, markAllRead, send, starsField, stars, reviewField
    case nextEmptyFieldOrSubmit, clear
    // Owner
    case acceptOrder, reject, startDelivery, switchStore, registerStore, openStore, busy, pauseOrders
    case openingHours, kitchenCapacity, cookingAndCancelTimes, addMenuItem, edit, toggleSoldOut, reply
    case editStoreDetails, removeMenuItem
    // Rider
    case takeJob, pickUp, delivered, giveJobBack

    var korean: String {
        switch self {
        case .move: "이동"
        case .back: "뒤로"
        case .help: "도움말"
        case .quit: "종료"
        case .close: "닫기"
        case .open: "열기"
        case .choose: "고르기"
        case .tabs: "탭"
        case .previousTab: "이전 탭"
        case .signOut: "로그아웃"
        case .sshKeys: "계정"
        case .firstLast: "처음/끝"
        case .pageByPage: "한 쪽씩"
        case .scroll: "스크롤"
        case .nextField: "다음 칸"
        case .previousField: "이전 칸"
        case .moveField: "칸 이동"
        case .clearField: "칸 지우기"
        case .confirm: "확인"
        case .filter: "찾기"
        case .signIn: "로그인"
        case .signUp: "가입"
        case .chooseRole: "역할 고르기"
        case .addKey: "키 등록"
        case .changePassword: "비밀번호"
        case .delete: "삭제"
        case .search: "검색"
        case .keepSearch: "검색 유지"
        case .clearSearch: "검색 지우기"
        case .category: "분류"
        case .favourite: "즐겨찾기"
        case .viewMenu: "메뉴 보기"
        case .storeList: "가게 목록"
        case .addToCart: "담기"
        case .takeOut: "빼기"
        case .quantity: "수량"
        case .emptyCart: "비우기"
        case .checkout: "결제하기"
        case .pay: "결제"
        case .cart: "장바구니"
        case .payByCard: "카드로 결제"
        case .payByOtherCard: "다른 카드로 결제"
        case .payAgain: "다시 결제"
        case .remember: "기억하기"
        case .makeDefault: "기본 주소로"
        case .addAddress: "주소 추가"
        case .viewOrder: "주문 보기"
        case .writeReview: "리뷰 쓰기"
        case .readReviews: "리뷰 보기"
        case .reorder: "다시 담기"
        case .viewAll: "전체 보기"
        case .markAllRead: "모두 읽음"
        case .send: "보내기"
        case .starsField: "별점 칸"
        case .stars: "별점 (별점 칸에서)"
        case .reviewField: "리뷰 칸"
        case .nextEmptyFieldOrSubmit: "다음 빈 칸·등록"
        case .clear: "지우기"
        case .acceptOrder: "주문 확인"
        case .reject: "거절"
        case .startDelivery: "배달 시작"
        case .switchStore: "가게 바꾸기"
        case .registerStore: "새 가게 등록"
        case .openStore: "영업"
        case .busy: "바쁨"
        case .pauseOrders: "주문 중지"
        case .openingHours: "영업 시간"
        case .kitchenCapacity: "주방 수용"
        case .cookingAndCancelTimes: "조리·취소 시간"
        case .addMenuItem: "메뉴 추가"
        case .edit: "고치기"
        case .toggleSoldOut: "품절 전환"
        case .editStoreDetails: "가게 정보"
        case .removeMenuItem: "메뉴 삭제"
        case .reply: "답글"
        case .takeJob: "배달 맡기"
        case .pickUp: "픽업"
        case .delivered: "배달 완료"
        case .giveJobBack: "배차 반납"
        }
    }

    var english: String {
        switch self {
        case .move: "move"
        case .back: "back"
        case .help: "help"
        case .quit: "quit"
        case .close: "close"
        case .open: "open"
        case .choose: "choose"
        case .tabs: "tabs"
        case .previousTab: "prev tab"
        case .signOut: "sign out"
        case .sshKeys: "account"
        case .firstLast: "first/last"
        case .pageByPage: "page"
        case .scroll: "scroll"
        case .nextField: "next field"
        case .previousField: "prev field"
        case .moveField: "fields"
        case .clearField: "clear field"
        case .confirm: "OK"
        case .filter: "filter"
        case .signIn: "sign in"
        case .signUp: "sign up"
        case .chooseRole: "role"
        case .addKey: "add key"
        case .changePassword: "password"
        case .delete: "delete"
        case .search: "search"
        case .keepSearch: "keep search"
        case .clearSearch: "clear search"
        case .category: "category"
        case .favourite: "favourite"
        case .viewMenu: "menu"
        case .storeList: "stores"
        case .addToCart: "add"
        case .takeOut: "remove"
        case .quantity: "qty"
        case .emptyCart: "empty"
        case .checkout: "checkout"
        case .pay: "pay"
        case .cart: "cart"
        case .payByCard: "pay by card"
        case .payByOtherCard: "other card"
        case .payAgain: "pay again"
        case .remember: "remember"
        case .makeDefault: "make default"
        case .addAddress: "add address"
        case .viewOrder: "order"
        case .writeReview: "review"
        case .readReviews: "reviews"
        case .reorder: "reorder"
        case .viewAll: "view all"
        case .markAllRead: "all read"
        case .send: "send"
        case .starsField: "stars field"
        case .stars: "stars (in stars field)"
        case .reviewField: "review field"
        case .nextEmptyFieldOrSubmit: "next empty field/register"
        case .clear: "clear"
        case .acceptOrder: "accept"
        case .reject: "reject"
        case .startDelivery: "start delivery"
        case .switchStore: "store"
        case .registerStore: "new store"
        case .openStore: "open"
        case .busy: "busy"
        case .pauseOrders: "pause"
        case .openingHours: "hours"
        case .kitchenCapacity: "kitchen"
        case .cookingAndCancelTimes: "cook/cancel times"
        case .addMenuItem: "add item"
        case .edit: "edit"
        case .toggleSoldOut: "sold out"
        case .editStoreDetails: "details"
        case .removeMenuItem: "remove"
        case .reply: "reply"
        case .takeJob: "take job"
        case .pickUp: "picked up"
        case .delivered: "delivered"
        case .giveJobBack: "give back"
        }
    }
}

extension KeyHint {
    /// A hint whose action is a catalog word, in the session's language.
    init(key: String, _ word: HintWord, in language: Language) {
        self.init(key: key, action: word.text(in: language))
    }

    init(_ key: Key, _ word: HintWord, in language: Language) {
        self.init(key, action: word.text(in: language))
    }
}
