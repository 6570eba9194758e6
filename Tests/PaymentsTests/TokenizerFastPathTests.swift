import Resilience
import Testing

@testable import Payments

/// The byte-level card readers and the token's random part give exactly what the character-level
/// versions they replaced gave: kept here as the reference, run on hostile and seeded input.
@Suite("Tokenizer fast path")
struct TokenizerFastPathTests {
    /// `CardNumber.digits` as it was: Swift characters, separators dropped.
    static func referenceDigits(_ raw: String) -> String? {
        var digits = ""
        for character in raw {
            if character == " " || character == "-" { continue }
            guard character.isASCII, character.isNumber else { return nil }
            digits.append(character)
        }
        return digits
    }

    static func referenceLuhn(_ digits: String) -> Bool {
        var sum = 0
        for (offset, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue else { return false }
            sum += offset % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit
        }
        return sum % 10 == 0
    }

    static let hostile = [
        "4242 4242 4242 4242", "4242-4242-4242-4242", "", " ", "-", "4", "42a", "4242\r\n4242",
        "4\u{0301}242", " \u{0301}4242", "４２４２", "٤٢٤٢", "4242\u{00A0}4242", "4242\t4242", "4242\u{0000}",
        "💳4242", "4242 4242 4242 424\u{20DD}", "---- ----", "0000000000000000", "5555555555554444",
    ]

    @Test("Digits read byte by byte equal digits read character by character", arguments: hostile)
    func digitsMatchTheReference(raw: String) {
        #expect(CardNumber.digits(of: raw) == Self.referenceDigits(raw))
    }

    @Test("Luhn on bytes agrees with Luhn on characters, on seeded digit strings")
    func luhnMatchesTheReference() {
        var random = SeededRandomNumberGenerator(seed: 12)
        for _ in 0..<2_000 {
            let length = Int.random(in: 1...19, using: &random)
            let digits = String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            #expect(Luhn.isValid(digits) == Self.referenceLuhn(digits), "\(digits)")
        }
    }

    @Test("The token's random part is the low byte of each draw, in lower-case hex, as before")
    func randomHexIsUnchanged() {
        var reference = SeededRandomNumberGenerator(seed: 77)
        var expected = ""
        for _ in 0..<16 {
            let byte = UInt8.random(in: .min ... .max, using: &reference)
            expected += String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        var random = SeededRandomNumberGenerator(seed: 77)
        #expect(CardTokenizer.randomHex(byteCount: 16, using: &random) == expected)
        #expect(random == reference)
    }
}
