import ArgumentParser
import Foundation
import TerminalUI

/// `baedal served-session`: the session `baedal serve` starts on a connection's terminal,
/// already signed in as the account the connection proved, or on the launcher for a newcomer.
/// Either way with the served services: no demo and no sample stores (``LiveServices``).
/// Hidden from `--help`: people never run it themselves.
///
/// Why skipping the password here is safe: the command can only do what its caller could do
/// already. It opens the database file, which `baedal serve` keeps 0600 to the server's user;
/// anyone able to run it against that file can also read and write the file directly, with
/// no engine in the way. Over SSH, the account name comes from the server, after the password
/// (checked by the engine's signIn, with its back-off) was accepted, never from the client.
struct ServedSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "served-session",
        abstract: "The session `baedal serve` opens for a signed-in SSH connection (not for direct use).",
        shouldDisplay: false)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The account the server authenticated; none for a newcomer, who gets the launcher.")
    var account: String?
    @Option(help: "The password revision the server checked the password against (none for a key).")
    var passwordRevision: Int?
    @Option(help: "The address the connection came from: passwords typed in the session are throttled by it.")
    var from: String = "unknown"
    /// `baedal serve` sets BAEDAL_LANG from the client's (`ssh -o SetEnv=BAEDAL_LANG=en`).
    @OptionGroup var languageOptions: LanguageOptions

    func run() async throws {
        try await SessionHost.run(
            .launcher, databasePath: database.resolvedPath, signedInAs: account, passwordRevision: passwordRevision,
            served: true, signInSource: .connection(from: from), language: try languageOptions.language())
    }
}
