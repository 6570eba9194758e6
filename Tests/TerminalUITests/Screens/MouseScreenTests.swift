import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

extension UpdateHarness {
    /// Where `text` starts on screen (its first occurrence), in cells.
    func cell(of text: String) -> (column: Int, row: Int)? {
        for (row, line) in App.view(model).grid.lines().enumerated() {
            if let range = line.range(of: text) { return (String(line[..<range.lowerBound]).displayWidth, row) }
        }
        return nil
    }

    /// Clicks the first cell of `text` where the screen shows it.
    @discardableResult
    mutating func click(_ text: String) -> [Effect] {
        guard let cell = cell(of: text) else {
            Issue.record("\(text) is not on screen")
            return []
        }
        return send(.mouse(MouseEvent(.press(.left), column: cell.column, row: cell.row)))
    }
}

/// htop's and lazygit's mouse on the real screens: tabs, rows, buttons, the wheel.
@Suite("The mouse on the screens") @MainActor
struct MouseScreenTests {
    func customer(_ size: TerminalSize = TerminalSize(width: 80, height: 24)) async throws -> UpdateHarness {
        try await UpdateHarness.signedIn("김민수", role: .customer, size: size)
    }

    @Test func clickingATabOpensItsSection() async throws {
        var h = try await customer()
        h.click("4 알림")
        #expect(h.customer.section == .inbox)
        h.click("3 주문 내역")
        #expect(h.customer.section == .orders)
        var owner = try await UpdateHarness.signedIn("박사장", role: .owner)
        owner.click("리뷰")
        #expect(owner.owner.section == .reviews)
    }

    @Test func clickingARowSelectsItAndClickingItAgainOpensIt() async throws {
        var h = try await customer()
        h.press(.character("4"))
        let target = h.customer.inbox.list.items[3]
        let line = try #require(h.cell(of: target.message(in: .standard)))
        h.send(.mouse(MouseEvent(.press(.left), column: line.column, row: line.row)))
        #expect(h.customer.inbox.list.selectedIndex == 3)
        #expect(h.customer.inbox.opened == nil)
        let effects = h.send(.mouse(MouseEvent(.press(.left), column: 10, row: line.row)))
        #expect(h.customer.inbox.opened?.entry.position == target.position)
        #expect(effects.sends == [.markNotificationRead(at: target.position, by: h.customer.actor)])
        // A click on the open notification does not reach the list beneath it.
        h.send(.mouse(MouseEvent(.press(.left), column: 10, row: line.row + 2)))
        #expect(h.customer.inbox.opened?.entry.position == target.position)
    }

    @Test func theWheelScrollsTheList() async throws {
        var h = try await customer()
        h.press(.character("4"))
        let line = try #require(h.cell(of: h.customer.inbox.list.items[0].message(in: .standard)))
        h.send(.mouse(MouseEvent(.wheelDown, column: line.column, row: line.row)))
        h.send(.mouse(MouseEvent(.wheelDown, column: line.column, row: line.row)))
        #expect(h.customer.inbox.list.selectedIndex == 6)
        h.send(.mouse(MouseEvent(.wheelUp, column: line.column, row: line.row)))
        #expect(h.customer.inbox.list.selectedIndex == 3)
        // Over the title bar the wheel does nothing.
        h.send(.mouse(MouseEvent(.wheelDown, column: 5, row: 0)))
        #expect(h.customer.inbox.list.selectedIndex == 3)
    }

    @Test func hintsAreButtons() async throws {
        var h = try await customer()
        h.press(.character("4"))
        #expect(h.click("r 모두 읽음").sends == [.markNotificationsRead(by: h.customer.actor)])
        h.click("Enter/→/l 열기")
        #expect(h.customer.inbox.opened != nil)
        h.click("Esc 닫기")
        #expect(h.customer.inbox.opened == nil)
        h.click("? 도움말")
        #expect(h.model.showsHelp)
        // Any click closes the help, as Esc does, and acts on nothing beneath it.
        h.send(.mouse(MouseEvent(.press(.left), column: 40, row: 12)))
        #expect(!h.model.showsHelp)
        #expect(h.customer.inbox.opened == nil)
    }

    /// The lesson of the unseen Enter at 60×20: no click may act on a screen not drawn.
    @Test func aWindowTooSmallTakesNoClicks() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner, size: TerminalSize(width: 60, height: 20))
        let before = h.model
        for row in 0..<20 {
            for column in stride(from: 0, to: 60, by: 3) {
                #expect(h.send(.mouse(MouseEvent(.press(.left), column: column, row: row))).isEmpty)
                #expect(h.send(.mouse(MouseEvent(.wheelDown, column: column, row: row))).isEmpty)
            }
        }
        #expect(h.model == before)
    }

    @Test func whileAFormTakesTextClicksOnRowsAndLettersDoNothing() async throws {
        var h = try await customer()
        h.press(.character("/"))  // the store search takes text
        h.type("반점")
        let searching = h.customer
        h.send(.mouse(MouseEvent(.wheelDown, column: 10, row: 8)))
        h.send(.mouse(MouseEvent(.press(.left), column: 10, row: 9)))
        #expect(h.customer == searching)
    }
}
