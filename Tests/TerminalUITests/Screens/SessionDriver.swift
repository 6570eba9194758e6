import DeliveryDomain
import DeliveryEngine
import Foundation
@testable import TerminalUI

/// Drives a real ``SessionRuntime`` against a ``ScreenWorld`` the way the terminal would:
/// a resize first, then keys and ticks.
@MainActor
struct SessionDriver {
    let runtime: SessionRuntime
    let world: ScreenWorld

    /// Signs `name` in (the role is the account's) and lets the first reads land.
    static func signedIn(
        _ name: String, role: Role, in world: ScreenWorld, engine: DeliveryEngine? = nil,
        size: TerminalSize = .minimum, services: SessionServices = ScreenWorld.services, language: Language = .korean
    ) async -> SessionDriver {
        let start = SessionStart.signIn(role: role, name: name, password: Secret(ScreenWorld.passwords[name]!))
        return await started(start, in: world, engine: engine, size: size, services: services, language: language)
    }

    static func started(
        _ start: SessionStart, in world: ScreenWorld, engine: DeliveryEngine? = nil,
        size: TerminalSize = .minimum, services: SessionServices = ScreenWorld.services, language: Language = .korean
    ) async -> SessionDriver {
        let runtime = SessionRuntime(
            start: start,
            runner: EffectRunner(
                engine: engine ?? world.engine,
                services: services),
            language: language)
        _ = await runtime.handle(.resize(size))
        _ = await runtime.handle(.tick)
        return SessionDriver(runtime: runtime, world: world)
    }

    var model: AppModel { runtime.model }
    var frame: Frame { runtime.frame }
    var text: String { frame.grid.lines().joined(separator: "\n") }

    @discardableResult
    func press(_ keys: Key...) async -> LoopStep {
        var step = LoopStep.keep
        for key in keys { step = await runtime.handle(.key(key)) }
        return step
    }

    func type(_ text: String) async {
        for character in text { _ = await runtime.handle(.key(.character(character))) }
    }

    func tick() async { _ = await runtime.handle(.tick) }

    func resize(_ size: TerminalSize) async { _ = await runtime.handle(.resize(size)) }

    var customer: CustomerModel? { if case .customer(let m) = model.screen { m } else { nil } }
    var owner: OwnerModel? { if case .owner(let m) = model.screen { m } else { nil } }
    var rider: RiderModel? { if case .rider(let m) = model.screen { m } else { nil } }
}
