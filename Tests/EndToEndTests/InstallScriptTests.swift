import Foundation
import TestScratch
import Testing

/// `scripts/install` puts baedal where a shell finds it (binary, manual, completions) and
/// `scripts/uninstall` takes exactly that back out. Run with `--binary`, so the test installs
/// the debug build the other end-to-end tests use instead of building a release.
@Suite("Installing baedal", .serialized)
struct InstallScriptTests {
    static let scripts = ProcessHarness.packageRoot.appendingPathComponent("scripts")

    /// Every file an install writes, relative to the prefix.
    static let installedFiles = [
        "bin/baedal",
        "share/man/man1/baedal.1",
        "share/bash-completion/completions/baedal",
        "share/zsh/site-functions/_baedal",
        "share/fish/vendor_completions.d/baedal.fish",
    ]

    /// The version as written in its one place.
    static func versionInSource() throws -> String {
        let source = try String(
            contentsOf: ProcessHarness.packageRoot.appendingPathComponent("Sources/baedal/BaedalVersion.swift"), encoding: .utf8)
        return String(try #require(source.firstMatch(of: /number = "([^"]+)"/)?.1))
    }

    @Test func versionPrintsTheVersionFromItsOnePlace() throws {
        let result = try ProcessHarness.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == (try Self.versionInSource()))
    }

    @Test func installWritesEveryFileAndUninstallRemovesExactlyThose() throws {
        let prefix = try Self.temporaryPrefix()
        defer { try? FileManager.default.removeItem(at: prefix) }
        // Something of the person's own under the prefix, which uninstall must leave alone.
        let theirs = prefix.appendingPathComponent("bin/their-tool")
        try FileManager.default.createDirectory(at: theirs.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(to: theirs, atomically: true, encoding: .utf8)

        let install = try Self.runScript("install", ["--prefix", prefix.path, "--binary", ProcessHarness.binary.path])
        #expect(install.status == 0, "\(install.stderr)")
        for file in Self.installedFiles {
            let path = prefix.appendingPathComponent(file).path
            #expect(FileManager.default.fileExists(atPath: path), "\(file) was not installed")
            #expect(install.stdout.contains(path), "the install does not say it wrote \(file)")
        }
        let binary = prefix.appendingPathComponent("bin/baedal").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let version = try Self.run(binary, ["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == (try Self.versionInSource()))

        let manual = try Self.contents(prefix, "share/man/man1/baedal.1")
        #expect(manual.hasPrefix(".TH BAEDAL 1"))
        #expect(manual.contains(".SH NAME\nbaedal \\- 배달"))
        for command in ["baedal demo", "baedal bench live", "baedal keys add"] {
            #expect(manual.contains(".SS \"\(command)\""), "the manual has no section for \(command)")
        }
        #expect(!manual.split(separator: "\n").contains { $0.hasPrefix("'") }, "no line starts as a roff control line")
        #expect(try Self.contents(prefix, "share/bash-completion/completions/baedal").contains(/complete .*-F \S+ baedal/))
        #expect(try Self.contents(prefix, "share/zsh/site-functions/_baedal").hasPrefix("#compdef baedal"))
        #expect(try Self.contents(prefix, "share/fish/vendor_completions.d/baedal.fish").contains("complete -c 'baedal'"))

        let uninstall = try Self.runScript("uninstall", ["--prefix", prefix.path])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        for file in Self.installedFiles {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) is still there")
        }
        #expect(FileManager.default.fileExists(atPath: theirs.path), "uninstall removed a file it did not install")
        let again = try Self.runScript("uninstall", ["--prefix", prefix.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("nothing to remove"))
    }

    @Test func aBinaryThatIsNotThereInstallsNothing() throws {
        let prefix = try Self.temporaryPrefix()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let missing = prefix.appendingPathComponent("no-such-baedal").path
        let result = try Self.runScript("install", ["--prefix", prefix.path, "--binary", missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(missing) is not an executable file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.path).isEmpty, "nothing partial is written")
    }

    @Test func anUnknownOptionIsRefusedWithTheWayToHelp() throws {
        let result = try Self.runScript("install", ["--prefx", "/tmp/x"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown option '--prefx'"))
        #expect(result.stderr.contains("scripts/install --help"))
    }

    static func temporaryPrefix() throws -> URL {
        let prefix = TestScratch.url("baedal-prefix")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        return prefix
    }

    static func contents(_ prefix: URL, _ file: String) throws -> String {
        try String(contentsOf: prefix.appendingPathComponent(file), encoding: .utf8)
    }

    static func runScript(_ name: String, _ arguments: [String]) throws -> ProcessHarness.Result {
        try run("/bin/bash", [scripts.appendingPathComponent(name).path] + arguments)
    }

    /// Runs a program to its end (at most two minutes), its output collected in files so a
    /// chatty child never blocks on a full pipe.
    static func run(_ program: String, _ arguments: [String]) throws -> ProcessHarness.Result {
        let folder = try temporaryPrefix()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessHarness.environment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if exited.wait(timeout: .now() + 120) == .timedOut {
            process.terminate()
            Issue.record("\(program) \(arguments.joined(separator: " ")) took over 2 minutes")
            exited.wait()
        }
        return ProcessHarness.Result(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
