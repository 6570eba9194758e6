import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// Passwords typed in a session count against the session's source: a served session's
/// launcher or password change slows its SSH address, not the account's owner elsewhere.
@Suite("A session's passwords count where it was opened") @MainActor
struct SignInSourceTests {
    static let address = SignInSource.connection(from: "203.0.113.9")

    @Test func theLaunchersWrongPasswordsCountAgainstTheSessionsAddress() async throws {
        let world = try await ScreenWorld.seeded()
        var services = ScreenWorld.services
        services.signInSource = Self.address
        let runner = EffectRunner(engine: world.engine, services: services)
        for _ in 1...3 {
            let answer = await runner.perform(.signIn(name: "김민수", password: Secret("guess-12345")))
            guard case .signedIn(.failure(.refused(.wrongPassword))) = answer else {
                Issue.record("a wrong password was answered \(String(describing: answer))")
                return
            }
        }
        let throttle = try await world.engine.account(named: "김민수").signInThrottle
        #expect(throttle.failures(from: Self.address) == 3)
        #expect(throttle.failures(from: .thisMachine) == 0)
        // The same person at this machine is not kept waiting by the address's failures.
        let answer = await EffectRunner(engine: world.engine, services: ScreenWorld.services)
            .perform(.signIn(name: "김민수", password: Secret(ScreenWorld.passwords["김민수"]!)))
        guard case .signedIn(.success) = answer else {
            Issue.record("the owner at this machine was answered \(String(describing: answer))")
            return
        }
    }
}
