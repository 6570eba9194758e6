import DeliveryDomain
import Foundation
import PostgresEventStore
import TerminalUI

/// A session named a database file that is not there. Opening it would quietly make the folders
/// and an empty database, and the person would then read "no account is named …" instead of
/// learning that the path was mistyped. So the session says where it looked and asks first.
enum MissingDatabase {
    /// True when `path` is a SQLite file that does not exist yet (a PostgreSQL database is set up
    /// on first use by design, and `serve` hosts sessions on a database it opened itself).
    static func isMissing(_ path: String) -> Bool {
        !PostgresURL.looksLikePostgresURL(path) && !FileManager.default.fileExists(atPath: path)
    }

    /// Asks on the terminal whether to create the database, before any screen is drawn; `answer`
    /// reads one line (nil at the end of input, which is no).
    static func mayCreate(_ path: String, language: Language, answer: () -> String? = { readLine() }) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let question =
            ScreenText.noDatabaseAt(path: absolute).text(in: language) + "\n"
            + ScreenText.createDatabaseQuestion.text(in: language)
        FileHandle.standardOutput.write(Data(question.utf8))
        let reply = (answer() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard ["y", "yes", "예", "네", "ㅇ"].contains(reply) else {
            printError(ScreenText.nothingCreated.text(in: language))
            return false
        }
        return true
    }
}
