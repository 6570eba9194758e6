import Testing
import TerminalUI

@Suite("Truncating, padding and wrapping by columns")
struct TextFittingTests {
    @Test func textThatFitsIsUnchanged() {
        #expect("김밥천국".truncated(toWidth: 8) == "김밥천국")
        #expect("abc".truncated(toWidth: 10) == "abc")
    }

    @Test func cutTextEndsInEllipsis() {
        #expect("김밥천국".truncated(toWidth: 7) == "김밥천…")
        #expect("Pizza Hut".truncated(toWidth: 6) == "Pizza…")
    }

    @Test("A wide character that would straddle the limit becomes a space")
    func neverSplitsWideCharacters() {
        #expect("김밥천국".truncated(toWidth: 6) == "김밥… ")
        #expect("가나다".truncated(toWidth: 3, ellipsis: "") == "가 ")
        #expect("가나".truncated(toWidth: 1) == "…")
        #expect("가나".truncated(toWidth: 1, ellipsis: "") == " ")
    }

    @Test("Cut text is exactly the requested width", arguments: 0...12)
    func exactWidth(width: Int) {
        for text in ["김밥천국 강남점", "Pizza Hut 역삼", "🛵🍜🇰🇷 배달", "e\u{301}e\u{301}가나다"] {
            let cut = text.truncated(toWidth: width)
            if text.displayWidth > width {
                #expect(cut.displayWidth == width, "\(text) → \(cut)")
            } else {
                #expect(cut == text)
            }
        }
    }

    @Test func zeroWidthIsEmpty() {
        #expect("가".truncated(toWidth: 0) == "")
    }

    @Test func padding() {
        #expect("가".padded(toWidth: 4) == "가  ")
        #expect("가".padded(toWidth: 4, alignment: .right) == "  가")
        #expect("가".padded(toWidth: 5, alignment: .center) == " 가  ")
        #expect("김밥천국".padded(toWidth: 4) == "김밥천국")
    }

    @Test func fittedIsExactWidthEitherWay() {
        #expect("8,500원".fitted(toWidth: 9, alignment: .right) == "  8,500원")
        #expect("김밥천국 강남점".fitted(toWidth: 9) == "김밥천국…")
        #expect("김밥천국 강남점".fitted(toWidth: 8) == "김밥천… ")
    }

    @Test func wrapsAtSpaces() {
        let message = "Window too small: 62×20. baedal needs at least 80×24."
        #expect(message.wrapped(toWidth: 30) == ["Window too small: 62×20.", "baedal needs at least 80×24."])
        #expect(message.wrapped(toWidth: 80) == [message])
    }

    @Test("Korean wraps at spaces and breaks long words between syllables")
    func wrapsKorean() {
        #expect(
            "주문이 접수되었습니다 잠시만 기다려 주세요".wrapped(toWidth: 12)
                == ["주문이", "접수되었습니", "다 잠시만", "기다려", "주세요"])
    }

    @Test func keepsExplicitLineBreaks() {
        #expect("가\n\n나".wrapped(toWidth: 10) == ["가", "", "나"])
    }
}
