import Foundation
import PostgresEventStore
import TerminalUI

/// Where `baedal serve` keeps its own files (the host key and the registered SSH keys): beside
/// a SQLite database, as `DB.ssh-host-key` and `DB.ssh-authorized-keys`; for a PostgreSQL
/// database, which has no folder, in baedal's data folder, named after the database and schema
/// (`$XDG_DATA_HOME/baedal/serve-DATABASE-SCHEMA.ssh-host-key`). Each serve host keeps its own;
/// `--host-key` chooses another place for the key.
enum ServerFiles {
    static func base(forDatabase database: String) -> String {
        guard PostgresURL.looksLikePostgresURL(database) else { return database }
        let url = try? PostgresURL(parsing: database)
        let name = [url?.database ?? "postgres", url?.schema ?? "public"]
            .map { $0.filter { $0.isLetter || $0.isNumber || $0 == "_" } }
            .joined(separator: "-")
        try? FileManager.default.createDirectory(
            atPath: DatabaseOptions.dataDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return DatabaseOptions.dataDirectory + "/serve-" + name
    }

    /// The database as it may be printed: a PostgreSQL URL without its password.
    static func displayName(ofDatabase database: String) -> String {
        name(ofDatabase: database).full
    }

    /// The database as a session shows it: in full without a password, and short for its
    /// title bar (a file's name, or `pg:DATABASE`).
    static func name(ofDatabase database: String) -> DatabaseName {
        guard PostgresURL.looksLikePostgresURL(database) else {
            return DatabaseName(full: database, short: (database as NSString).lastPathComponent)
        }
        guard let url = try? PostgresURL(parsing: database) else {
            return DatabaseName(full: "a PostgreSQL database", short: "PostgreSQL")
        }
        return DatabaseName(full: url.description, short: url.shortName)
    }
}
