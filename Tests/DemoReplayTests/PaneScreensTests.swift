import DeliveryDomain
import DeliveryEngine
import DeliveryScript
import Foundation
import TerminalUI
import TestScratch
import Testing

@testable import DemoReplay

/// The demo's panes are the role screens people use, driven by the tour, and they follow the
/// order the caption is about.
@Suite("The demo's panes")
@MainActor
struct PaneScreensTests {
    static let tour = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/tour.baedal")

    /// The tour on a fresh database, as `baedal demo` opens it.
    static func tourSession() async throws -> DemoSession {
        let data = try Data(contentsOf: tour)
        let lines = try ScriptParser.parse(data: data, file: tour.path)
        let directory = TestScratch.url("baedal-panes")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let clock = SimulatedClock(KoreanTime.parse("2026-11-25 12:00")!)
        let engine = try await DeliveryEngine.open(
            path: directory.appendingPathComponent("demo.sqlite").path,
            options: .init(clock: clock, ids: .seeded(42), hasher: .fastForTests, synchronous: .normal))
        return DemoSession(engine: engine, lines: lines)
    }

    /// Plays steps, the panes following each, through the first line starting with `source`.
    static func play(
        _ session: DemoSession, _ screens: PaneScreens, through source: String, size: TerminalSize
    ) async throws -> DemoStep {
        while let step = await session.step() {
            await screens.follow(step, sizes: DemoScreen.paneScreenSizes(for: size))
            if step.source.hasPrefix(source) { return step }
        }
        throw PaneTestError("the tour has no line starting with \(source)")
    }

    static func screen(_ screens: PaneScreens, _ role: Role) throws -> String {
        let pane = try #require(screens.panes.first { $0.role == role })
        return try #require(pane.screen).lines().joined(separator: "\n")
    }

    static let wide = TerminalSize(width: 130, height: 40)

    @Test func theCustomerPaneShowsTheCartFillingOnTheRealCartPage() async throws {
        let session = try await Self.tourSession()
        let screens = PaneScreens(session: session)
        _ = try await Self.play(session, screens, through: "cart add \"행복반점\" \"짜장면\" 3", size: Self.wide)
        let customer = try Self.screen(screens, .customer)
        #expect(customer.contains("장바구니 3/10"), "the cart tab is on screen with its count:\n\(customer)")
        #expect(customer.contains("짜장면"))
        #expect(customer.contains("배달 · 민지"), "the session's own title bar")
    }

    @Test func theOwnerPaneFollowsTheStoreThePaidOrderReached() async throws {
        let session = try await Self.tourSession()
        let screens = PaneScreens(session: session)
        // 분식왕 acted after 왕사장; the caption is about the order reaching 행복반점.
        _ = try await Self.play(session, screens, through: "pay @lunch", size: Self.wide)
        #expect(session.watched[.owner].map(session.runner.displayName) == "왕사장")
        let owner = try Self.screen(screens, .owner)
        #expect(owner.contains("행복반점"), "the owner's own store:\n\(owner)")
        #expect(owner.contains("접수 대기 1"), "the order waits on the incoming page:\n\(owner)")
        let frame = DemoScreen.render(Self.model(screens, size: Self.wide)).grid.lines().joined(separator: "\n")
        #expect(frame.contains("사장님 owner · 왕사장"))
    }

    @Test func theRiderPaneShowsTheOpenJobOnceTheStoreConfirms() async throws {
        let session = try await Self.tourSession()
        let screens = PaneScreens(session: session)
        _ = try await Self.play(session, screens, through: "confirm @dinner", size: Self.wide)
        let rider = try Self.screen(screens, .rider)
        #expect(rider.contains("배차 대기 1"), "one open job on the rider's list:\n\(rider)")
        #expect(rider.contains("행복반점"))
    }

    @Test func theRefusalTheScriptMetIsOnThatPersonsNoticeLine() async throws {
        let session = try await Self.tourSession()
        let screens = PaneScreens(session: session)
        _ = try await Self.play(session, screens, through: "cart add \"행복반점\" \"탕수육\" 1", size: Self.wide)
        let customer = try Self.screen(screens, .customer)
        #expect(customer.contains("✗"), "the refusal is on the notice line:\n\(customer)")
    }

    @Test func panesStackAtOneHundredColumnsAndTheScreensFitThem() async throws {
        let size = TerminalSize(width: 100, height: 48)
        let sizes = DemoScreen.paneScreenSizes(for: size)
        #expect(sizes[.customer]?.width == 98, "stacked panes take the whole width, less the borders")
        let session = try await Self.tourSession()
        let screens = PaneScreens(session: session)
        _ = try await Self.play(session, screens, through: "pay @lunch", size: size)
        for pane in screens.panes {
            #expect(pane.screen?.size == sizes[pane.role], "\(pane.role)'s screen is drawn at its pane's size")
        }
    }

    @Test func transcriptLinesTooLongForOneHundredColumnsEndInAnEllipsis() {
        var model = DemoModel()
        model.size = TerminalSize(width: 100, height: 36)
        let note =
            "        customer 민지 sees: 🔔 Payment declined (The card was declined by its issuer. Try another card or contact the card issuer.); try another card."
        model.record([note])
        let lines = DemoScreen.render(model).grid.lines()
        let row = lines.first { $0.contains("Payment declined") }
        #expect(row?.contains("…") == true, "a cut line says so: \(row ?? "(not drawn)")")
    }

    static func model(_ screens: PaneScreens, size: TerminalSize) -> DemoModel {
        var model = DemoModel()
        model.size = size
        model.panes = screens.panes
        return model
    }
}

struct PaneTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
