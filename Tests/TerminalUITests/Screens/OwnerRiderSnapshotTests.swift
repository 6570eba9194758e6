import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

@Suite("Owner screens") @MainActor
struct OwnerSnapshotTests {
    func owner(_ size: TerminalSize, name: String = "박사장") async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        return await SessionDriver.signedIn(name, role: .owner, in: world, size: size)
    }

    @Test(arguments: snapshotSizes)
    func incomingWithCountdown(size: TerminalSize) async throws {
        let session = try await owner(size)
        session.world.at("2026-11-25 12:02:30")
        await session.tick()
        assertSnapshot(session.frame, named: "owner-incoming-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func confirmPrompt(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.enter)
        assertSnapshot(session.frame, named: "owner-confirm-prompt-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func rejectWithoutReasonIsRefusedInThePrompt(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("n"), .enter)
        assertSnapshot(session.frame, named: "owner-reject-refused-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func kitchen(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("2"))
        assertSnapshot(session.frame, named: "owner-kitchen-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func storeSettings(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("3"), .character("b"))
        assertSnapshot(session.frame, named: "owner-store-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func menuEditor(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("4"))
        assertSnapshot(session.frame, named: "owner-menu-\(size.label)")
    }

    /// `e` on the store settings: the registration form, filled in, the name and business
    /// number shown but fixed; a fee out of range is refused under its field.
    @Test(arguments: snapshotSizes)
    func storeDetailsForm(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("3"), .character("e"), .tab, .tab, .tab, .tab, .ctrl("u"))
        await session.type("200000")
        await session.press(.enter)
        assertSnapshot(session.frame, named: "owner-store-details-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func removeDishQuestion(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("4"), .character("d"))
        assertSnapshot(session.frame, named: "owner-menu-remove-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func menuItemForm(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("4"), .character("a"))
        await session.type("유산슬")
        await session.press(.tab)
        await session.type("25000")
        assertSnapshot(session.frame, named: "owner-menu-add-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func sales(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("5"))
        assertSnapshot(session.frame, named: "owner-sales-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func reviews(size: TerminalSize) async throws {
        let session = try await owner(size)
        await session.press(.character("6"))
        assertSnapshot(session.frame, named: "owner-reviews-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func ownerWithoutAStore(size: TerminalSize) async throws {
        let session = try await owner(size, name: "새사장")
        assertSnapshot(session.frame, named: "owner-no-store-\(size.label)")
    }
}

@Suite("Rider screens") @MainActor
struct RiderSnapshotTests {
    func rider(_ size: TerminalSize) async throws -> SessionDriver {
        let world = try await ScreenWorld.seeded()
        return await SessionDriver.signedIn("정라이더", role: .rider, in: world, size: size)
    }

    @Test(arguments: snapshotSizes)
    func openJobs(size: TerminalSize) async throws {
        let session = try await rider(size)
        assertSnapshot(session.frame, named: "rider-open-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func currentJob(size: TerminalSize) async throws {
        let session = try await rider(size)
        await session.press(.character("2"))
        assertSnapshot(session.frame, named: "rider-current-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func pastJobs(size: TerminalSize) async throws {
        let session = try await rider(size)
        await session.press(.character("3"))
        assertSnapshot(session.frame, named: "rider-past-\(size.label)")
    }

    /// `x` on a job not yet picked up: the question, over 내 배달.
    @Test(arguments: snapshotSizes)
    func releaseQuestion(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let job = try #require(try await world.engine.openJobs().first { $0.storeName == "홍콩반점" })
        try await world.engine.acceptJob(job.id, as: Actor(account: AccountID("정라이더"), role: .rider))
        let session = await SessionDriver.signedIn("정라이더", role: .rider, in: world, size: size)
        await session.press(.character("2"))
        #expect(session.rider?.current.selectedItem?.id == job.id)
        await session.press(.character("x"))
        assertSnapshot(session.frame, named: "rider-release-question-\(size.label)")
    }
}

@Suite("Launcher and sign-in screens") @MainActor
struct LauncherSnapshotTests {
    @Test(arguments: snapshotSizes)
    func launcherOnAnEmptyDatabase(size: TerminalSize) async throws {
        let world = try await ScreenWorld.empty()
        let session = await SessionDriver.started(.launcher, in: world, size: size)
        assertSnapshot(session.frame, named: "launcher-empty-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func launcherSignIn(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.started(.launcher, in: world, size: size)
        await session.press(.character("i"))
        await session.type("김민수")
        await session.press(.enter)
        await session.type("minsu")
        assertSnapshot(session.frame, named: "launcher-signin-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func launcherSignUp(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.started(.launcher, in: world, size: size)
        await session.press(.character("u"))
        await session.type("박지민")
        await session.press(.tab)
        await session.type("jimin-1234")
        await session.press(.tab)
        await session.type("jimin-1234")
        await session.press(.tab, .right)
        assertSnapshot(session.frame, named: "launcher-signup-\(size.label)")
    }

    @Test(arguments: snapshotSizes)
    func signInRefusedForTheWrongRole(size: TerminalSize) async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.started(
            .signIn(role: .owner, name: "김민수", password: Secret("minsu-1234")), in: world, size: size)
        assertSnapshot(session.frame, named: "signin-wrong-role-\(size.label)")
    }

    @Test
    func windowTooSmall() async throws {
        let world = try await ScreenWorld.seeded()
        let session = await SessionDriver.signedIn("김민수", role: .customer, in: world, size: TerminalSize(width: 60, height: 20))
        assertSnapshot(session.frame, named: "too-small-60x20")
    }
}
