import ArgumentParser
import DeliveryDomain
import Foundation
import TerminalUI

/// `baedal rider`: a full-screen session for one rider.
struct RiderSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rider",
        abstract: "Deliver: accept open jobs, pick up and deliver, and see past jobs.",
        discussion: SessionDiscussion.text(for: .rider))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var gateway: GatewayOptions
    @OptionGroup var languageOptions: LanguageOptions
    @Option(help: "The account to sign in as; asked on the sign-in screen when left out.")
    var name: String?

    func run() async throws {
        try await SessionHost.run(
            .signIn(role: .rider, name: name, password: SessionDiscussion.passwordFromEnvironment()),
            databasePath: database.resolvedPath, gateway: gateway.url, language: try languageOptions.language(),
            askBeforeCreating: true)
    }
}
