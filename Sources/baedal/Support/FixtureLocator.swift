import Foundation

/// Finds the bundled fixtures: $BAEDAL_FIXTURES, ./fixtures, or beside the built executable
/// (.build/debug/baedal → ../../fixtures), so `swift run` and an installed copy both work.
enum FixtureLocator {
    static func path(_ name: String) -> String {
        let fm = FileManager.default
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["BAEDAL_FIXTURES"], !env.isEmpty { candidates.append(env) }
        candidates.append(fm.currentDirectoryPath + "/fixtures")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("../../fixtures").standardized.path)
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("../../../fixtures").standardized.path)
        for directory in candidates where fm.fileExists(atPath: directory + "/" + name) {
            return directory + "/" + name
        }
        return "fixtures/" + name
    }
}
