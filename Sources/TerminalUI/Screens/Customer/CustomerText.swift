import DeliveryDomain

/// The customer's section titles, store list, menu and cart words, in each language. The
/// checkout, orders, tracking, review, inbox and address pages are worded in
/// ``CustomerOrderText``.
enum CustomerText: Equatable, Sendable, WordedPerLanguage {
    case stores, cart, orders, inbox, checkout, order(String), writeReview, addressesAndCards
    case activeOrders(Int)
    case searchPlaceholder, favouriteAdded, favouriteRemoved
    case opensAt(clock: String, tomorrow: Bool)
    case allCategories, categoryFilter(String?)
    case loadingStores, noOpenStores, noStoreFound
    case storeColumn, categoryColumn, statusColumn, minimumColumn, feeColumn, ratingColumn
    case tookOneOut(item: String, count: Int, limit: Int), addedOne(item: String, count: Int, limit: Int)
    case storeTerms(minimum: String, fee: String, rating: String, prep: Int)
    case loadingMenu, noMenuYet, soldOut, inCart(Int)
    case itemColumn, descriptionColumn, priceColumn
    case cartGauge, cartEmptyGauge(limit: Int), cartFull, roomFor(Int)
    case removed(item: String, count: Int, limit: Int)
    case emptyCartTitle, emptyCartQuestion(store: String, count: Int), emptyCartButton, cartEmptied
    case otherStoreTitle, oneStorePerCart, emptyingRemoves(store: String, count: Int), emptyAndAdd, emptyAndAddButton
    case cartTitle(store: String?), cartEmpty
    case quantityColumn, unitPriceColumn, amountColumn
    case subtotal, deliveryFee, total
    case cannotOrder(String), minimumReached(String)
    case storeReviewsTitle(String), loadingReviews, noReviewsYet, reviewedOn, reviewerColumn, reviewColumn, repliedMark
    case reviewBy(String), orderedDishes, ownerReplied(String)

    var korean: String {
        switch self {
        case .stores: "가게"
        case .cart: "장바구니"
        case .orders: "주문 내역"
        case .inbox: "알림"
        case .checkout: "결제"
        case .order(let id): "주문 \(id)"
        case .writeReview: "리뷰 쓰기"
        case .addressesAndCards: "주소·카드"
        case .activeOrders(let count): "진행 \(count)"
        case .searchPlaceholder: "가게, 메뉴나 분류"
        case .favouriteAdded: "즐겨찾기에 넣었어요."
        case .favouriteRemoved: "즐겨찾기에서 뺐어요."
        case .opensAt(let clock, let tomorrow): (tomorrow ? "내일 " : "") + "\(clock)에 열어요"
        case .allCategories: "전체 분류"
        case .categoryFilter(let category): "분류: \(category ?? "전체") (c)"
        case .loadingStores: "가게를 불러오는 중…"
        case .noOpenStores: "아직 문을 연 가게가 없어요."
        case .noStoreFound: "찾는 가게가 없어요. Esc로 검색을 지우거나 c로 분류를 바꿔 보세요."
        case .storeColumn: "가게"
        case .categoryColumn: "분류"
        case .statusColumn: "상태"
        case .minimumColumn: "최소 주문"
        case .feeColumn: "배달팁"
        case .ratingColumn: "평점"
        case .tookOneOut(let item, let count, let limit): "\(item) 1개를 뺐어요 · 장바구니 \(count)/\(limit)"
        case .addedOne(let item, let count, let limit): "\(item) 1개를 담았어요 · 장바구니 \(count)/\(limit)"
        case .storeTerms(let minimum, let fee, let rating, let prep): "최소 주문 \(minimum) · 배달팁 \(fee) · 평점 \(rating) · 조리 약 \(prep)분"
        case .loadingMenu: "메뉴를 불러오는 중…"
        case .noMenuYet: "아직 메뉴가 없어요."
        case .soldOut: "품절"
        case .inCart(let quantity): "담음 ×\(quantity)"
        case .itemColumn: "메뉴"
        case .descriptionColumn: "설명"
        case .priceColumn: "가격"
        case .cartGauge: "장바구니 "
        case .cartEmptyGauge(let limit): " · 비어 있어요 (한 가게에서 최대 \(limit)개)"
        case .cartFull: "더 담을 수 없어요"
        case .roomFor(let left): "\(left)개 더 담을 수 있어요"
        case .removed(let item, let count, let limit): "\(KoreanParticle.object(item)) 뺐어요 · 장바구니 \(count)/\(limit)"
        case .emptyCartTitle: "장바구니 비우기"
        case .emptyCartQuestion(let store, let count): "\(store)의 \(count)개를 모두 뺄까요?"
        case .emptyCartButton: "비우기"
        case .cartEmptied: "장바구니를 비웠어요."
        case .otherStoreTitle: "다른 가게의 메뉴예요"
        case .oneStorePerCart: "장바구니에는 한 가게의 메뉴만 담을 수 있어요."
        case .emptyingRemoves(let store, let count): "비우면 \(store)의 메뉴 \(count)개가 빠져요."
        case .emptyAndAdd: "장바구니를 비우고 담을까요?"
        case .emptyAndAddButton: "비우고 담기"
        case .cartTitle(let store): store.map { "장바구니 · \($0)" } ?? "장바구니"
        case .cartEmpty: "장바구니가 비어 있어요. 1 가게에서 메뉴를 골라 Enter로 담으세요."
        case .quantityColumn: "수량"
        case .unitPriceColumn: "단가"
        case .amountColumn: "금액"
        case .subtotal: "음식 합계"
        case .deliveryFee: "배달팁"
        case .total: "결제 금액"
        case .cannotOrder(let why): "주문 불가: " + why
        case .minimumReached(let minimum): "✓ 최소 주문 \(minimum) 이상 · Enter로 결제해요"
        case .storeReviewsTitle(let store): "\(store) 리뷰"
        case .loadingReviews: "리뷰를 불러오는 중…"
        case .noReviewsYet: "아직 리뷰가 없어요."
        case .reviewedOn: "작성"
        case .reviewerColumn: "작성자"
        case .reviewColumn: "리뷰"
        case .repliedMark: "답글"
        case .reviewBy(let name): "\(name)님의 리뷰"
        case .orderedDishes: "주문"
        case .ownerReplied(let reply): "사장님: \(reply)"
        }
    }

