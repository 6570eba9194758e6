import Foundation
import Testing

/// A mistyped `--db` used to make the folders and an empty database without a word, and the
/// session then said no account was named 김민수. Now the session says where it looked and asks.
@Suite("Sessions under tmux: a database that is not there", .enabled(if: SessionTmux.isAvailable), .serialized)
struct SessionMissingDatabaseEndToEndTests {
    @Test func theSessionSaysWhereItLookedAndCreatesNothingUnlessToldTo() throws {
        let tmux = try SessionTmux()
        let file = tmux.databasePath
        #expect(!FileManager.default.fileExists(atPath: file))

        try tmux.start("no", password: "minsu-1234", ["customer", "--name", "김민수"])
        try tmux.waitFor("no", toShow: "[y/N]")
        // The path comes first and is long, so the sentence may wrap: read the lines as one.
        let question = try tmux.capture("no").replacingOccurrences(of: "\n", with: "")
        #expect(question.contains("\(file)에 데이터베이스가 없어요"))
        try tmux.type("no", "n")
        try tmux.press("no", "Enter")
        try tmux.waitFor("no", toShow: "아무것도 만들지 않았어요")
        try tmux.waitFor("no", "the session to end") { _ in (try? tmux.isDead("no")) == true }
        #expect(!FileManager.default.fileExists(atPath: file))

        try tmux.start("yes", password: "minsu-1234", ["customer", "--name", "김민수"])
        try tmux.waitFor("yes", toShow: "[y/N]")
        try tmux.type("yes", "y")
        try tmux.press("yes", "Enter")
        try tmux.waitFor("yes", toShow: "고객 로그인")
        #expect(FileManager.default.fileExists(atPath: file))
    }
}
