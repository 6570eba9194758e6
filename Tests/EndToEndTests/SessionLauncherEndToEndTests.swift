import Foundation
import Testing

/// `baedal` with no arguments, on an empty database, under tmux.
@Suite("Launcher under tmux", .serialized, .enabled(if: SessionTmux.isAvailable, "tmux is not installed; skipping the launcher tests"))
struct SessionLauncherEndToEndTests {
    @Test func samplesDemoSignInAndKoreanSearch() throws {
        let tmux = try SessionTmux()
        let environment = [
            "BAEDAL_FIXTURES": SessionTmux.packageRoot.appendingPathComponent("fixtures").path,
            // The samples sign up nine accounts; a cheap hash keeps that quick in a debug build.
            "BAEDAL_SCRYPT_LOG2N": "4",
        ]
        try tmux.start("launcher", environment: environment, [])
        try tmux.waitFor("launcher", toShow: "아직 가게가 없어요")

        // The samples are offered first on an empty database.
        try tmux.press("launcher", "Enter")
        try tmux.waitFor("launcher", toShow: "샘플 가게를 불러왔어요", timeout: .seconds(60))
        // How many of them are open depends on the wall clock: "가게 5곳 중 …" or "가게 5곳이 모두 …".
        try tmux.waitFor("launcher", toShow: "가게 5곳")

        // The demo takes the terminal and gives it back.
        try tmux.press("launcher", "d")
        try tmux.waitFor("launcher", toShow: "baedal demo", timeout: .seconds(30))
        try tmux.press("launcher", "q")
        try tmux.waitFor("launcher", toShow: "데모가 끝났어요", timeout: .seconds(30))

        // Signing in opens the account's role: a customer.
        try tmux.press("launcher", "i")
        try tmux.waitFor("launcher", toShow: "비밀번호")
        try tmux.type("launcher", "김민수")
        try tmux.press("launcher", "Enter")
        try tmux.type("launcher", "minsu-1234")
        try tmux.press("launcher", "Enter")
        try tmux.waitFor("launcher", toShow: "김민수 (고객)")
        try tmux.waitFor("launcher", toShow: "피자스쿨 홍대점")

        // Korean typed into the search filters as it arrives.
        try tmux.press("launcher", "/")
        try tmux.type("launcher", "반점")
        try tmux.waitFor("launcher", "only 홍콩반점") { screen in
            screen.contains("홍콩반점") && !screen.contains("김밥천국") && screen.contains("반점")
        }
        try tmux.press("launcher", "Escape")
        try tmux.waitFor("launcher", toShow: "김밥천국")
        try tmux.press("launcher", "q")
        try tmux.waitFor("launcher", "the launcher to end") { _ in (try? tmux.isDead("launcher")) == true }
    }
}
