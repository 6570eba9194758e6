import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Changing a password is how a person shuts out whoever else has it: their other open
/// sessions end (back to the launcher, saying why), the one that changed it goes on, and
/// nobody else's session notices.
@Suite("A password change ends the person's other sessions") @MainActor
struct PasswordChangeEndsSessionsTests {
    static let newPassword = "새비밀번호-2026"

    /// Changes 김민수's password on `session`'s account page, as a person would.
    func changePassword(on session: SessionDriver) async {
        await session.press(.character("K"), .character("p"))
        await session.type(ScreenWorld.passwords["김민수"]!)
        await session.press(.tab)
        await session.type(Self.newPassword)
        await session.press(.tab)
        await session.type(Self.newPassword)
        await session.press(.enter)
    }

    @Test func theOtherSessionsOfThePersonEndAndTheOneThatChangedItGoesOn() async throws {
        let world = try await ScreenWorld.seeded()
        let changing = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        let elsewhere = await SessionDriver.signedIn("김민수", role: .customer, in: world)
        let someoneElse = await SessionDriver.signedIn("이영희", role: .customer, in: world)
        await changePassword(on: changing)
        #expect(changing.text.contains("비밀번호를 바꿨어요"))

        for session in [changing, elsewhere, someoneElse] { await session.runtime.tick(woken: true) }
        #expect(changing.customer != nil, "the session that changed it stays signed in")
        #expect(someoneElse.customer != nil)
        guard case .launcher(let launcher) = elsewhere.model.screen else {
            Issue.record("the other session stayed signed in: \(elsewhere.model.screen)")
            return
        }
        #expect(launcher.notice == .refusal(LauncherText.signedOutByPasswordChange.text(in: .korean)))
        #expect(elsewhere.text.contains("다른 곳에서 비밀번호가 바뀌어 로그아웃했어요"))
        #expect(elsewhere.model.signInHeld == nil)

        // Later changes by others leave the session that changed it alone: it holds the new one.
        _ = try await world.engine.resetPassword(name: "이영희", new: "younghee-5678")
        await changing.runtime.tick(woken: true)
        #expect(changing.customer != nil)
    }

    /// Another process (a second engine on the file) changing it ends the session too, as the
    /// operator's reset does for the session that changed it.
    @Test func aChangeInAnotherProcessOrAnOperatorsResetEndsTheSession() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, language: .english)
        let other = try await world.secondEngine()
        let minsu = try await other.signIn(name: "김민수", password: ScreenWorld.passwords["김민수"]!)
        try await other.changePassword(current: ScreenWorld.passwords["김민수"]!, new: Self.newPassword, as: minsu)
        await session.runtime.tick(woken: true)
        #expect(session.text.contains("Your password was changed elsewhere, so you were signed out."))

        // Signed in again with the new one, the operator's reset ends it in turn.
        let again = await SessionDriver.started(
            .signIn(role: .customer, name: "김민수", password: Secret(Self.newPassword)), in: world)
        #expect(again.customer != nil)
        try await other.resetPassword(name: "김민수", new: "operator-chose-1")
        await again.runtime.tick(woken: true)
        #expect(again.customer == nil)
    }

    /// `baedal serve` checks the password before the session opens: a change in between must
    /// not let the session open on the old password.
    @Test func aServedSessionWhosePasswordChangedBeforeItOpenedOpensSignedOut() async throws {
        let world = try await ScreenWorld.seeded()
        let checked = try await world.engine.signInAccount(name: "김민수", password: ScreenWorld.passwords["김민수"]!)
        try await world.engine.changePassword(
            current: ScreenWorld.passwords["김민수"]!, new: Self.newPassword, as: checked.actor)

        let late = SessionRuntime(
            start: .launcher, runner: EffectRunner(engine: world.engine, services: ScreenWorld.services), language: .korean)
        #expect(await late.resumeSignedIn(as: "김민수", passwordRevision: checked.passwordRevision))
        guard case .launcher(let launcher) = late.model.screen else {
            Issue.record("opened signed in on a password changed since: \(late.model.screen)")
            return
        }
        #expect(launcher.notice?.kind == .refusal)

        // Checked at the current revision (or proved by a key: no revision), it opens signed in.
        let current = SessionRuntime(
            start: .launcher, runner: EffectRunner(engine: world.engine, services: ScreenWorld.services), language: .korean)
        #expect(await current.resumeSignedIn(as: "김민수", passwordRevision: checked.passwordRevision + 1))
        guard case .customer = current.model.screen else {
            Issue.record("not signed in: \(current.model.screen)")
            return
        }
        let byKey = SessionRuntime(
            start: .launcher, runner: EffectRunner(engine: world.engine, services: ScreenWorld.services), language: .korean)
        #expect(await byKey.resumeSignedIn(as: "김민수"))
        #expect(byKey.model.signInHeld?.passwordRevision == 1)
    }

    /// The rule as `update` states it, with no engine: only a revision that moved ends it, only
    /// for the account signed in, and a demo's pane (no sign-in of its own) never asks.
    @Test func updateAsksOnlyWhenSignedInAndEndsOnlyOnAMovedRevision() {
        let minsu = Actor(account: AccountID("김민수"), role: .customer)
        var model = AppModel(screen: .launcher(LauncherModel()), size: .minimum, now: Date(timeIntervalSince1970: 0))
        #expect(App.update(&model, .passwordsChanged).isEmpty, "nobody signed in: nothing to ask")

        _ = App.update(&model, .signedIn(.success(SignedIn(actor: minsu, name: "김민수", passwordRevision: 2))))
        #expect(App.update(&model, .passwordsChanged) == [.fetch(.passwordRevision(minsu.account))])
        _ = App.update(&model, .fetched(.passwordRevision(minsu.account), .success(.passwordRevision(2))))
        #expect(model.screen.isSignedIn)
        _ = App.update(&model, .fetched(.passwordRevision(minsu.account), .failure(.storage("disk"))))
        #expect(model.screen.isSignedIn, "a failed read ends nothing; the next change asks again")
        _ = App.update(&model, .fetched(.passwordRevision(AccountID("이영희")), .success(.passwordRevision(9))))
        #expect(model.screen.isSignedIn, "another account's answer")

        _ = App.update(&model, .passwordChanged(minsu, .success(3)))
        _ = App.update(&model, .fetched(.passwordRevision(minsu.account), .success(.passwordRevision(3))))
        #expect(model.screen.isSignedIn, "its own change")
        _ = App.update(&model, .fetched(.passwordRevision(minsu.account), .success(.passwordRevision(4))))
        #expect(!model.screen.isSignedIn)

        var pane = AppModel(screen: .launcher(LauncherModel()), size: .minimum, now: Date(timeIntervalSince1970: 0))
        _ = App.update(&pane, .signedIn(.success(SignedIn(actor: minsu, name: "김민수", passwordRevision: nil))))
        #expect(App.update(&pane, .passwordsChanged).isEmpty)
    }
}
