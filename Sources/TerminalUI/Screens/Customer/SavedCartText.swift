import DeliveryDomain

/// What the customer is told about the cart they left: put back as it was, or with dishes
/// left out and prices changed (``CartRestore``), and a save that failed.
enum SavedCartText: Equatable, Sendable, WordedPerLanguage {
    case restored(count: Int, limit: Int), restoredNothing
    case dropped(String), repriced(String)
    case removedFromMenu(String), soldOut(String), overLimit(item: String, limit: Int), storeGone(String)
    case priceChange(item: String, was: String, now: String)
    case notSaved(String)

    var korean: String {
        switch self {
        case .restored(let count, let limit): "지난번 장바구니를 불러왔어요 · 장바구니 \(count)/\(limit)"
        case .restoredNothing: "지난번 장바구니를 다시 담을 수 없었어요"
        case .dropped(let items): "장바구니에서 빠진 메뉴: " + items
        case .repriced(let items): "가격이 바뀐 메뉴: " + items
        case .removedFromMenu(let item): "\(item)(메뉴에서 빠짐)"
        case .soldOut(let item): "\(item)(품절)"
        case .overLimit(let item, let limit): "\(item)(\(limit)개 초과)"
        case .storeGone(let store): "\(store)의 메뉴 전부(가게를 찾을 수 없음)"
        case .priceChange(let item, let was, let now): "\(item) \(was) → \(now)"
        case .notSaved(let reason): "장바구니를 저장하지 못했어요. 다음에 접속하면 없을 수 있어요: " + reason
        }
    }

    var english: String {
        switch self {
        case .restored(let count, let limit): "Your last cart is back · cart \(count)/\(limit)"
        case .restoredNothing: "Nothing from your last cart could go back in"
        case .dropped(let items): "Taken out of your cart: " + items
        case .repriced(let items): "Prices changed: " + items
        case .removedFromMenu(let item): "\(item) (no longer on the menu)"
        case .soldOut(let item): "\(item) (sold out)"
        case .overLimit(let item, let limit): "\(item) (over \(limit) items)"
        case .storeGone(let store): "everything from \(store) (the store no longer exists)"
        case .priceChange(let item, let was, let now): "\(item) was \(was), now \(now)"
        case .notSaved(let reason): "The cart could not be saved, so it may be gone next time: " + reason
        }
    }
}

extension CustomerModel {
    func savedCartWords(_ text: SavedCartText) -> String { text.text(in: language) }
}
