import DeliveryDomain

/// The owner's menu, sales and reviews pages' words, in each language.
enum OwnerMenuText: Equatable, Sendable, WordedPerLanguage {
    case addItem, editItem, nameLabel, namePlaceholder, priceLabel, descriptionLabel, optional, save
    case priceAsNumber
    case added(String), edited(String), markedSoldOut, backOnSale
    case removeTitle, removeQuestion(String), removeButton, removed(String)
    case menuTitle(store: String), loadingMenu, emptyMenu, menuSummary(items: Int, soldOut: Int)
    case soldOut, onSale
    case itemColumn, descriptionColumn, priceColumn, statusColumn
    case salesTitle(store: String), loadingSales
    case today, overall, cancelled, rating
    case deliveredRevenue(orders: Int), fees(String), cancelledSummary(Int), salesNote
    case ownerReplyInDetail, noReplyYet, reviewTitle(customer: String), timeFact, starsFact, orderFact
    case replyTitle(customer: String), replyLabel, replyPlaceholder, postReply, replied
    case reviewsTitle(store: String), noReviews, notReplied, repliedColumn
    case timeColumn, starsColumn, customerColumn, reviewColumn, replyColumn
    case ownerReply(String)

    var korean: String {
        switch self {
        case .addItem: "메뉴 추가"
        case .editItem: "메뉴 고치기"
        case .nameLabel: "이름"
        case .namePlaceholder: "예: 짜장면"
        case .priceLabel: "가격(원)"
        case .descriptionLabel: "설명"
        case .optional: "선택"
        case .save: "저장"
        case .priceAsNumber: "가격을 원 단위 숫자로 입력하세요 (예: 7000)."
        case .added(let name): "\(KoreanParticle.object(name)) 메뉴에 넣었어요."
        case .edited(let name): "\(KoreanParticle.object(name)) 고쳤어요."
        case .markedSoldOut: "품절로 표시했어요."
        case .backOnSale: "다시 판매해요."
        case .removeTitle: "메뉴 삭제"
        case .removeQuestion(let name): "\(KoreanParticle.object(name)) 메뉴에서 뺄까요? 손님이 더는 주문할 수 없고, 되돌릴 수 없어요(이미 들어온 주문은 그대로예요)."
        case .removeButton: "삭제"
        case .removed(let name): "\(KoreanParticle.object(name)) 메뉴에서 뺐어요."
        case .menuTitle(let store): "메뉴 · \(store)"
        case .loadingMenu: "메뉴를 불러오는 중…"
        case .emptyMenu: "메뉴가 비어 있어요. a로 첫 메뉴를 넣어 보세요."
        case .menuSummary(let items, let soldOut): "메뉴 \(items)개 · 품절 \(soldOut)개"
        case .soldOut: "품절"
        case .onSale: "판매 중"
        case .itemColumn: "메뉴"
        case .descriptionColumn: "설명"
        case .priceColumn: "가격"
        case .statusColumn: "상태"
        case .salesTitle(let store): "매출 · \(store)"
        case .loadingSales: "매출을 불러오는 중…"
        case .today: "오늘"
        case .overall: "전체"
        case .cancelled: "취소·거절"
        case .rating: "평점"
        case .deliveredRevenue(let orders): "배달 완료 \(orders)건 · 매출 "
        case .fees(let fees): " · 배달팁 \(fees)"
        case .cancelledSummary(let count): "결제 후 취소·거절 \(count)건 (모두 환불)"
        case .salesNote: "매출은 음식값만 세요 (배달팁 제외). 배달이 끝나면 바로 반영돼요."
        case .ownerReplyInDetail: "\n\n사장님 답글: "
        case .noReplyYet: "아직 답글이 없어요. r로 답글을 달 수 있어요."
        case .reviewTitle(let customer): "리뷰 · \(customer)"
        case .timeFact: "시각"
        case .starsFact: "별점"
        case .orderFact: "주문"
        case .replyTitle(let customer): "답글 · \(customer)"
        case .replyLabel: "답글"
        case .replyPlaceholder: "고마운 마음을 전해 보세요"
        case .postReply: "답글 달기"
        case .replied: "답글을 달았어요."
        case .reviewsTitle(let store): "리뷰 · \(store)"
        case .noReviews: "아직 리뷰가 없어요. 배달 1시간 뒤부터 고객이 리뷰를 쓸 수 있어요."
        case .notReplied: "답글 전"
        case .repliedColumn: "답글 완료"
        case .timeColumn: "시각"
        case .starsColumn: "별점"
        case .customerColumn: "고객"
        case .reviewColumn: "리뷰"
        case .replyColumn: "답글"
        case .ownerReply(let reply): "사장님: \(reply)"
        }
    }

