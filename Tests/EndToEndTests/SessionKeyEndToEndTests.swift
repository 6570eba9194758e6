import Foundation
import Testing

/// Keys as a real terminal sends them, through tmux and ncurses.
@Suite("Session keys under tmux", .serialized, .enabled(if: SessionTmux.isAvailable, "tmux is not installed; skipping the session tests"))
struct SessionKeyEndToEndTests {
    /// tmux sends End as `ESC [ 4 ~`; xterm-256color's terminfo says `ESC O F`, so ncurses passed
    /// the sequence on character by character and its `4` opened tab 4 (알림). Then Tab went on to
    /// tab 1. Read whole, End is End, and Tab goes from tab 1 to the cart.
    @Test func endUnderTmuxWithXtermTermDoesNotSwitchTabs() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        try tmux.start("customer", password: "minsu-1234", ["customer", "--name", "김민수"])
        try tmux.waitFor("customer", toShow: "24시김밥")
        try tmux.press("customer", "End", "PageDown", "PageUp", "Tab")
        try tmux.waitFor("customer", toShow: "장바구니가 비어 있어요")
        try tmux.press("customer", "q")
        try tmux.waitFor("customer", "the session to end") { _ in (try? tmux.isDead("customer")) == true }
    }

    @Test func escapeAloneStillLeadsBack() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        try tmux.start("customer", password: "minsu-1234", ["customer", "--name", "김민수"])
        try tmux.waitFor("customer", toShow: "24시김밥")
        try tmux.press("customer", "Enter")
        try tmux.waitFor("customer", toShow: "원조김밥")
        try tmux.press("customer", "Escape")
        try tmux.waitFor("customer", "the store list again") { !$0.contains("원조김밥") && $0.contains("24시김밥") }
        try tmux.press("customer", "q")
        try tmux.waitFor("customer", "the session to end") { _ in (try? tmux.isDead("customer")) == true }
    }
}
