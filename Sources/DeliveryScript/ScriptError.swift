import Payments

/// A line that cannot be understood, located the way compilers do: FILE:LINE:COLUMN.
///
/// The message may quote what was typed, but never a card number: anything that looks like one
/// (12 or more digits) is masked to its last four, whichever check wrote the message.
public struct ScriptSyntaxError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = CardNumberMasking.masked(message)
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
