import ArgumentParser
import Foundation

/// Where the shared database lives: --db, then BAEDAL_DB, then the XDG data directory.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help:
            "The database: a SQLite file, or a PostgreSQL URL (postgres://USER@HOST/DATABASE) shared by many machines (default: $BAEDAL_DB, else $XDG_DATA_HOME/baedal/baedal.sqlite)."
    )
    var path: String?

    var resolvedPath: String {
        if let path { return path }
        let env = ProcessInfo.processInfo.environment
        if let path = env["BAEDAL_DB"], !path.isEmpty { return path }
        return Self.dataDirectory + "/baedal.sqlite"
    }

    /// `$XDG_DATA_HOME/baedal`, else `~/.local/share/baedal`.
    static var dataDirectory: String {
        let env = ProcessInfo.processInfo.environment
        if let data = env["XDG_DATA_HOME"], !data.isEmpty { return data + "/baedal" }
        let home = env["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/baedal"
    }
}

/// Prints to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
