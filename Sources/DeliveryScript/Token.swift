/// A word of a script line: bare, or in double quotes (which may hold spaces and Korean text).
struct Token: Equatable {
    let text: String
    /// 1-based, counted in characters so a column points at the right Hangul syllable.
    let column: Int
    let quoted: Bool
}

enum Tokenizer {
    /// Splits a line into tokens; `#` outside quotes starts a comment.
    static func tokens(_ line: String, lineNumber: Int, file: String) throws(ScriptSyntaxError) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" { i += 1; continue }
            if c == "#" { break }
            let start = i
            if c == "\"" {
                var text = ""
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == "\\", i + 1 < chars.count {
                        text.append(chars[i + 1])
                        i += 2
                        continue
                    }
                    if chars[i] == "\"" { closed = true; i += 1; break }
                    text.append(chars[i])
                    i += 1
                }
                guard closed else {
                    throw ScriptSyntaxError(
                        file: file, line: lineNumber, column: start + 1,
                        message: "this quote is never closed; end the text with \"")
                }
                tokens.append(Token(text: text.precomposedStringWithCanonicalMapping, column: start + 1, quoted: true))
            } else {
                var text = ""
                while i < chars.count, chars[i] != " ", chars[i] != "\t" {
                    text.append(chars[i])
                    i += 1
                }
                tokens.append(Token(text: text.precomposedStringWithCanonicalMapping, column: start + 1, quoted: false))
            }
        }
        return tokens
    }
}

import Foundation
