import DeliveryEngine
import DeliveryScript

/// One transcript line per script line: line number, Korean clock time, who acted, result.
enum TranscriptFormat {
    static func line(_ report: StepReport) -> String {
        let number = String(report.line).leftPadded(to: 4)
        let who = report.actor.map { " \($0):" } ?? ""
        return "\(number) [\(KoreanTime.clock(report.at))]\(who) \(report.text)"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
