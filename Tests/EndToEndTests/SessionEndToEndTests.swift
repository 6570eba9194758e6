import Foundation
import Testing

/// Two real `baedal` sessions in tmux on one database file.
@Suite("Sessions under tmux", .serialized, .enabled(if: SessionTmux.isAvailable, "tmux is not installed; skipping the session tests"))
struct SessionEndToEndTests {
    @Test func anOrderGoesFromCustomerToOwnerAndTheCancelIsRefused() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        try tmux.start("owner", password: "owner-12345", ["owner", "--name", "최사장"])
        try tmux.start("customer", password: "minsu-1234", ["customer", "--name", "김민수"])
        try tmux.waitFor("owner", toShow: "새 주문을 기다리는 중")
        try tmux.waitFor("customer", toShow: "24시김밥")

        // The customer puts two 원조김밥 in the cart and pays by card.
        try tmux.fillCheckoutWithTestCard("customer")
        let checkout = try tmux.waitFor("customer", "the masked card number and CVC") { screen in
            screen.contains("**** **** **** 4242") && screen.contains("CVC         ***")
        }
        let fields = checkout.split(separator: "\n").filter { !$0.contains("테스트 카드") }.joined(separator: "\n")
        #expect(!fields.contains("4242 4242"))
        #expect(!checkout.contains("4242424242424242"))
        #expect(!fields.contains("123"))
        try tmux.press("customer", "Enter")
        try tmux.waitFor("customer", toShow: "가게 확인을 기다리는 중")

        // The owner's screen shows it without a key being pressed.
        try tmux.waitFor("owner", toShow: "원조김밥 ×2")
        try tmux.press("owner", "Enter")
        try tmux.waitFor("owner", toShow: "조리 시간(분)")
        try tmux.press("owner", "Enter")
        try tmux.waitFor("owner", toShow: "확인했어요")

        // The customer sees the new status and the notification.
        try tmux.waitFor("customer", "the cooking status and a notification") { screen in
            screen.contains("조리 중") && screen.contains("주문을 확인했어요")
        }
        try tmux.waitFor("customer", toShow: "취소 불가")

        // Cancelling now is refused, on screen, with the reason.
        try tmux.press("customer", "x")
        try tmux.waitFor("customer", toShow: "✗ 가게가 이미 주문을 확인해서")

        // q quits and gives the terminal back.
        try tmux.press("customer", "q")
        try tmux.press("owner", "q")
        try tmux.waitFor("customer", "the session to end") { _ in (try? tmux.isDead("customer")) == true }
        try tmux.waitFor("owner", "the session to end") { _ in (try? tmux.isDead("owner")) == true }
    }

    @Test func resizingBelow80x24AndBack() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        try tmux.start("customer", width: 100, height: 30, password: "minsu-1234", ["customer", "--name", "김민수"])
        try tmux.waitFor("customer", toShow: "24시김밥")
        try tmux.resize("customer", width: 120, height: 40)
        try tmux.waitFor("customer", "the wider layout") { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.count > 100 && $0.contains("╮") }
        }
        try tmux.resize("customer", width: 70, height: 20)
        try tmux.waitFor("customer", toShow: "창이 너무 작아요: 70×20")
        try tmux.resize("customer", width: 80, height: 23)
        try tmux.waitFor("customer", toShow: "창이 너무 작아요: 80×23")
        try tmux.resize("customer", width: 80, height: 24)
        try tmux.waitFor("customer", "the stores again") { screen in
            screen.contains("24시김밥") && !screen.contains("창이 너무 작아요")
        }
        // SIGTERM ends it too.
        kill(try tmux.pid("customer"), SIGTERM)
        try tmux.waitFor("customer", "the session to end on SIGTERM") { _ in (try? tmux.isDead("customer")) == true }
    }

    @Test func aWrongPasswordIsRefusedOnTheSignInScreenAndNeverShown() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        try tmux.start("customer", ["customer", "--name", "김민수"])
        try tmux.waitFor("customer", toShow: "비밀번호")
        try tmux.type("customer", "wrong-password")
        let typed = try tmux.waitFor("customer", "fourteen stars") { $0.contains("**************") }
        #expect(!typed.contains("wrong-password"))
        try tmux.press("customer", "Enter")
        try tmux.waitFor("customer", toShow: "이름이나 비밀번호가 틀렸어요.")
        try tmux.type("customer", "minsu-1234")
        try tmux.press("customer", "Enter")
        try tmux.waitFor("customer", toShow: "24시김밥")

        // Ctrl-C ends the session and gives the terminal back.
        try tmux.press("customer", "C-c")
        try tmux.waitFor("customer", "the session to end on Ctrl-C") { _ in (try? tmux.isDead("customer")) == true }
    }
}
