import Foundation
import TestScratch
import Testing

/// `swift run baedal demo` is the README's first command. On a fresh clone SwiftPM warned about
/// every golden file it found in a target's folder and that the manifest did not mention (131 of
/// them): a newcomer's first screen was a wall of warnings. Each such file must be excluded or
/// declared a resource.
@Suite("The package manifest")
struct PackageManifestTests {
    /// Files SwiftPM compiles or reads as part of a target, so they need no declaration.
    static let sourceExtensions: Set<String> = ["swift", "c", "h", "modulemap"]

    @Test func everyFileInATargetFolderIsSourceExcludedOrAResource() throws {
        let root = ProcessHarness.packageRoot
        let manifest = try Self.dumpPackage(at: root)
        var undeclared: [String] = []
        for target in manifest.targets {
            let folder = target.path ?? "\(target.type == "test" ? "Tests" : "Sources")/\(target.name)"
            let declared = target.exclude + target.resources.map(\.path)
            for file in Self.files(under: root.appendingPathComponent(folder))
            where !Self.sourceExtensions.contains((file as NSString).pathExtension) {
                let covered = declared.contains { file == $0 || file.hasPrefix($0 + "/") }
                if !covered { undeclared.append("\(folder)/\(file)") }
            }
        }
        #expect(undeclared.isEmpty, "exclude or declare as resources in Package.swift: \(undeclared.prefix(5))")
    }

    struct Manifest: Decodable {
        struct Target: Decodable {
            struct Resource: Decodable { let path: String }
            let name: String
            let type: String
            let path: String?
            let exclude: [String]
            let resources: [Resource]
        }
        let targets: [Target]
    }

    /// The manifest as SwiftPM reads it; `dump-package` evaluates Package.swift without building.
    /// Its own scratch path, because the `swift test` running this holds the lock on `.build`.
    static func dumpPackage(at root: URL) throws -> Manifest {
        let scratch = TestScratch.url("baedal-manifest")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathExtension("json")
        defer { try? FileManager.default.removeItem(at: output) }
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "package", "--package-path", root.path, "--scratch-path", scratch.path, "dump-package"]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        // SwiftPM leaves a lock file named after the scratch path in TMPDIR: this run's folder.
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": TestScratch.folder.path]) { $1 }
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if exited.wait(timeout: .now() + 120) == .timedOut {
            process.terminate()
            Issue.record("swift package dump-package took over 2 minutes")
        }
        try #require(!process.isRunning && process.terminationStatus == 0, "swift package dump-package failed")
        let data = try Data(contentsOf: output)
        return try JSONDecoder().decode(Manifest.self, from: data)
    }

    /// Paths of the regular files below a folder, relative to it.
    static func files(under folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { relative in
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(relative).path
            return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }
}
