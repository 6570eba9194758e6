import Foundation
import Resilience
@testable import Payments

enum Fixtures {
    /// Gregorian, UTC: expiry months end at the same instant on every machine.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func date(_ year: Int, _ month: Int, _ day: Int, hour: Int = 12) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    /// "Today" in these tests: 15 March 2026.
    static let now = date(2026, 3, 15)

    static func card(_ number: String, month: Int = 12, year: Int = 2030, cvc: String = "123") -> CardDetails {
        CardDetails(number: number, expiryMonth: month, expiryYear: year, cvc: cvc)
    }

    static func tokenize(_ card: CardDetails, now: Date = now, seed: UInt64 = 1) throws(CardValidationError) -> CardToken {
        var random = SeededRandomNumberGenerator(seed: seed)  // reproducible token strings
        return try CardTokenizer.tokenize(card, now: now, calendar: calendar, random: &random)
    }

    static func validationError(_ card: CardDetails, now: Date = now) -> CardValidationError? {
        do {
            _ = try tokenize(card, now: now)
            return nil
        } catch {
            return error
        }
    }
}
