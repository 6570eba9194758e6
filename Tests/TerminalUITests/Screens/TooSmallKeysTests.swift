import DeliveryDomain
import Foundation
import Testing
@testable import TerminalUI

@Suite("A window too small to draw in") @MainActor
struct TooSmallKeysTests {
    /// At 60×20 an owner pressed Enter twice and confirmed an order they never saw.
    @Test func ownerEnterTwiceAt60x20ConfirmsNothing() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner, size: TerminalSize(width: 60, height: 20))
        #expect(h.owner.incoming.items.count == 1)
        #expect(h.press(.enter).isEmpty)
        #expect(h.press(.enter).isEmpty)
        #expect(h.press(.character("y")).isEmpty)
        #expect(h.owner.prompt == nil)
        #expect(App.view(h.model).grid.lines().joined().contains("창이 너무 작아요: 60×20"))
    }

    @Test func qStillQuitsAndResizeBringsTheKeysBack() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner, size: TerminalSize(width: 60, height: 20))
        #expect(h.press(.character("q")) == [.quit])
        h.send(.resize(.minimum))
        h.press(.enter)
        #expect(h.owner.prompt != nil)
    }
}
