import Foundation
import DeliveryEngine
import Payments

/// Reads a line's tokens left to right, with errors that point at the offending column.
struct TokenCursor {
    let tokens: [Token]
    let file: String
    let line: Int
    let endColumn: Int
    var index = 0
    /// Tokens that hold a card's number or CVC, or a password being changed, to hide in the
    /// line's source.
    var secrets: [Token] = []

    var atEnd: Bool { index >= tokens.count }
    var peek: Token? { atEnd ? nil : tokens[index] }

    func error(_ message: String, at token: Token? = nil) -> ScriptSyntaxError {
        ScriptSyntaxError(file: file, line: line, column: (token ?? peek)?.column ?? endColumn, message: message)
    }

    mutating func next(_ what: String) throws(ScriptSyntaxError) -> Token {
        guard let token = peek else { throw error("expected \(what) here") }
        index += 1
        return token
    }

    mutating func text(_ what: String) throws(ScriptSyntaxError) -> String {
        try next(what).text
    }

    /// A keyword that must come next.
    mutating func keyword(_ word: String) throws(ScriptSyntaxError) {
        let token = try next("'\(word)'")
        guard !token.quoted, token.text.lowercased() == word else {
            throw error("expected '\(word)', found '\(token.text)'", at: token)
        }
    }

    /// Consumes a keyword if it comes next.
    mutating func accept(_ word: String) -> Bool {
        guard let token = peek, !token.quoted, token.text.lowercased() == word else { return false }
        index += 1
        return true
    }

    mutating func int(_ what: String, in range: ClosedRange<Int>? = nil) throws(ScriptSyntaxError) -> Int {
        let token = try next(what)
        let digits = token.text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "원", with: "")
        guard let value = Int(digits) else {
            if Self.isWholeNumber(digits) { throw error("this number is far too large for \(what); check for extra digits", at: token) }
            throw error("expected \(what) (a whole number), found '\(token.text)'", at: token)
        }
        if let range, !range.contains(value) {
            throw error("\(what) must be \(range.lowerBound) to \(range.upperBound), not \(value)", at: token)
        }
        return value
    }

    /// Digits with an optional sign: a number, perhaps too large for `Int`.
    static func isWholeNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return !unsigned.isEmpty && unsigned.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "61m", "1h30m", "45s", "2d", in whole seconds.
    mutating func duration(_ what: String) throws(ScriptSyntaxError) -> TimeInterval {
        let token = try next(what)
        switch Self.parseDuration(token.text) {
        case .seconds(let seconds): return TimeInterval(seconds)
        case .tooLong:
            throw error("this is too long for \(what): a script's durations are at most \(Self.longestDurationDays) days", at: token)
        case .malformed: throw error("expected \(what), like 30s, 5m, 1h30m or 2d, found '\(token.text)'", at: token)
        }
    }

    /// The longest duration a script may write. Nothing in the scenario lasts longer than a few
    /// months, and a bound keeps every later sum of seconds far from `Int`'s limits.
    static let longestDurationDays = 3_660
    static let longestDuration = longestDurationDays * 86_400

    enum ParsedDuration: Equatable {
        case seconds(Int)
        case tooLong
        case malformed
    }

    /// Whole numbers followed by units (s, m, h, d), summed exactly: no `Double`, no overflow.
    static func parseDuration(_ text: String) -> ParsedDuration {
        var total = 0
        var number: Int?
        var sawUnit = false
        var tooLong = false
        for c in text {
            if c.isASCII, let digit = c.wholeNumberValue {
                // Past the bound, keep reading digits only to tell "too long" from "malformed".
                number = min((number ?? 0) * 10 + digit, longestDuration + 1)
                continue
            }
            guard let n = number else { return .malformed }
            let unit: Int
            switch c {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3_600
            case "d": unit = 86_400
            default: return .malformed
            }
            total += n * unit
            if total > longestDuration { tooLong = true; total = longestDuration + 1 }
            number = nil
            sawUnit = true
        }
        guard number == nil, sawUnit else { return .malformed }
        return tooLong ? .tooLong : .seconds(total)
    }

    /// Minutes as a plain number ("15") or a duration of whole minutes ("15m", "1h").
    mutating func minutes(_ what: String) throws(ScriptSyntaxError) -> Int {
        let token = try next(what)
        if let plain = Int(token.text) { return plain }
        if Self.isWholeNumber(token.text) { throw error("this number is far too large for \(what); check for extra digits", at: token) }
        switch Self.parseDuration(token.text) {
        case .seconds(let seconds) where seconds % 60 == 0: return seconds / 60
        case .tooLong:
            throw error("this is too long for \(what): a script's durations are at most \(Self.longestDurationDays) days", at: token)
        default: throw error("expected \(what) in minutes, like 15m, found '\(token.text)'", at: token)
        }
    }

    mutating func orderRef() throws(ScriptSyntaxError) -> OrderRef {
        let token = try next("an order (@label or id)")
        if token.text.hasPrefix("@") {
            let label = String(token.text.dropFirst())
            guard !label.isEmpty else { throw error("a label needs a name after @, like @lunch", at: token) }
            return .label(label)
        }
        return .id(token.text)
    }

    /// `card NUMBER exp MM/YY cvc CVC`. The expiry must be digits (month 1–2, year 2 or 4), so a
    /// typo is a syntax error here rather than a surprise later; whether the card is valid and
    /// unexpired is the tokenizer's to say when the script runs.
    mutating func card() throws(ScriptSyntaxError) -> CardDetails {
        try keyword("card")
        let numberToken = try next("a card number")
        try keyword("exp")
        let expToken = try next("an expiry like 12/30")
        guard let (month, year) = Self.expiry(expToken.text) else {
            throw error("expected an expiry like 12/30 (month/year), found '\(expToken.text)'", at: expToken)
        }
        try keyword("cvc")
        let cvcToken = try next("the card's CVC")
        secrets += [numberToken, cvcToken]
        return CardDetails(number: numberToken.text, expiryMonth: month, expiryYear: year, cvc: cvcToken.text)
    }

    /// `card NUMBER exp MM/YY cvc CVC [remember]`, or a remembered card: `card 4242 cvc 123`
    /// (its last four digits, then the CVC typed again).
    mutating func payment() throws(ScriptSyntaxError) -> CheckoutPayment {
        guard index + 2 < tokens.count, !tokens[index + 2].quoted, tokens[index + 2].text.lowercased() == "cvc" else {
            let card = try card()
            return .card(card, remember: accept("remember"))
        }
        try keyword("card")
        let label = try text("the remembered card's last four digits")
        try keyword("cvc")
        let cvcToken = try next("the card's CVC")
        secrets.append(cvcToken)
        return .remembered(label, cvc: CardSecurityCode(cvcToken.text))
    }

    /// "12/30" or "12/2030" as a month and a four-digit year.
    static func expiry(_ text: String) -> (month: Int, year: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            (1...2).contains(parts[0].count), parts[1].count == 2 || parts[1].count == 4,
            parts.allSatisfy({ part in part.allSatisfy { $0.isASCII && $0.isNumber } }),
            let month = Int(parts[0]), let year = Int(parts[1])
        else { return nil }
        return (month, year < 100 ? 2000 + year : year)
    }

    func finish() throws(ScriptSyntaxError) {
        if let extra = peek { throw error("unexpected '\(extra.text)' at the end of the command", at: extra) }
    }
}
