import DeliveryDomain
import Foundation
import Testing

@testable import DeliveryScript
@testable import DemoReplay

/// The headless demo prints what each role sees; text from an old log is escaped there too.
@Suite("The headless transcript")
struct HeadlessTranscriptTests {
    @Test func controlAndDirectionCharactersArePrintedEscaped() {
        let report = StepReport(
            line: 3, at: Date(timeIntervalSince1970: 1_795_000_000), actor: "왕사장", outcome: .ok,
            text: "registered 행복\u{1B}]0;pwned\u{07}반점", details: [])
        let step = DemoStep(
            report: report, source: "store …", isCaption: false,
            changes: [.init(role: .customer, name: "민지", lines: ["행복반점\u{202E}00001원"])])
        let lines = HeadlessTranscript.lines(for: step)
        #expect(lines[0].hasSuffix("왕사장: registered 행복\\u{1B}]0;pwned\\u{7}반점"))
        #expect(lines[1] == "        customer 민지 sees: 행복반점\\u{202E}00001원")
        #expect(!lines.joined().unicodeScalars.contains { FreeText.isRefused($0) })
    }
}