    var english: String {
        switch self {
        case .addItem: "Add a menu item"
        case .editItem: "Edit menu item"
        case .nameLabel: "Name"
        case .namePlaceholder: "e.g. 짜장면"
        case .priceLabel: "Price (₩)"
        case .descriptionLabel: "About"
        case .optional: "optional"
        case .save: "save"
        case .priceAsNumber: "Enter the price in won, as a number (e.g. 7000)."
        case .added(let name): "\(name) is on the menu."
        case .edited(let name): "\(name) changed."
        case .markedSoldOut: "Marked sold out."
        case .backOnSale: "On sale again."
        case .removeTitle: "Remove a dish"
        case .removeQuestion(let name):
            "Take \(name) off the menu? Customers can no longer order it, and it cannot be undone (orders already placed keep it)."
        case .removeButton: "Remove"
        case .removed(let name): "\(name) is off the menu."
        case .menuTitle(let store): "Menu · \(store)"
        case .loadingMenu: "Loading the menu…"
        case .emptyMenu: "The menu is empty. Press a to add the first item."
        case .menuSummary(let items, let soldOut): "\(items) item\(items == 1 ? "" : "s") · \(soldOut) sold out"
        case .soldOut: "sold out"
        case .onSale: "on sale"
        case .itemColumn: "Item"
        case .descriptionColumn: "About"
        case .priceColumn: "Price"
        case .statusColumn: "Status"
        case .salesTitle(let store): "Sales · \(store)"
        case .loadingSales: "Loading sales…"
        case .today: "Today"
        case .overall: "Overall"
        case .cancelled: "Cancelled"
        case .rating: "Rating"
        case .deliveredRevenue(let orders): "\(orders) delivered · sales "
        case .fees(let fees): " · fees \(fees)"
        case .cancelledSummary(let count): "\(count) cancelled or rejected after payment (all refunded)"
        case .salesNote: "Sales count the food only (no delivery fees), as soon as a delivery ends."
        case .ownerReplyInDetail: "\n\nOwner's reply: "
        case .noReplyYet: "No reply yet. Press r to reply."
        case .reviewTitle(let customer): "Review · \(customer)"
        case .timeFact: "Time"
        case .starsFact: "Stars"
        case .orderFact: "Order"
        case .replyTitle(let customer): "Reply · \(customer)"
        case .replyLabel: "Reply"
        case .replyPlaceholder: "say thank you"
        case .postReply: "reply"
        case .replied: "Reply posted."
        case .reviewsTitle(let store): "Reviews · \(store)"
        case .noReviews: "No reviews yet. Customers can write one from an hour after delivery."
        case .notReplied: "no reply"
        case .repliedColumn: "replied"
        case .timeColumn: "Time"
        case .starsColumn: "Stars"
        case .customerColumn: "Customer"
        case .reviewColumn: "Review"
        case .replyColumn: "Reply"
        case .ownerReply(let reply): "Owner: \(reply)"
        }
    }
}

extension OwnerModel {
    func words(_ text: OwnerMenuText) -> String { text.text(in: language) }
}
