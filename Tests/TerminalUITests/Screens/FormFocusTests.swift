import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// A refusal moves the focus, and so the caret, to the field it is about, so the next keys
/// (Hangul included) land where the fix is typed.
@Suite("Form errors focus their field") @MainActor
struct FormFocusTests {
    let context = ScreenContext(now: Date(timeIntervalSince1970: 0), size: .minimum, toast: nil, paymentSystem: nil)

    @Test func signUpNameRefusalFocusesTheNameSoHangulGoesThere() {
        var form = SignUpForm()
        for character in "!!" { _ = form.handle(.character(character)) }
        form.focus = 3
        _ = form.update(.signedIn(.failure(.refused(.invalidName(.characters)))))
        #expect(form.focus == 0)
        _ = form.handle(.backspace)
        _ = form.handle(.backspace)
        for character in "김민수" { _ = form.handle(.character(character)) }
        #expect(form.name.text == "김민수")
        #expect(form.password.text.isEmpty)
        var grid = CellGrid(size: .minimum)
        let caret = form.renderFields(into: &grid, in: grid.bounds)
        #expect(caret?.y == 0)
    }

    @Test func signUpPasswordRefusalFocusesAndClearsThePasswords() {
        var form = SignUpForm()
        form.focus = 1
        for character in "short" { _ = form.handle(.character(character)) }
        form.focus = 2
        for character in "short" { _ = form.handle(.character(character)) }
        form.focus = 0
        _ = form.update(.signedIn(.failure(.refused(.weakPassword))))
        #expect(form.focus == 1)
        #expect(form.password.isEmpty && form.repeated.isEmpty)
    }

    @Test func signInUnknownNameFocusesTheName() {
        var context = context
        var form = SignInForm(expectedRole: nil, name: "김민주")
        _ = form.update(.signedIn(.failure(.refused(.unknownAccount("김민주")))), context: &context)
        #expect(form.focus == 0)
        var wrong = SignInForm(expectedRole: nil, name: "김민수")
        _ = wrong.update(.signedIn(.failure(.refused(.wrongPassword))), context: &context)
        #expect(wrong.focus == 1)
    }

    @Test func aTakenStoreNameFocusesTheNameField() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("새사장", role: .owner, in: world)
        await RushSnapshotTests().fillRegistration(session)
        var h = UpdateHarness(model: session.model)
        let sent = h.press(.enter)
        #expect(h.owner.registration?.focus == .businessNumber)
        let refusal = DeliveryError.refused(.storeNameTaken(typed: "새로반점", existing: "새로반점"))
        h.send(.sent(sent.sends[0], .failure(refusal)))
        #expect(h.owner.registration?.focus == .name)
        #expect(h.owner.registration?.errors[.name] == refusal.description)
        #expect(h.owner.registration?.error == nil)
    }
}

/// Placeholders read as examples, are never the value, and an empty field says what is
/// missing rather than the parser's `not ""`.
@Suite("Placeholders") @MainActor
struct PlaceholderTests {
    @Test func emptyHoursSayWhatIsMissingWithAnExample() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("새사장", role: .owner, in: world)
        var h = UpdateHarness(model: session.model)
        #expect(h.text.contains("예: 10:00-22:00"))
        for (index, text) in ["새로반점", "서울 중구 을지로 12", "중식"].enumerated() {
            if index > 0 { h.press(.tab) }
            h.type(text)
        }
        h.press(.tab)
        #expect(h.owner.registration?.focus == .hours)
        #expect(h.owner.registration?.text(.hours) == "")
        #expect(h.press(.enter).isEmpty)
        #expect(h.owner.registration?.errors[.hours] == "영업 시간을 입력해 주세요 (예: 10:00-22:00).")
        #expect(!h.text.contains("\"\""))
    }

    @Test func aPlaceholderIsDrawnMutedAndIsNotTheText() {
        let field = TextField(placeholder: "예: 10:00-22:00")
        #expect(field.text.isEmpty)
        var grid = CellGrid(width: 20, height: 1)
        _ = field.render(into: &grid, in: grid.bounds, style: .plain.underlined())
        #expect(grid.styledDump().hasPrefix("[muted]예: 10:00-22:00"))
    }
}
