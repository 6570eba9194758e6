// libFuzzer target: the command language's parser, on any bytes.
//
// Built by scripts/fuzz, not by SwiftPM (it must stay out of `swift build` and `swift test`).
// Beyond "never traps", it checks what the parser promises: an error points at a real line and
// column, and never echoes a card number.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScriptParser(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        let lines = try ScriptParser.parse(data: data, file: "fuzz.baedal")
        for line in lines {
            check(line.number >= 1, "line numbers start at 1")
            check(!hasUnmaskedCardNumber(line.source), "a line's source shows a card number (line \(line.number))")
        }
    } catch {
        check(error.line >= 1 && error.column >= 1, "an error points at line \(error.line), column \(error.column)")
        check(!hasUnmaskedCardNumber(error.message), "a parse error echoes a card number: \(error.line):\(error.column)")
    }
    return 0
}

/// A broken promise stops the run like a crash, with its message (which `precondition` drops under -O).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz check failed: \(message())") }
}

/// Twelve or more digits in a row, the masking's own threshold.
func hasUnmaskedCardNumber(_ text: String) -> Bool {
    var run = 0
    for character in text {
        if character.wholeNumberValue != nil {
            run += 1
            if run >= 12 { return true }
        } else if character != " " && character != "-" {
            run = 0
        }
    }
    return false
}
