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
        // Each made a second "홍콩반점" that looked like the first (the security review's list).
        ("\u{034F}", "U+034F (an invisible character)"),
        ("\u{2064}", "U+2064 (an invisible character)"),
        ("\u{E0041}", "U+E0041 (an invisible character)"),
        ("\u{FE01}", "U+FE01 (an invisible character)"),
        ("\u{180E}", "U+180E (an invisible character)"),
        ("\u{200D}", "ZERO WIDTH JOINER (U+200D, an invisible character)"),
        ("\u{FE0F}", "U+FE0F (an invisible character)"),
    ]

    @Test(arguments: refused)
    func aStoreNameRefusesCharactersThatActOnATerminal(_ case_: (scalar: String, named: String)) {
        let profile = Given.store.profile!
        var bad = profile
        bad.name = "홍콩" + case_.scalar + "반점"
        let command = StoreCommand.register(StoreID("s2"), bad, .standard, by: Given.owner, now: Given.noon)
        // A joiner, selector or combining mark belongs to the syllable before it: character 2.
        let position = ("홍콩" + case_.scalar).count == 2 ? 2 : 3
        #expect(throws: RuleViolation.forbiddenCharacter(field: "store name", character: case_.named, position: position)) {
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

    /// The joiners emoji are built with are welcome inside an emoji and refused anywhere else,
    /// where they only hide that two names differ.
    @Test func emojiJoinersOnlyInsideAnEmoji() throws {
        #expect(try FreeText.validate("셰프 👨‍🍳 추천 ❤️", as: .menuItemName) == "셰프 👨‍🍳 추천 ❤️")
        #expect(throws: RuleViolation.self) { try FreeText.validate("홍콩\u{200D}반점", as: .storeName) }
        #expect(throws: RuleViolation.self) { try FreeText.validate("홍콩반점\u{FE0F}", as: .storeName) }
    }

    /// A letter under a pile of combining marks counts as one character; it is refused
    /// beyond the longest emoji's ten code points, so a short name cannot carry kilobytes.
    @Test func aCharacterOfManyCodePointsIsRefused() throws {
        let piled = "홍" + String(repeating: "\u{0301}", count: 2_000)
        #expect(piled.count == 1)
        #expect(throws: RuleViolation.self) { try FreeText.validate(piled, as: .storeName) }
        #expect(throws: RuleViolation.self) { try AccountName.validate("민수" + String(repeating: "\u{0300}", count: 40)) }
        let kiss = "\u{1F469}\u{1F3FB}\u{200D}\u{2764}\u{FE0F}\u{200D}\u{1F48B}\u{200D}\u{1F468}\u{1F3FC}"
        #expect(try FreeText.validate("리뷰 \(kiss)", as: .review) == "리뷰 \(kiss)")
    }

    /// No person's account may pass for the system or the operator, whose names the engine
    /// writes as an event's actor, nor take a name `baedal serve` keeps for newcomers.
    @Test(arguments: ["system", "SYSTEM", "operator", "sign-in", "new", "guest"])
    func reservedNamesAreRefused(name: String) {
        #expect(throws: RuleViolation.invalidName(.reserved(name))) { try AccountName.validate(name) }
    }

    @Test func accountNamesSayWhichCharacterIsRefused() {
        #expect(throws: RuleViolation.forbiddenCharacter(field: "name", character: "ESC (U+001B, a control character)", position: 3)) {
            try AccountName.validate("민수\u{1B}")
        }
    }
}
