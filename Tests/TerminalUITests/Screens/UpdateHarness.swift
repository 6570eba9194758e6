import DeliveryDomain
import DeliveryEngine
import Foundation
@testable import TerminalUI

/// A model loaded from the test world, then driven through `App.update` alone: no engine,
/// no runtime. Each key returns the effects update asked for, so tests read as
/// "press this, expect that".
struct UpdateHarness {
    var model: AppModel

    /// Signs in through a real session, presses `keys` there (so the reads they trigger
    /// land), and hands over the model.
    @MainActor
    static func signedIn(_ name: String, role: Role, size: TerminalSize = .minimum, after keys: [Key] = [])
        async throws -> UpdateHarness
    {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn(name, role: role, in: world, size: size)
        for key in keys { await session.press(key) }
        return UpdateHarness(model: session.model)
    }

    @discardableResult
    mutating func press(_ key: Key) -> [Effect] {
        App.update(&model, .key(key))
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var last: [Effect] = []
        for key in keys { last = App.update(&model, .key(key)) }
        return last
    }

    mutating func type(_ text: String) {
        for character in text { _ = App.update(&model, .key(.character(character))) }
    }

    @discardableResult
    mutating func send(_ message: AppMessage) -> [Effect] {
        App.update(&model, message)
    }

    var customer: CustomerModel {
        get { if case .customer(let m) = model.screen { return m }; fatalError("not a customer screen") }
        set { model.screen = .customer(newValue) }
    }
    var owner: OwnerModel {
        get { if case .owner(let m) = model.screen { return m }; fatalError("not an owner screen") }
        set { model.screen = .owner(newValue) }
    }
    var rider: RiderModel {
        get { if case .rider(let m) = model.screen { return m }; fatalError("not a rider screen") }
        set { model.screen = .rider(newValue) }
    }
    var launcher: LauncherModel {
        if case .launcher(let m) = model.screen { return m }
        fatalError("not the launcher")
    }

    var text: String { App.view(model).grid.lines().joined(separator: "\n") }
    var notice: Notice? {
        switch model.screen {
        case .customer(let m): m.notice
        case .owner(let m): m.notice
        case .rider(let m): m.notice
        default: nil
        }
    }
}

extension Array where Element == Effect {
    var sends: [Action] { compactMap { if case .send(let action) = $0 { action } else { nil } } }
    var fetches: [Fetch] { compactMap { if case .fetch(let fetch) = $0 { fetch } else { nil } } }
}
