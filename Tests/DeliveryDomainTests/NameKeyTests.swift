import Foundation
import Testing

@testable import DeliveryDomain

/// Names people cannot tell apart are one name.
@Suite("Name keys")
struct NameKeyTests {
    @Test func fullWidthAndCaseFoldToOneKey() {
        #expect(NameKey("ＡＬＩＣＥ") == NameKey("alice"))
        #expect(NameKey("Alice") == NameKey("aLICE"))
        #expect(NameKey("STRASSE") == NameKey("straße"))
        #expect(NameKey("홍콩반점".decomposedStringWithCanonicalMapping) == NameKey("홍콩반점"))
        #expect(NameKey("ㄱㅏ") == NameKey("가"))
        #expect(NameKey("홍콩반점") != NameKey("홍콩 반점"))
    }

    @Test func accountsAreKeyedByTheFoldedName() {
        #expect(AccountID.forName("ＡＬＩＣＥ") == AccountID.forName("alice"))
        // Names that fold as before keep the ids existing databases hold.
        #expect(AccountID.forName("Alice") == AccountID.legacyForName("Alice"))
        #expect(AccountID.forName("김민수") == AccountID.legacyForName("김민수"))
    }

    @Test func aFullWidthTwinOfAnAccountIsRefusedNamingTheAccount() throws {
        let first = try AccountDecider.decide(
            .signUp(name: "alice", role: .customer, passwordLength: 12, passwordHash: "h", now: Given.noon),
            AccountDecider.initialState)
        #expect(throws: RuleViolation.nameResembles(typed: "ＡＬＩＣＥ", existing: "alice")) {
            try AccountDecider.decide(
                .signUp(name: "ＡＬＩＣＥ", role: .customer, passwordLength: 12, passwordHash: "h", now: Given.noon),
                AccountDecider.fold(first))
        }
    }

    @Test func aClaimedStoreNameIsRefusedToAnotherStore() throws {
        let claimed = try StoreNameClaimDecider.decide(
            .claim(StoreID("a"), name: "홍콩반점", now: Given.noon),
            StoreNameClaimDecider.initialState)
        let state = StoreNameClaimDecider.fold(claimed)
        #expect(throws: RuleViolation.storeNameTaken(typed: "홍콩반점", existing: "홍콩반점")) {
            try StoreNameClaimDecider.decide(.claim(StoreID("b"), name: "홍콩반점", now: Given.noon), state)
        }
        #expect(try StoreNameClaimDecider.decide(.claim(StoreID("a"), name: "홍콩반점", now: Given.noon), state).isEmpty)
    }

    @Test func anItemMayBeRenamedToAFormOfItsOwnName() throws {
        var store = Given.store
        store = StoreDecider.evolve(
            store,
            .menuItemAdded(
                .init(
                    item: MenuItem(
                        id: MenuItemID("cola"), name: "cola", price: 2_000,
                        description: ""), at: Given.noon)))
        let events = try StoreDecider.decide(
            .editMenuItem(MenuItemID("cola"), name: "Cola", price: nil, description: nil, by: Given.owner, now: Given.noon), store)
        #expect(events.count == 1)
        #expect(throws: RuleViolation.duplicateMenuItem("ＣＯＬＡ")) {
            try StoreDecider.decide(
                .editMenuItem(
                    Given.jjajang, name: "ＣＯＬＡ", price: nil, description: nil, by: Given.owner,
                    now: Given.noon), store)
        }
    }

    @Test func menuItemsThatReadTheSameAreOneItem() {
        let command = StoreCommand.addMenuItem(
            MenuItemID("x"), name: "짜장면".decomposedStringWithCanonicalMapping,
            price: 1, description: "", by: Given.owner, now: Given.noon)
        #expect(throws: RuleViolation.duplicateMenuItem("짜장면")) { try StoreDecider.decide(command, Given.store) }
    }
}
