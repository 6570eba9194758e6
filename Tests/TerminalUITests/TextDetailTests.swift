import Foundation
import Testing
@testable import TerminalUI

@Suite("The detail view for long text")
struct TextDetailTests {
    static let review =
        "짜장면이 정말 맛있었어요. 면이 쫄깃하고 소스가 달지 않아서 좋았습니다. 배달도 빨랐고 포장도 깔끔했어요. 다음에도 꼭 시켜 먹을게요!"

    func draw(_ detail: TextDetail, width: Int = 30, height: Int = 10) -> [String] {
        var grid = CellGrid(width: width, height: height)
        detail.render(into: &grid, in: grid.bounds)
        return grid.lines()
    }

    @Test func hangulWrapsAtWordsByDisplayWidthAndNothingIsLost() {
        let lines = draw(TextDetail(title: "리뷰", text: Self.review), height: 12)
        let inner = lines.dropFirst().dropLast().map { String($0.dropFirst(2)).replacingOccurrences(of: "│", with: "") }
        // The box's inside is 30 − 2 borders − 2 margins = 26 columns: 13 syllables at most.
        for line in inner { #expect(line.trimmingCharacters(in: .whitespaces).displayWidth <= 26) }
        let words = inner.flatMap { $0.split(separator: " ").map(String.init) }
        #expect(words == Self.review.split(separator: " ").map(String.init))
    }

    @Test func factsComeFirstWithTheirLabelsAligned() {
        let detail = TextDetail(
            title: "알림", facts: [.init("시각", "11-25 11:41"), .init("주문", "MRHNRKQ8")], text: "홍콩반점 confirmed your order.")
        let lines = draw(detail, width: 40, height: 8)
        #expect(lines[1].hasPrefix("│ 시각  11-25 11:41 ") && lines[1].displayWidth == 40)
        #expect(lines[2].hasPrefix("│ 주문  MRHNRKQ8 "))
        #expect(lines[3].filter { $0 != " " } == "││")
        #expect(lines[4].hasPrefix("│ 홍콩반점 confirmed your order."))
    }

    @Test func itScrollsLikeAPagerAndNeverPastTheEnd() {
        let area = Rect(x: 0, y: 0, width: 30, height: 6)  // 4 rows of text inside
        var detail = TextDetail(title: "리뷰", text: Self.review)
        var grid = CellGrid(width: 30, height: 6)
        detail.render(into: &grid, in: area)
        #expect(grid.lines()[4].hasSuffix("↓ │"))
        func press(_ key: Key) -> Bool { detail.handle(key, in: area) }
        #expect(press(.down))
        #expect(detail.firstLine == 1)
        #expect(press(.end))
        let last = detail.firstLine
        #expect(last > 1)
        #expect(press(.pageDown) && detail.firstLine == last)
        #expect(press(.character("g")) && detail.firstLine == 0)
        #expect(press(.up) && detail.firstLine == 0)
        #expect(!press(.escape))  // the page that opened it closes it
    }

    @Test func itCoversThePageForClicks() {
        var grid = CellGrid(width: 30, height: 8)
        grid.addHitRegion(grid.bounds, .listRow(offsetFromSelection: 2))
        TextDetail(title: "리뷰", text: "짧은 리뷰").render(into: &grid, in: grid.bounds)
        #expect(MouseRouting.keys(for: MouseEvent(.press(.left), column: 3, row: 1), on: grid).isEmpty)
    }
}
