import DeliveryDomain
import Foundation
import Testing

@testable import DeliveryEngine

/// The notifications' part of the message catalog: every notice is worded in Korean and in
/// English, and survives the trip through its JSON column unchanged.
@Suite("Message catalog: customer notices")
struct CustomerNoticeCatalogTests {
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)

    static let examples: [CustomerNotice] = [
        .placed(store: "BBQ"), .paid(store: "BBQ", amount: Won(15_000)), .paymentDeclined(reason: "card declined"),
        .cancelledByCustomer(refund: Won(15_000)), .paymentExpired(store: "BBQ", reason: "payment could not be completed"),
        .notConfirmedInTime(store: "BBQ", refund: Won(15_000)), .cancelledByStore(store: "BBQ", reason: "no rice", refund: nil),
        .rejected(store: "BBQ", reason: "no rice", refund: Won(15_000)), .confirmed(store: "BBQ", readyAt: noon),
        .onItsWay(arrivesAt: noon), .riderReleased, .pickedUp,
        .delivered(reviewOpensAt: noon, reviewClosesAt: noon.addingTimeInterval(86_400)),
        .queued(store: "BBQ"), .admitted(store: "BBQ"),
        .paymentFailed,
    ]

    @Test func everyKeyHasAnExample() {
        let covered = Set(Self.examples.map(\.key))
        #expect(CustomerNotice.Key.allCases.filter { !covered.contains($0) }.isEmpty)
    }

    @Test(arguments: examples)
    func everyNoticeIsWordedInEveryLanguage(_ notice: CustomerNotice) throws {
        let korean = notice.text(in: .korean)
        let english = notice.text(in: .english)
        #expect(korean != english && !english.isEmpty)
        #expect(korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(korean)")
        #expect(!english.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(english)")
        let entry = NotificationEntry(
            position: 1, accountId: AccountID("a"), orderId: OrderID("o"), status: "s", notice: notice, createdAt: Self.noon)
        let json = Data(try entry.noticeJSON.utf8)
        #expect(try NotificationEntry.databaseJSONDecoder(for: "notice").decode(CustomerNotice.self, from: json) == notice)
    }

    @Test func aRefundIsSaidInEachLanguagesWay() {
        let notice = CustomerNotice.notConfirmedInTime(store: "홍콩반점", refund: Won(15_000))
        #expect(notice.text(in: .korean) == "홍콩반점이 제시간에 주문을 확인하지 않아 주문이 취소됐어요. 15,000원 환불돼요.")
        #expect(notice.text(in: .english) == "홍콩반점 did not confirm in time, so the order was cancelled. ₩15,000 refunded.")
    }
}
