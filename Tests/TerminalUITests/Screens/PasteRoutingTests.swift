import DeliveryDomain
import DeliveryEngine
import Testing

@testable import TerminalUI

/// A paste is text for the field being typed in, and nothing at all anywhere else: a pasted
/// reason ending in `y⏎` once rejected an order and then accepted the next one.
@Suite("Where a paste goes") @MainActor
struct PasteRoutingTests {
    @Test("A paste into the owner's reject reason stays in the prompt, one line, and sends nothing")
    func rejectReasonPaste() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner)
        let pending = h.owner.incoming.items.count
        h.press(.character("n"))
        #expect(h.owner.prompt != nil)
        let effects = h.press(.paste("reason\ny\n"))
        #expect(effects.isEmpty)
        #expect(h.owner.prompt != nil, "the prompt is still open")
        #expect(h.owner.prompt?.prompt.fields[0].input.text == "reason y ")
        #expect(h.owner.prompt?.prompt.text(0) == "reason y")
        #expect(h.owner.incoming.items.count == pending)
        // Enter typed afterwards is the owner's decision, and sends what was pasted.
        #expect(h.press(.enter).sends == [.reject(h.owner.incoming.items[0].id, reason: "reason y", by: h.owner.actor)])
    }

    @Test("A paste while no text is edited changes nothing and asks for nothing")
    func pasteWithoutAField() async throws {
        var h = try await UpdateHarness.signedIn("박사장", role: .owner)
        #expect(!h.model.screen.isEditingText)
        h.press(.character("]"))  // a notice, which any key the page saw would clear
        #expect(h.notice != nil)
        let before = h.model
        // Each of these, typed, would act: accept, reject, switch sections, help, quit.
        #expect(h.press(.paste("y\n")).isEmpty)
        #expect(h.press(.paste("n\r2\t?q")).isEmpty)
        #expect(h.model == before)
    }

    @Test("A yes/no question takes no answer from a paste")
    func questionIgnoresPaste() {
        var question = Prompt(title: "Cancel?", language: .standard)
        #expect(question.handle(.paste("y")) == .stay)
        #expect(question.handle(.paste("\r")) == .stay)
    }

    @Test("A paste into a field: line breaks and tabs are spaces, refused characters dropped, the length kept")
    func fieldRules() {
        var address = TextField(maxLength: 100)
        let handled = address.handle(.paste("서울시 마포구\r\n월드컵로 1\t2층"))
        #expect(handled)
        #expect(address.text == "서울시 마포구 월드컵로 1 2층")

        var card = TextField.cardNumber()
        card.handle(.paste("1234-5678\n9012 3456 7890"))
        #expect(card.text == "1234567890123456")

        var typed = TextField(maxLength: 10)
        typed.handle(.character("["))
        typed.handle(.paste("a\u{1B}b\u{07}c"))
        typed.handle(.character("]"))
        #expect(typed.text == "[abc]")
    }
}
