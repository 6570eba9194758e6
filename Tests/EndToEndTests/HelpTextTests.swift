import Foundation
import Testing

/// Every subcommand's full `--help`, pinned as swift-argument-parser's own example tests pin
/// theirs: the help is the documentation a user reads, so a change to it is a reviewed change.
/// `RECORD_GOLDEN=1 swift test --filter HelpTextTests` rewrites the files in `Help/`.
@Suite("Help texts")
struct HelpTextTests {
    static let folder = ProcessHarness.packageRoot.appendingPathComponent("Tests/EndToEndTests/Help")

    /// The command paths, found by walking each help's SUBCOMMANDS section from `baedal` down.
    static func commandPaths() throws -> [[String]] {
        var found: [[String]] = []
        var queue: [[String]] = [[]]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            found.append(path)
            queue += try subcommands(in: help(path)).map { path + [$0] }
        }
        return found
    }

    static func help(_ path: [String]) throws -> String {
        let result = try ProcessHarness.run(path + ["--help"])
        guard result.status == 0 else { throw HelpError("baedal \(path.joined(separator: " ")) --help exited \(result.status)") }
        return result.stdout
    }

    /// The names listed under SUBCOMMANDS: ("  start (default)   The launcher…" gives "start").
    static func subcommands(in help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[section.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first,
                name.allSatisfy({ $0.isLowercase || $0 == "-" })  // not "  See 'baedal help …'"
            else { return nil }
            return String(name)
        }
    }

    static func file(for path: [String]) -> URL {
        folder.appendingPathComponent((["baedal"] + path).joined(separator: "-") + ".txt")
    }

    @Test func everySubcommandsHelpIsPinned() throws {
        let paths = try Self.commandPaths()
        #expect(paths.count > 10, "found \(paths)")
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        for path in paths {
            let text = try Self.help(path)
            let url = Self.file(for: path)
            if record {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                continue
            }
            let pinned = try? String(contentsOf: url, encoding: .utf8)
            #expect(pinned == text, "baedal \(path.joined(separator: " ")) --help differs from \(url.lastPathComponent)")
        }
        // No pinned help for a command that is gone.
        let expected = Set(paths.map { Self.file(for: $0).lastPathComponent })
        let pinned = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path))
        #expect(pinned == expected)
    }
}

struct HelpError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
