import Foundation
import Testing

/// The mouse in a real terminal: tmux is asked for xterm's SGR reports by ncurses, and the
/// test writes the reports a click would (`ESC [ < 0 ; x ; y M`, then `m`) into the pane.
@Suite("Sessions under tmux: the mouse", .enabled(if: SessionTmux.isAvailable), .serialized)
struct SessionMouseEndToEndTests {
    @Test func clickingTabsAndRowsActsAsTheirKeys() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        try tmux.start("customer", password: "minsu-1234", ["customer", "--name", "김민수"])
        try tmux.waitFor("customer", toShow: "24시김밥")
        let stores = try tmux.capture("customer")
        try tmux.click("customer", on: "4 알림", in: stores)
        try tmux.waitFor("customer", toShow: "아직 알림이 없어요")
        let inbox = try tmux.capture("customer")
        try tmux.click("customer", on: "1 가게", in: inbox)
        try tmux.waitFor("customer", toShow: "24시김밥")
        let back = try tmux.capture("customer")
        // The first store is selected already: a click on its row opens it.
        try tmux.click("customer", on: "24시김밥", in: back)
        try tmux.waitFor("customer", toShow: "원조김밥")
        let menu = try tmux.capture("customer")
        // A wheel notch over the menu moves the selection, and a click on a hint is its key.
        try tmux.wheel("customer", down: true, on: "원조김밥", in: menu)
        try tmux.click("customer", on: "Esc", in: menu)
        try tmux.waitFor("customer", "the store list again") { !$0.contains("원조김밥") && $0.contains("24시김밥") }
        try tmux.press("customer", "q")
        try tmux.waitFor("customer", "the session to end") { _ in (try? tmux.isDead("customer")) == true }
    }

    @Test func withNoMouseTheTerminalKeepsTheMouseAndKeysStillWork() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        try tmux.start("customer", password: "minsu-1234", environment: ["NO_MOUSE": "1"], ["customer", "--name", "김민수"])
        try tmux.waitFor("customer", toShow: "24시김밥")
        let stores = try tmux.capture("customer")
        try tmux.click("customer", on: "4 알림", in: stores)
        try tmux.press("customer", "2")
        try tmux.waitFor("customer", toShow: "장바구니가 비어 있어요")
        let cart = try tmux.capture("customer")
        #expect(!cart.contains("아직 알림이 없어요"))
        try tmux.press("customer", "q")
        try tmux.waitFor("customer", "the session to end") { _ in (try? tmux.isDead("customer")) == true }
    }
}

extension SessionTmux {
    /// Clicks the first cell of `text` on `screen` (as captured), with the left button.
    func click(_ name: String, on text: String, in screen: String) throws {
        let (column, row) = try Self.cell(of: text, in: screen)
        try type(name, "\u{1B}[<0;\(column + 1);\(row + 1)M")
        try type(name, "\u{1B}[<0;\(column + 1);\(row + 1)m")
    }

    /// Turns the wheel one notch over `text`.
    func wheel(_ name: String, down: Bool, on text: String, in screen: String) throws {
        let (column, row) = try Self.cell(of: text, in: screen)
        try type(name, "\u{1B}[<\(down ? 65 : 64);\(column + 1);\(row + 1)M")
    }

    /// Where `text` starts on a captured screen, in terminal cells (Hangul takes two).
    static func cell(of text: String, in screen: String) throws -> (column: Int, row: Int) {
        for (row, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: text) else { continue }
            let column = line[..<range.lowerBound].unicodeScalars.reduce(0) { width, scalar in
                width + (isWide(scalar) ? 2 : 1)
            }
            return (column, row)
        }
        throw E2EError("\(text) is not on the screen:\n\(screen)")
    }

    /// Hangul and the CJK ranges these screens use are two cells wide.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60: true
        default: false
        }
    }
}
