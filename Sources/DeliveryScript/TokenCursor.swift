import Foundation

/// Reads a line's tokens left to right, with errors that point at the offending column.
struct TokenCursor {
    let tokens: [Token]
    let file: String
    let line: Int
    let endColumn: Int
    var index = 0

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
        guard let value = Int(digits) else { throw error("expected \(what) (a whole number), found '\(token.text)'", at: token) }
        if let range, !range.contains(value) {
            throw error("\(what) must be \(range.lowerBound) to \(range.upperBound), not \(value)", at: token)
        }
        return value
    }

    /// "61m", "1h30m", "45s", "2d".
    mutating func duration(_ what: String) throws(ScriptSyntaxError) -> TimeInterval {
        let token = try next(what)
        guard let seconds = Self.parseDuration(token.text) else {
            throw error("expected \(what) like 30s, 5m, 1h30m or 2d, found '\(token.text)'", at: token)
        }
        return seconds
    }

    static func parseDuration(_ text: String) -> TimeInterval? {
        var total: TimeInterval = 0
        var number = ""
        var sawUnit = false
        for c in text {
            if c.isASCII && c.isNumber { number.append(c); continue }
            guard let n = Double(number) else { return nil }
            switch c {
            case "s": total += n
            case "m": total += n * 60
            case "h": total += n * 3600
            case "d": total += n * 86_400
            default: return nil
            }
            number = ""
            sawUnit = true
        }
        return number.isEmpty && sawUnit ? total : nil
    }

    mutating func minutes(_ what: String) throws(ScriptSyntaxError) -> Int {
        let token = try next(what)
        if let plain = Int(token.text) { return plain }
        guard let seconds = Self.parseDuration(token.text), seconds.truncatingRemainder(dividingBy: 60) == 0 else {
            throw error("expected \(what) in minutes, like 15m, found '\(token.text)'", at: token)
        }
        return Int(seconds / 60)
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

    /// `card NUMBER exp MM/YY cvc CVC`
    mutating func card() throws(ScriptSyntaxError) -> ScriptCard {
        try keyword("card")
        let numberToken = try next("a card number")
        let number = numberToken.text.filter { $0 != " " && $0 != "-" }
        try keyword("exp")
        let expToken = try next("an expiry like 12/30")
        let parts = expToken.text.split(separator: "/")
        guard parts.count == 2, let month = Int(parts[0]), var year = Int(parts[1]) else {
            throw error("expected an expiry like 12/30, found '\(expToken.text)'", at: expToken)
        }
        if year < 100 { year += 2000 }
        try keyword("cvc")
        let cvc = try text("the card's CVC")
        return ScriptCard(number: number, expiryMonth: month, expiryYear: year, cvc: cvc)
    }

    func finish() throws(ScriptSyntaxError) {
        if let extra = peek { throw error("unexpected '\(extra.text)' at the end of the command", at: extra) }
    }
}
