import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The screens' part of the message catalog: every label, hint, heading and sentence the
/// screens draw is worded in Korean and in English. A case missing in one language does not
/// compile (each language is one exhaustive `switch`); these tests catch a case "translated"
/// by leaving the Korean in, or left empty. `CatalogExamples.swift` holds one example of
/// every case (regenerate it when adding cases).
@Suite("Screen catalog")
struct ScreenCatalogTests {
    /// English texts that quote Korean on purpose: sample data in placeholders and examples
    /// (`e.g. 홍콩반점`), and the sample accounts' names.
    static let englishMayQuoteKorean: Set<String> = [
        "ScreenText.sampleStoresLoaded", "LauncherText.namePlaceholder", "OwnerStoreText.namePlaceholder",
        "OwnerStoreText.addressPlaceholder", "OwnerStoreText.categoryPlaceholder", "OwnerStoreText.payoutPlaceholder",
        "OwnerStoreText.nameMissing", "OwnerStoreText.addressMissing", "OwnerStoreText.categoryMissing",
        "OwnerStoreText.payoutMissing", "OwnerMenuText.namePlaceholder", "TrackingText.addressPlaceholder",
    ]

    /// Texts that read the same in both languages: a brand, a card field's name, a time.
    static let sameInBothLanguages: Set<String> = [
        "CustomerOrderText.cvcLabel", "SessionWords.paymentSince", "TrackingText.addressPlaceholder",
    ]

    @Test func everyScreenTextIsWordedInBothLanguages() {
        var untranslated: [String] = []
        var empty: [String] = []
        var noKorean: [String] = []
        for (key, text) in CatalogExamples.all {
            let korean = text.text(in: .korean)
            let english = text.text(in: .english)
            if korean.trimmingCharacters(in: .whitespaces).isEmpty || english.trimmingCharacters(in: .whitespaces).isEmpty {
                empty.append(key)
            }
            if hasHangul(english) && !Self.englishMayQuoteKorean.contains(key) { untranslated.append("\(key): \(english)") }
            if korean == english && !Self.sameInBothLanguages.contains(key) { noKorean.append("\(key): \(korean)") }
        }
        #expect(empty.isEmpty, "empty: \(empty)")
        #expect(untranslated.isEmpty, "Hangul left in English: \(untranslated)")
        #expect(noKorean.isEmpty, "reads the same in both languages: \(noKorean)")
    }

    @Test func everyCaseHasAnExample() {
        // Each enum's examples name each case once: a case added without an example (and so
        // without this check) shows up as a count that no longer matches the switch.
        let keys = CatalogExamples.all.map(\.key)
        #expect(Set(keys).count == keys.count, "a case has two examples")
        #expect(Set(keys.filter { $0.hasPrefix("HintWord.") }).count == HintWord.allCases.count)
    }

    @Test func keyRefusalsAreWordedInBothLanguages() {
        let errors: [KeyRegistryError] = [
            .notAKey, .privateKey, .unsupported(type: "ssh-rsa"), .alreadyRegistered(fingerprint: "SHA256:x"),
            .notRegistered(fingerprint: "SHA256:x"), .unavailable("disk full"),
        ]
        for error in errors {
            #expect(hasHangul(error.text(in: .korean)))
            #expect(!hasHangul(error.text(in: .english)), "\(error.text(in: .english))")
        }
        #expect(KeyRegistryError.privateKey.message == KeyRegistryError.privateKey.text(in: .korean))
    }

    @Test func moneyAndTimesAreWrittenPerLanguage() {
        #expect(NumberText.won(12_000, in: .english) == "₩12,000")
        #expect(NumberText.won(12_000, in: .korean) == NumberText.won(12_000))
        #expect(TimeText.span(minutes: 125, in: .english) == "2 h 5 min")
        #expect(TimeText.span(minutes: 125, in: .korean) == "2시간 5분")
        #expect(TimeText.span(minutes: 27 * 60, in: .english) == "1 d 3 h")
    }

    @Test func launcherCountsStoresInEnglish() {
        let counts = StoreCounts(total: 5, open: 1)
        #expect(LauncherModel.openStoresLine(counts, in: .korean) == "가게 5곳 중 1곳이 문을 열었어요.")
        #expect(LauncherModel.openStoresLine(counts, in: .english) == "1 of 5 stores is open.")
    }
}

/// Whether the text holds a Hangul syllable or jamo.
func hasHangul(_ text: String) -> Bool {
    text.unicodeScalars.contains {
        (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value) || (0x3130...0x318F).contains($0.value)
    }
}
