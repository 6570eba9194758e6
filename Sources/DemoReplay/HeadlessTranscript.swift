import DeliveryDomain
import DeliveryEngine
import DeliveryScript

/// The demo as text: a line per step and a line per change each role sees.
public enum HeadlessTranscript {
    /// Every line escaped (``FreeText/escapedForTerminal(_:)``): a demo may run on a copy of
    /// an old log holding characters that would act on the terminal.
    public static func lines(for step: DemoStep) -> [String] {
        rawLines(for: step).map(FreeText.escapedForTerminal)
    }

    static func rawLines(for step: DemoStep) -> [String] {
        let time = KoreanTime.clock(step.report.at)
        if step.isCaption { return ["", "[\(time)] \(step.report.text)"] }
        let who = step.report.actor.map { "\($0): " } ?? ""
        var lines = ["[\(time)] \(who)\(step.report.text)"]
        for change in step.changes {
            for line in change.lines { lines.append("        \(change.role.rawValue) \(change.name) sees: \(line)") }
        }
        return lines
    }
}
