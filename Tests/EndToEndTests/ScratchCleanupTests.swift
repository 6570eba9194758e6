import Foundation
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// Throw-away databases (a drill's, `replay`'s) hold accounts and orders too: they live in a
/// private folder, and are removed however the run ends, Ctrl-C and SIGTERM included.
@Suite("Scratch copies are private and removed", .serialized)
final class ScratchCleanupTests {
    /// Stands in for /tmp, so the test sees exactly what the process left behind.
    let temporary: URL

    init() throws {
        temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("baedal-scratch-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: temporary) }

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = ProcessHarness.binary
        process.arguments = arguments
        var environment = ProcessHarness.environment
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func leftovers() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
    }

    static func mode(_ path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o777
    }

    /// Polls `condition` until it holds or `seconds` pass.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalledDrillRemovesItsPrivateScratchFolder(signalNumber: Int32) async throws {
        let process = try start([
            "drill", "payment-outage", "--customers", "3000", "--arrival-seconds", "120",
            "--down-at", "100", "--up-at", "110", "--quiet",
        ])
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        // The drill is under way once its database exists in its scratch folder.
        var folder: String?
        let started = try await Self.waitUntil(seconds: 60) {
            folder = leftovers().first { $0.hasPrefix("baedal-drill-") }
            guard let folder else { return false }
            return FileManager.default.fileExists(
                atPath: temporary.appendingPathComponent(folder).appendingPathComponent("drill.sqlite").path)
        }
        try #require(started, "the drill never created its scratch database in \(temporary.path)")
        let scratch = temporary.appendingPathComponent(folder!)
        #expect(Self.mode(scratch.path) == 0o700)
        #expect(Self.mode(scratch.appendingPathComponent("drill.sqlite").path) == 0o600)
        #expect(folder != "baedal-drill-XXXXXX")

        kill(process.processIdentifier, signalNumber)
        let exited = try await Self.waitUntil(seconds: 30) { !process.isRunning }
        try #require(exited, "the drill did not stop within 30 s of signal \(signalNumber)")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + signalNumber)
        #expect(leftovers().isEmpty, "left behind: \(leftovers())")
    }

    @Test func replayLeavesNothingInTheTemporaryFolder() async throws {
        let database = temporary.appendingPathComponent("kept/live.sqlite").path
        let tour = ProcessHarness.packageRoot.appendingPathComponent("fixtures/tour.baedal").path
        let script = try ProcessHarness.run(["run", tour, "--db", database, "--seed", "42"])
        #expect(script.status == 0, "\(script.stderr)")
        let process = try start(["replay", "--db", database])
        let exited = try await Self.waitUntil(seconds: 60) { !process.isRunning }
        try #require(exited)
        #expect(process.terminationStatus == 0)
        #expect(leftovers() == ["kept"])
        #expect(Self.mode(temporary.appendingPathComponent("kept").path) == 0o700)
    }

    /// A drill killed outright (SIGKILL cannot be caught) leaves its folder; the next drill
    /// removes it as it makes its own.
    @Test func aKilledDrillsFolderIsRemovedByTheNextDrill() async throws {
        let arguments = [
            "drill", "payment-outage", "--customers", "3000", "--arrival-seconds", "120",
            "--down-at", "100", "--up-at", "110", "--quiet",
        ]
        let first = try start(arguments)
        defer { if first.isRunning { kill(first.processIdentifier, SIGKILL) } }
        let firstFolder = try await drillFolder(besides: [])
        kill(first.processIdentifier, SIGKILL)
        let killed = try await Self.waitUntil(seconds: 30) { !first.isRunning }
        try #require(killed)
        #expect(leftovers() == [firstFolder], "a killed drill cannot clean up")

        let second = try start(arguments)
        defer { if second.isRunning { kill(second.processIdentifier, SIGKILL) } }
        let secondFolder = try await drillFolder(besides: [firstFolder])
        #expect(secondFolder.hasPrefix("baedal-drill-\(second.processIdentifier)-"))
        #expect(leftovers() == [secondFolder], "the killed drill's folder is still there")

        kill(second.processIdentifier, SIGTERM)
        let stopped = try await Self.waitUntil(seconds: 30) { !second.isRunning }
        try #require(stopped)
        #expect(leftovers().isEmpty, "left behind: \(leftovers())")
    }

    /// The name of a drill's scratch folder other than `known`, once its database exists.
    private func drillFolder(besides known: Set<String>) async throws -> String {
        var found: String?
        let started = try await Self.waitUntil(seconds: 60) {
            found = leftovers().first { $0.hasPrefix("baedal-drill-") && !known.contains($0) }
            guard let found else { return false }
            return FileManager.default.fileExists(
                atPath: temporary.appendingPathComponent(found).appendingPathComponent("drill.sqlite").path)
        }
        try #require(started, "no drill created its scratch database in \(temporary.path)")
        return found!
    }
}
