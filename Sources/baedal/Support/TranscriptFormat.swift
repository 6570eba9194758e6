import DeliveryDomain
import DeliveryEngine
import DeliveryScript

/// One transcript line per script line: line number, Korean clock time, who acted, result.
///
/// What it prints can hold text other people typed (store and menu names, reasons, reviews),
/// and an old log may hold control or direction characters the rules now refuse: every line
/// is escaped (``FreeText/escapedForTerminal(_:)``) so none reaches the terminal raw.
enum TranscriptFormat {
    static func line(_ report: StepReport) -> String {
        let number = String(report.line).leftPadded(to: 4)
        let who = report.actor.map { " \($0):" } ?? ""
        return FreeText.escapedForTerminal("\(number) [\(KoreanTime.clock(report.at))]\(who) \(report.text)")
    }

    /// A detail under a step's line (a menu row, an order's line), escaped the same way.
    static func detail(_ text: String) -> String {
        "        " + FreeText.escapedForTerminal(text)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
