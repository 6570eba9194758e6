import ArgumentParser
import Foundation
import TerminalUI

/// `baedal` with no arguments: sign in or up, start the demo, load the sample stores.
struct Launcher: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "The launcher (what `baedal` alone opens): sign in or sign up, start the demo, load sample stores.",
        discussion: """
            Signing in opens the session of the account's role. On a database with no stores the \
            launcher offers to load fixtures/sample-stores.baedal (found through $BAEDAL_FIXTURES, \
            ./fixtures, or beside the executable). Press ? on any screen for its keys.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var gateway: GatewayOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() async throws {
        try await SessionHost.run(
            .launcher, databasePath: database.resolvedPath, gateway: gateway.url, language: try languageOptions.language())
    }
}
