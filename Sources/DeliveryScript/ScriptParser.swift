import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments

/// One parsed line: where it came from and what it asks.
public struct ScriptLine: Equatable, Sendable {
    public let number: Int
    public let source: String
    public let command: ScriptCommand

    public init(number: Int, source: String, command: ScriptCommand) {
        self.number = number
        self.source = source
        self.command = command
    }
}

/// Parses the whole script before anything runs, so a malformed line anywhere stops the run
/// with nothing applied.
public enum ScriptParser {
    public static func parse(data: Data, file: String) throws(ScriptSyntaxError) -> [ScriptLine] {
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = firstInvalidUTF8Offset(data)
            let line = data.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw ScriptSyntaxError(
                file: file, line: line, column: 1,
                message: "this line is not valid UTF-8 (byte \(offset)); save the script as UTF-8")
        }
        return try parse(text, file: file)
    }

    public static func parse(_ text: String, file: String) throws(ScriptSyntaxError) -> [ScriptLine] {
        var lines: [ScriptLine] = []
        // "\r\n" is a single Character in Swift, so lines saved on Windows split on it too.
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, raw) in rawLines.enumerated() {
            let source = String(raw).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            let tokens = try Tokenizer.tokens(source, lineNumber: index + 1, file: file)
            guard !tokens.isEmpty else { continue }
            var cursor = TokenCursor(tokens: tokens, file: file, line: index + 1, endColumn: source.count + 1)
            let command = try parseCommand(&cursor)
            try cursor.finish()
            let shown = hidingSecrets(cursor.secrets, in: source)
            lines.append(ScriptLine(number: index + 1, source: shown.trimmingCharacters(in: .whitespaces), command: command))
        }
        return lines
    }

    static func parseCommand(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> ScriptCommand {
        let verbToken = try c.next("a command")
        switch verbToken.text.lowercased() {
        case "caption":
            return .caption(try c.text("the caption in quotes"))
        case "clock":
            var words: [String] = []
            while let token = c.peek { words.append(token.text); c.index += 1 }
            guard let date = KoreanTime.parse(words.joined(separator: " ")) else {
                throw c.error("expected a Korean time like 2026-11-25 12:00", at: verbToken)
            }
            return .setClock(date)
        case "advance":
            return .advance(seconds: try c.duration("how far to advance the clock"))
        case "signup":
            let roleToken = try c.next("a role (customer, owner or rider)")
            guard let role = Role(rawValue: roleToken.text.lowercased()) else {
                throw c.error("a role is customer, owner or rider, not '\(roleToken.text)'", at: roleToken)
            }
            let name = try c.text("a name")
            try c.keyword("password")
            return .signUp(role: role, name: name, password: try c.text("a password"))
        case "signin":
            let name = try c.text("a name")
            try c.keyword("password")
            return .signIn(name: name, password: try c.text("a password"))
        case "as":
            return .actAs(name: try c.text("an account's name"))
        case "password":
            // Both hidden in the line the demo shows, as a card's number is.
            let current = try c.next("the current password")
            try c.keyword("to")
            let new = try c.next("the new password")
            c.secrets += [current, new]
            return .changePassword(current: current.text, new: new.text)
        case "store":
            return try parseStore(&c)
        case "menu":
            return try parseMenu(&c)
        case "cart":
            return try parseCart(&c)
        case "order":
            var label: String?
            if let token = c.peek, token.text.hasPrefix("@") {
                guard case .label(let name) = try c.orderRef() else { throw c.error("expected a label like @lunch") }
                label = name
            }
            var to: String?
            var note: String?
            if c.accept("to") {
                to = try c.text("the delivery address in quotes")
                if c.accept("note") { note = try c.text("the note for the rider in quotes") }
            }
            let payment = c.peek == nil ? nil : try c.payment()
            return .order(label: label, to: to, note: note, payment: payment)
        case "pay":
            let ref = try c.orderRef()
            return .pay(ref, try c.payment())
        case "address":
            return try parseAddress(&c)
        case "card":
            try c.keyword("forget")
            return .forgetCard(try c.text("the remembered card's last four digits"))
        case "cancel":
            let ref = try c.orderRef()
            return .cancel(ref, reason: c.atEnd ? "" : try c.text("a reason"))
        case "reject":
            let ref = try c.orderRef()
            return .reject(ref, reason: try c.text("a reason in quotes"))
        case "confirm":
            let ref = try c.orderRef()
            return .confirm(ref, minutes: c.atEnd ? nil : try c.minutes("a cooking time"))
        case "start":
            let ref = try c.orderRef()
            return .startDelivery(ref, minutes: try c.minutes("a travel time, like 15m"))
        case "accept": return .accept(try c.orderRef())
        case "release": return .releaseJob(try c.orderRef())
        case "pickup": return .pickUp(try c.orderRef())
        case "deliver": return .deliver(try c.orderRef())
        case "review":
            let ref = try c.orderRef()
            let rating = try c.int("a rating")
            return .review(ref, rating: rating, text: c.atEnd ? "" : try c.text("the review in quotes"))
        case "reply":
            let ref = try c.orderRef()
            return .reply(ref, text: try c.text("the reply in quotes"))
        case "favourite", "favorite":
            return .favourite(store: try c.text("a store"))
        case "unfavourite", "unfavorite":
            return .unfavourite(store: try c.text("a store"))
        case "read":
            try c.keyword("notifications")
            return .readNotifications
        case "show":
            return .show(try parseShow(&c))
        case "expect":
            return .expect(try parseExpectation(&c))
        default:
            throw c.error("unknown command '\(verbToken.text)'; see the command language in the README", at: verbToken)
        }
    }

    /// The line as the demo and transcripts may show it: a card's number becomes its last four
    /// digits and its CVC dots, and any other run of digits long enough to be a card is masked.
    static func hidingSecrets(_ secrets: [Token], in source: String) -> String {
        var characters = Array(source)
        for token in secrets.sorted(by: { $0.column > $1.column }) {
            let start = token.column - 1
            var end = start + (token.quoted ? 1 : 0)
            if token.quoted {
                while end < characters.count, characters[end] != "\"" { end += characters[end] == "\\" ? 2 : 1 }
                end = min(end + 1, characters.count)
            } else {
                while end < characters.count, characters[end] != " ", characters[end] != "\t" { end += 1 }
            }
            guard start < end, end <= characters.count else { continue }
            let digits = token.text.filter { $0.isASCII && $0.isNumber }
            let masked = token == secrets.last ? "•••" : "••••" + (digits.count >= 12 ? String(digits.suffix(4)) : "")
            characters.replaceSubrange(start..<end, with: Array(masked))
        }
        return CardNumberMasking.masked(String(characters))
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let b = bytes[offset]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard length > 0, offset + length <= bytes.count,
                bytes[(offset + 1)..<(offset + length)].allSatisfy({ $0 >> 6 == 0b10 })
            else { return offset }
            offset += length
        }
        return offset
    }
}
