import Foundation
import Testing

/// Plays the first steps of the tour in a real terminal (tmux) and reads the three panes.
///
/// Runs on `SessionTmux`'s private server, started with posix_spawn: Foundation's `Process`
/// hangs when the `new-session` it runs forks the tmux server.
@Suite("The demo in a terminal", .serialized, .enabled(if: SessionTmux.isAvailable))
struct DemoScreenTests {
    @Test func theFirstStepsShowInThreePanes() throws {
        let tmux = try SessionTmux()
        let session = "demo"
        let command =
            "cd \(shellQuoted(SessionTmux.packageRoot.path)) && exec env BAEDAL_FIXTURES=fixtures "
            + "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color \(shellQuoted(SessionTmux.baedal.path)) demo --speed 16"
        try tmux.tmux(["new-session", "-d", "-s", session, "-x", "130", "-y", "40", command])
        let screen = try tmux.waitFor(session, timeout: .seconds(60), "the tour's first order in three panes") {
            $0.contains("@lunch") && $0.contains("사장님 owner · 왕사장")
        }
        #expect(screen.contains("고객 customer · 민지"))
        #expect(screen.contains("사장님 owner · 왕사장"))
        #expect(screen.contains("라이더 rider · 라이더"))
        #expect(screen.contains("what is happening"))
        let titles = screen.split(separator: "\n").first { $0.contains("고객 customer") }
        #expect(titles?.contains("사장님 owner") == true, "the panes stand side by side at 130 columns")
        try tmux.press(session, "Space")
        try tmux.waitFor(session, toShow: "⏸ paused")
        try tmux.press(session, "q")
    }
}
