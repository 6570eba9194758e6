import Foundation
import Testing

@testable import DeliveryDomain

@Suite("Stores and accounts")
struct StoreAndAccountRuleTests {
    @Test func businessNumbersNeedAValidCheckDigit() throws {
        #expect(try BusinessRegistrationNumber.validate("1234567891") == "123-45-67891")
        #expect(throws: RuleViolation.invalidBusinessNumber("123-45-67890")) {
            try BusinessRegistrationNumber.validate("123-45-67890")
        }
    }

    @Test func menuPricesMustBePositive() {
        let command = StoreCommand.addMenuItem(MenuItemID("x"), name: "물", price: 0, description: "", by: Given.owner, now: Given.noon)
        #expect(throws: RuleViolation.invalidPrice(0)) { try StoreDecider.decide(command, Given.store) }
    }

    @Test func duplicateMenuNamesAreRefused() {
        let command = StoreCommand.addMenuItem(MenuItemID("x"), name: "짜장면", price: 1, description: "", by: Given.owner, now: Given.noon)
        #expect(throws: RuleViolation.duplicateMenuItem("짜장면")) { try StoreDecider.decide(command, Given.store) }
    }

    @Test func onlyTheOwnerEditsTheMenu() {
        let command = StoreCommand.setSoldOut(Given.jjajang, true, by: Given.otherOwner, now: Given.noon)
        #expect(throws: RuleViolation.notYourStore) { try StoreDecider.decide(command, Given.store) }
    }

    @Test func hoursRunningPastMidnight() throws {
        let hours = try OpeningHours(parsing: "17:00-02:00")
        let iso = ISO8601DateFormatter()
        #expect(hours.isOpen(at: iso.date(from: "2026-11-18T01:30:00+09:00")!))
        #expect(!hours.isOpen(at: iso.date(from: "2026-11-18T12:00:00+09:00")!))
        #expect(throws: RuleViolation.self) { try OpeningHours(parsing: "25:00-3") }
    }

    @Test func signUpRefusesATakenNameAndAShortPassword() throws {
        let signUp = AccountCommand.signUp(name: "김민수", role: .customer, passwordLength: 12, passwordHash: "h", now: Given.noon)
        let events = try AccountDecider.decide(signUp, AccountDecider.initialState)
        #expect(throws: RuleViolation.nameTaken("김민수")) { try AccountDecider.decide(signUp, AccountDecider.fold(events)) }
        #expect(throws: RuleViolation.weakPassword) {
            try AccountDecider.decide(
                .signUp(name: "이영희", role: .customer, passwordLength: 3, passwordHash: "h", now: Given.noon),
                AccountDecider.initialState)
        }
    }

    @Test func namesAreNormalisedToPrecomposedHangul() throws {
        let decomposed = "김민수".decomposedStringWithCanonicalMapping
        #expect(try AccountName.validate(decomposed) == "김민수")
        #expect(throws: RuleViolation.self) { try AccountName.validate("a b") }
    }

    @Test func favouritesToggleAndRefuseRepeats() throws {
        let signedUp = try AccountDecider.decide(
            .signUp(name: "김민수", role: .customer, passwordLength: 12, passwordHash: "h", now: Given.noon), AccountDecider.initialState)
        let store = StoreID("hongkong")
        let fav = try AccountDecider.decide(
            .favourite(store, storeName: "홍콩반점", by: Given.customer, now: Given.noon),
            AccountDecider.fold(signedUp))
        #expect(throws: RuleViolation.alreadyFavourite("홍콩반점")) {
            try AccountDecider.decide(
                .favourite(store, storeName: "홍콩반점", by: Given.customer, now: Given.noon),
                AccountDecider.fold(signedUp + fav))
        }
        #expect(AccountDecider.fold(signedUp + fav).favourites == [store])
    }
}
