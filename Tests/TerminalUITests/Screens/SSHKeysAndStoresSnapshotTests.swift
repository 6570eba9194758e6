import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The SSH keys page (with its password form) and the owner's store switcher, drawn from a real
/// session at two sizes.
@Suite("SSH keys and store switcher screens") @MainActor
struct SSHKeysAndStoresSnapshotTests {
    @Test(arguments: snapshotSizes)
    func keysPage(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let registry = InMemoryKeyRegistry([("김민수", try InMemoryKeyRegistry.parse(SSHKeysPageTests.laptop))])
        var services = ScreenWorld.services
        services.keys = registry
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size, services: services)
        await session.press(.character("K"))
        assertSnapshot(session.frame, named: "keys-list-\(size.label)")
        await session.press(.character("a"))
        await session.type(SSHKeysPageTests.phone)
        assertSnapshot(session.frame, named: "keys-paste-\(size.label)")
        await session.press(.enter, .character("d"))
        assertSnapshot(session.frame, named: "keys-remove-\(size.label)")
    }

    /// The form, then the engine's answer: a real session on a real engine, so the new
    /// password signs in afterwards and the old one does not.
    @Test(arguments: snapshotSizes)
    func passwordChange(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: size)
        await session.press(.character("K"), .character("p"))
        await session.type(ScreenWorld.passwords["김민수"]!)
        await session.press(.tab)
        await session.type("새비밀번호-2026")
        await session.press(.tab)
        await session.type("새비밀번호-2026")
        assertSnapshot(session.frame, named: "password-form-\(size.label)")
        let drawn = session.frame.grid.lines().joined(separator: "\n")
        #expect(!drawn.contains("minsu") && !drawn.contains("새비밀번호"))
        await session.press(.enter)
        assertSnapshot(session.frame, named: "password-changed-\(size.label)")
        #expect(try await world.engine.signIn(name: "김민수", password: "새비밀번호-2026").role == .customer)
        await #expect(throws: DeliveryError.refused(.wrongPassword)) {
            try await world.engine.signIn(name: "김민수", password: ScreenWorld.passwords["김민수"]!)
        }
    }

    @Test(arguments: snapshotSizes)
    func ownerWithTwoStores(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let (second, item) = try await OtherStoresTests.secondStore(in: world)
        let session = await SessionDriver.signedIn("박사장", role: .owner, in: world, size: size)
        _ = try await OtherStoresTests.order(at: second, item, by: "이영희", in: world)
        await session.tick()
        assertSnapshot(session.frame, named: "owner-two-stores-\(size.label)")
    }
}