    var english: String {
        switch self {
        case .stores: "Stores"
        case .cart: "Cart"
        case .orders: "Orders"
        case .inbox: "Inbox"
        case .checkout: "Checkout"
        case .order(let id): "Order \(id)"
        case .writeReview: "Write a review"
        case .addressesAndCards: "Addresses & cards"
        case .activeOrders(let count): "\(count) active"
        case .searchPlaceholder: "store, dish or category"
        case .favouriteAdded: "Added to favourites."
        case .favouriteRemoved: "Removed from favourites."
        case .opensAt(let clock, let tomorrow): "opens \(tomorrow ? "tomorrow " : "")\(clock)"
        case .allCategories: "all categories"
        case .categoryFilter(let category): "Category: \(category ?? "all") (c)"
        case .loadingStores: "Loading stores…"
        case .noOpenStores: "No store has opened yet."
        case .noStoreFound: "No store matches. Clear the search with Esc or change the category with c."
        case .storeColumn: "Store"
        case .categoryColumn: "Category"
        case .statusColumn: "Status"
        case .minimumColumn: "Minimum"
        case .feeColumn: "Fee"
        case .ratingColumn: "Rating"
        case .tookOneOut(let item, let count, let limit): "Took one \(item) out · cart \(count)/\(limit)"
        case .addedOne(let item, let count, let limit): "Added one \(item) · cart \(count)/\(limit)"
        case .storeTerms(let minimum, let fee, let rating, let prep):
            "Minimum \(minimum) · fee \(fee) · rating \(rating) · cooks in about \(prep) min"
        case .loadingMenu: "Loading the menu…"
        case .noMenuYet: "No menu yet."
        case .soldOut: "sold out"
        case .inCart(let quantity): "cart ×\(quantity)"
        case .itemColumn: "Item"
        case .descriptionColumn: "About"
        case .priceColumn: "Price"
        case .cartGauge: "Cart "
        case .cartEmptyGauge(let limit): " · empty (at most \(limit) items, from one store)"
        case .cartFull: "full"
        case .roomFor(let left): "room for \(left) more"
        case .removed(let item, let count, let limit): "Removed \(item) · cart \(count)/\(limit)"
        case .emptyCartTitle: "Empty the cart"
        case .emptyCartQuestion(let store, let count): "Take all \(count) items from \(store) out?"
        case .emptyCartButton: "empty"
        case .cartEmptied: "The cart is empty."
        case .otherStoreTitle: "This dish is from another store"
        case .oneStorePerCart: "A cart holds dishes from one store only."
        case .emptyingRemoves(let store, let count): "Emptying it takes out \(count) items from \(store)."
        case .emptyAndAdd: "Empty the cart and add this one?"
        case .emptyAndAddButton: "empty and add"
        case .cartTitle(let store): store.map { "Cart · \($0)" } ?? "Cart"
        case .cartEmpty: "The cart is empty. Pick a dish on 1 Stores and add it with Enter."
        case .quantityColumn: "Qty"
        case .unitPriceColumn: "Each"
        case .amountColumn: "Amount"
        case .subtotal: "Food"
        case .deliveryFee: "Fee"
        case .total: "Total"
        case .cannotOrder(let why): "Cannot order: " + why
        case .minimumReached(let minimum): "✓ Minimum \(minimum) reached · press Enter to pay"
        case .storeReviewsTitle(let store): "Reviews of \(store)"
        case .loadingReviews: "Loading the reviews…"
        case .noReviewsYet: "No reviews yet."
        case .reviewedOn: "Written"
        case .reviewerColumn: "By"
        case .reviewColumn: "Review"
        case .repliedMark: "reply"
        case .reviewBy(let name): "Review by \(name)"
        case .orderedDishes: "Ordered"
        case .ownerReplied(let reply): "Owner: \(reply)"
        }
    }
}

extension CustomerModel {
    func words(_ text: CustomerText) -> String { text.text(in: language) }
}
