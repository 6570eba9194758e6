import Foundation
import Testing

/// A session in English, chosen by `--lang en` or by BAEDAL_LANG, under tmux; Korean otherwise.
@Suite("Session language under tmux", .serialized, .enabled(if: SessionTmux.isAvailable, "tmux is not installed; skipping"))
struct SessionLanguageEndToEndTests {
    @Test func langEnOrBaedalLangOpensEnglishScreens() throws {
        let tmux = try SessionTmux()
        try tmux.start("flag", environment: [:], ["start", "--lang", "en"])
        try tmux.waitFor("flag", toShow: "No stores yet. Try loading the sample stores.")
        try tmux.press("flag", "q")
        try tmux.waitFor("flag", "the English launcher to end") { _ in (try? tmux.isDead("flag")) == true }

        try tmux.start("env", environment: ["BAEDAL_LANG": "en"], ["start"])
        try tmux.waitFor("env", toShow: "Order, cook and deliver, in the terminal.")
        try tmux.press("env", "q")
        try tmux.waitFor("env", "the English launcher to end") { _ in (try? tmux.isDead("env")) == true }

        try tmux.start("korean", environment: [:], ["start"])
        try tmux.waitFor("korean", toShow: "아직 가게가 없어요")
        try tmux.press("korean", "q")
        try tmux.waitFor("korean", "the Korean launcher to end") { _ in (try? tmux.isDead("korean")) == true }
    }
}
