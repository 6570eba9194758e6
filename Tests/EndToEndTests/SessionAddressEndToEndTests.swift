import Foundation
import Testing

/// The 주소·카드 page in real terminals: an address typed in Hangul in one session of a customer
/// reaches the customer's other session live (account events), becomes the default there, and
/// checkout preselects it.
@Suite("Sessions under tmux: delivery addresses", .enabled(if: SessionTmux.isAvailable), .serialized)
struct SessionAddressEndToEndTests {
    static let office = "서울 마포구 월드컵북로 396, 10층"

    @Test func anAddressAddedInOneSessionIsLiveInTheOtherAndPreselectedAtCheckout() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        for name in ["laptop", "phone"] {
            try tmux.start(name, password: "minsu-1234", ["customer", "--name", "김민수"])
            try tmux.waitFor(name, toShow: "24시김밥")
            try tmux.press(name, "A")
            try tmux.waitFor(name, toShow: "신림로 1, 101호")
        }

        try tmux.press("laptop", "a")
        try tmux.waitFor("laptop", toShow: "배달 주소 추가")
        try tmux.type("laptop", Self.office)
        try tmux.press("laptop", "Tab")
        try tmux.type("laptop", "경비실에 맡겨 주세요")
        try tmux.press("laptop", "Enter")
        try tmux.waitFor("laptop", toShow: "주소를 저장했어요")
        try tmux.waitFor("phone", "the new address, live") { Self.line(of: "월드컵북로 396", in: $0)?.contains("경비실에 맡겨 주세요") == true }
        // The first address saved stays the default until the customer says otherwise.
        #expect(Self.line(of: "월드컵북로 396", in: try tmux.capture("phone"))?.contains("★") == false)

        try tmux.press("phone", "j", "Enter")
        try tmux.waitFor("phone", toShow: "기본 주소를 바꿨어요")
        try tmux.waitFor("laptop", "the office starred, live") { Self.line(of: "월드컵북로 396", in: $0)?.contains("★") == true }
        #expect(Self.line(of: "신림로 1, 101호", in: try tmux.capture("laptop"))?.contains("★") == false)

        try tmux.press("laptop", "Escape")
        try tmux.waitFor("laptop", toShow: "24시김밥")
        try tmux.fillCheckoutWithTestCard("laptop")
        try tmux.waitFor("laptop", "checkout going to the office") { screen in
            Self.line(of: "배달 주소", in: screen)?.contains("월드컵북로 396") == true && screen.contains("경비실에 맡겨 주세요")
        }
        try tmux.press("laptop", "Enter")
        try tmux.waitFor("laptop", toShow: "가게 확인을 기다리는 중")
        // The address is in the order's own events, not only on the screen.
        let header = try #require(Self.line(of: "주문 ", in: try tmux.capture("laptop")))
        let order = try #require(header.split(separator: " ").drop { $0 != "주문" }.dropFirst().first)
        let timeline = try SessionTmux.run(SessionTmux.baedal.path, ["timeline", String(order), "--db", tmux.databasePath])
        #expect(timeline.status == 0)
        #expect(timeline.text.contains(Self.office))
    }

    static func line(of text: String, in screen: String) -> Substring? {
        screen.split(separator: "\n").first { $0.contains(text) }
    }
}
