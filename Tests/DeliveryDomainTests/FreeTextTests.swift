import Foundation
import Testing

@testable import DeliveryDomain

/// Text one person types and others' terminals show: what it may hold, and how long it may be.
@Suite("Free text")
struct FreeTextTests {
    static let refused: [(scalar: String, named: String)] = [
        ("\u{1B}", "ESC (U+001B, a control character)"),
        ("\u{07}", "BEL (U+0007, a control character)"),
        ("\r", "CR (a carriage return) (U+000D, a control character)"),
        ("\n", "LF (a line break) (U+000A, a control character)"),
        ("\u{0}", "NUL (U+0000, a control character)"),
        ("\u{7F}", "DEL (U+007F, a control character)"),
        ("\u{9B}", "U+009B (a control character)"),
        ("\u{202E}", "RIGHT-TO-LEFT OVERRIDE (U+202E, a right-to-left or direction control)"),
        ("\u{2067}", "U+2067 (a right-to-left or direction control)"),
        ("\u{200F}", "U+200F (a right-to-left or direction control)"),
        ("\u{200B}", "ZERO WIDTH SPACE (U+200B, an invisible character)"),
        ("\u{3164}", "HANGUL FILLER (U+3164, an invisible character)"),
    ]

    @Test(arguments: refused)
    func aStoreNameRefusesCharactersThatActOnATerminal(_ case_: (scalar: String, named: String)) {
        let profile = Given.store.profile!
        var bad = profile
        bad.name = "홍콩" + case_.scalar + "반점"
        let command = StoreCommand.register(StoreID("s2"), bad, .standard, by: Given.owner, now: Given.noon)
        #expect(throws: RuleViolation.forbiddenCharacter(field: "store name", character: case_.named, position: 3)) {
            try StoreDecider.decide(command, StoreDecider.initialState)
        }
    }

    @Test func theMessageSaysWhichCharacterAndWhere() {
        let violation = RuleViolation.forbiddenCharacter(
            field: "store name", character: FreeText.describe("\u{1B}"), position: 3)
        #expect(violation.text(in: .english).contains("The store name cannot hold ESC (U+001B, a control character), at character 3"))
        #expect(violation.text(in: .korean).hasPrefix("가게 이름의 3번째 글자 ESC (U+001B, a control character)"))
    }

    @Test func aSecondJjajangmyeonWithAHiddenNulIsRefused() {
        let command = StoreCommand.addMenuItem(
            MenuItemID("fake"), name: "짜장면\u{0}x", price: 1, description: "",
            by: Given.owner, now: Given.noon)
        #expect(
            throws: RuleViolation.forbiddenCharacter(field: "menu item's name", character: "NUL (U+0000, a control character)", position: 4)
        ) {
            try StoreDecider.decide(command, Given.store)
        }
    }

    @Test func menuDescriptionsAreCheckedWhenAddedAndEdited() {
        let add = StoreCommand.addMenuItem(
            MenuItemID("x"), name: "볶음밥", price: 8_000, description: "맛있는\u{1B}[2J",
            by: Given.owner, now: Given.noon)
        #expect(throws: RuleViolation.self) { try StoreDecider.decide(add, Given.store) }
        let edit = StoreCommand.editMenuItem(
            Given.jjajang, name: nil, price: nil, description: String(repeating: "가", count: 201),
            by: Given.owner, now: Given.noon)
        #expect(throws: RuleViolation.textTooLong(field: "menu item's description", maximum: 200, actual: 201)) {
            try StoreDecider.decide(edit, Given.store)
        }
    }

    @Test func anAddressIsBounded() {
        var profile = Given.store.profile!
        profile.address = String(repeating: "서울 ", count: 40)
        #expect(throws: RuleViolation.textTooLong(field: "address", maximum: 100, actual: 119)) { try profile.validated() }
    }

    @Test func aTenThousandCharacterReasonIsRefused() {
        #expect(throws: RuleViolation.textTooLong(field: "reason", maximum: 200, actual: 10_000)) {
            try FreeText.validate(String(repeating: "a", count: 10_000), as: .reason)
        }
    }

    @Test func hangulEmojiAndLineBreaksInReviewsAreWelcome() throws {
        #expect(try FreeText.validate("  짜장면이 맛있어요 👨‍🍳 ", as: .review) == "짜장면이 맛있어요 👨‍🍳")
        #expect(try FreeText.validate("맛있어요\n또 시킬게요", as: .review) == "맛있어요\n또 시킬게요")
        #expect(throws: RuleViolation.self) { try FreeText.validate("맛있어요\n또 시킬게요", as: .reason) }
        #expect(try FreeText.validate("김치찌개".decomposedStringWithCanonicalMapping, as: .menuItemName) == "김치찌개")
    }

    @Test func printersShowRefusedCharactersEscaped() {
        let hostile = "홍콩\u{1B}]0;pwned\u{07}반점\u{202E}\r\n"
        let shown = FreeText.escapedForTerminal(hostile)
        #expect(shown == "홍콩\\u{1B}]0;pwned\\u{7}반점\\u{202E}\\u{D}\\u{A}")
        #expect(!shown.unicodeScalars.contains { FreeText.isRefused($0) })
        #expect(FreeText.escapedForTerminal("홍콩반점 ★★★★★") == "홍콩반점 ★★★★★")
    }

    @Test func accountNamesSayWhichCharacterIsRefused() {
        #expect(throws: RuleViolation.forbiddenCharacter(field: "name", character: "ESC (U+001B, a control character)", position: 3)) {
            try AccountName.validate("민수\u{1B}")
        }
    }
}
