import DeliveryDomain
import DemoReplay
import Testing
import TerminalUI

@Suite("The demo's keys and screen")
struct DemoModelTests {
    @Test func spacePausesAndResumes() {
        var model = DemoModel()
        #expect(model.handle(.character(" ")) == .none)
        #expect(model.paused)
        _ = model.handle(.character(" "))
        #expect(!model.paused)
    }

    @Test func rightArrowStepsOnceAndPauses() {
        var model = DemoModel()
        #expect(model.handle(.right) == .stepOnce)
        #expect(model.paused)
    }

    @Test func plusAndMinusChangeTheSpeedWithinBounds() {
        var model = DemoModel()
        _ = model.handle(.character("+"))
        #expect(model.speed == 2)
        for _ in 0..<10 { _ = model.handle(.character("+")) }
        #expect(model.speed == 16)
        for _ in 0..<20 { _ = model.handle(.character("-")) }
        #expect(model.speed == 0.25)
        #expect(model.pause(afterCaption: false) > DemoModel().pause(afterCaption: false))
    }

    @Test func questionMarkShowsTheKeysAndEscClosesThem() {
        var model = DemoModel()
        _ = model.handle(.character("?"))
        #expect(model.showHelp)
        let screen = DemoScreen.render(model).grid.lines().joined(separator: "\n")
        #expect(screen.contains("pause/resume"))
        _ = model.handle(.escape)
        #expect(!model.showHelp)
    }

    @Test func qQuits() {
        var model = DemoModel()
        #expect(model.handle(.character("q")) == .quit)
    }

    func sampleModel(width: Int, height: Int) -> DemoModel {
        var model = DemoModel()
        model.size = TerminalSize(width: width, height: height)
        model.caption = "Rule: one order holds at most 10 items."
        model.clockText = "11-25 11:50"
        model.stepNumber = 12
        model.stepCount = 109
        model.panes = [
            PaneModel(
                role: .customer, name: "민지", lines: [.init("@lunch 행복반점 17,000원"), .init("  배달 시작 · delivery started", progress: 0.5)]),
            PaneModel(role: .owner, name: "왕사장", lines: [.init("행복반점: open")]),
            PaneModel(role: .rider, name: "라이더1", lines: [.init("1 open job")]),
        ]
        model.log = ["[11:50] 민지: refused: An order can hold at most 10 items, not 11."]
        return model
    }

    @Test func wideTerminalsShowThePanesSideBySide() {
        let lines = DemoScreen.render(sampleModel(width: 120, height: 30)).grid.lines()
        let paneTitles = lines.first { $0.contains("고객 customer · 민지") }
        #expect(paneTitles?.contains("사장님 owner · 왕사장") == true)
        #expect(paneTitles?.contains("라이더 rider · 라이더1") == true)
        #expect(lines.contains { $0.contains("█") }, "the delivery progress bar is drawn")
    }

    @Test func narrowTerminalsStackThePanes() {
        let lines = DemoScreen.render(sampleModel(width: 80, height: 40)).grid.lines()
        let customer = lines.firstIndex { $0.contains("고객 customer · 민지") }
        let owner = lines.firstIndex { $0.contains("사장님 owner · 왕사장") }
        #expect(customer != nil && owner != nil && customer! < owner!)
        #expect(!lines[customer!].contains("사장님"))
    }

    @Test func tooSmallTerminalsSaySo() {
        let lines = DemoScreen.render(sampleModel(width: 60, height: 20)).grid.lines().joined()
        #expect(lines.contains("창이 너무 작아요"))
    }
}
