import Foundation
import Testing

@testable import DeliveryDomain

/// The examples in the domain's doc comments, run: a newcomer copies them, so they must be true.
/// When one of these fails, fix the doc comment it names along with the code.
@Suite("Doc comment examples")
struct DocCommentExampleTests {
    /// ``AccountDecider``: a second sign-up under a name lands on the first account's stream.
    @Test func accountDeciderRefusesASecondSignUp() throws {
        let signUp = AccountCommand.signUp(
            name: "김민지", role: .customer,
            passwordLength: 12, passwordHash: "hash", now: Given.noon)
        let events = try AccountDecider.decide(signUp, AccountDecider.initialState)
        #expect(events.count == 1)
        #expect(throws: RuleViolation.nameTaken("김민지")) {
            try AccountDecider.decide(signUp, AccountDecider.fold(events))
        }
    }

    /// ``AccountName``
    @Test func accountNamesAreTrimmedAndHaveNoSpaces() throws {
        #expect(try AccountName.validate(" 김민지 ") == "김민지")
        #expect(throws: RuleViolation.self) { try AccountName.validate("kim minji") }
    }

    /// ``PasswordRule``
    @Test func passwordLengthCountsHangulSyllables() throws {
        try PasswordRule.check("비밀번호는길게쓴다")
        #expect(throws: RuleViolation.weakPassword) { try PasswordRule.check("hunter2") }
    }

    /// ``Won``
    @Test func wonArithmetic() {
        let line = Won(8_000) * 2
        #expect(line.description == "16,000원")
        #expect((line + 3_000).description == "19,000원")
    }

    /// ``NameKey``
    @Test func nameKeys() {
        #expect(NameKey("ＡＬＩＣＥ") == NameKey("alice"))
        #expect(NameKey("홍콩반점") != NameKey("홍콩 반점"))
    }

    /// ``AdmissionPolicy``
    @Test func admissionRoom() {
        let policy = AdmissionPolicy(kitchenCapacity: 20, ordersPerMinute: 30)
        #expect(policy.room(inKitchen: 18, admittedInLastMinute: 5) == 2)
        #expect(policy.room(inKitchen: 0, admittedInLastMinute: 30) == 0)
        #expect(AdmissionPolicy.unlimited.room(inKitchen: 99, admittedInLastMinute: 99) == nil)
    }

    /// ``OpeningHours`` and ``RuleViolation``: a closed store's refusal is a value with a message.
    @Test func closedStoreRefusal() throws {
        var store = Given.store
        store.profile?.hours = try OpeningHours(parsing: "10:00-22:00")
        let late = ISO8601DateFormatter().date(from: "2026-11-18T23:00:00+09:00")!
        let refusal = try #require(store.refusalToOrder(at: late))
        #expect(refusal == .storeClosed(name: "홍콩반점", hours: "10:00-22:00"))
        #expect(refusal.text(in: .korean) == "홍콩반점은 지금 영업 시간이 아니에요(영업 10:00-22:00). 영업 시간에 주문하세요.")
        #expect(refusal.text(in: .english) == "홍콩반점 is closed now (open 10:00-22:00); order during opening hours.")
        #expect(try OpeningHours(parsing: "17:00-02:00").description == "17:00-02:00")
    }

    /// ``StoreNameClaimDecider``
    @Test func storeNameClaims() throws {
        let mine = StoreID("hongkong"), other = StoreID("hongkong-2")
        let claim = StoreNameClaimCommand.claim(mine, name: "홍콩반점", now: Given.noon)
        let held = StoreNameClaimDecider.fold(try StoreNameClaimDecider.decide(claim, StoreNameClaimDecider.initialState))
        #expect(try StoreNameClaimDecider.decide(claim, held).isEmpty)
        #expect(throws: RuleViolation.storeNameTaken(typed: "홍콩반점", existing: "홍콩반점")) {
            try StoreNameClaimDecider.decide(.claim(other, name: "홍콩반점", now: Given.noon), held)
        }
    }

    /// ``StockShardDecider``: 3 portions, orders asking for 2 each.
    @Test func stockShardTakesWhatIsLeft() throws {
        let a = OrderID("a"), b = OrderID("b"), c = OrderID("c")
        func reserve(_ order: OrderID) -> StockCommand {
            .reservePart(order: order, upTo: 2, itemName: "짜장면", now: Given.noon)
        }
        var events = try StockShardDecider.decide(
            .stock(item: Given.jjajang, quantity: 3, shards: nil, now: Given.noon), StockShardDecider.initialState)
        for (order, expected) in [(a, 2), (b, 1)] {
            let decided = try StockShardDecider.decide(reserve(order), StockShardDecider.fold(events))
            #expect(decided == [.reserved(.init(order: order, quantity: expected, at: Given.noon))])
            events += decided
        }
        #expect(try StockShardDecider.decide(reserve(a), StockShardDecider.fold(events)).isEmpty)
        #expect(throws: RuleViolation.soldOut("짜장면")) {
            try StockShardDecider.decide(reserve(c), StockShardDecider.fold(events))
        }
    }
}
