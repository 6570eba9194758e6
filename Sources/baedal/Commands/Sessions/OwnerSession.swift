import ArgumentParser
import DeliveryDomain
import Foundation
import TerminalUI

/// `baedal owner`: a full-screen session for one store owner.
struct OwnerSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "owner",
        abstract: "Run a store: incoming orders with their auto-cancel countdown, the kitchen, settings, menu, sales, reviews.",
        discussion: SessionDiscussion.text(for: .owner))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var gateway: GatewayOptions
    @OptionGroup var languageOptions: LanguageOptions
    @Option(help: "The account to sign in as; asked on the sign-in screen when left out.")
    var name: String?

    func run() async throws {
        try await SessionHost.run(
            .signIn(role: .owner, name: name, password: SessionDiscussion.passwordFromEnvironment()),
            databasePath: database.resolvedPath, gateway: gateway.url, language: try languageOptions.language(),
            askBeforeCreating: true)
    }
}
