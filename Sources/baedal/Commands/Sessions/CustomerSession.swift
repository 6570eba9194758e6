import ArgumentParser
import DeliveryDomain
import Foundation
import TerminalUI

/// `baedal customer`: a full-screen session for one customer.
struct CustomerSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "Order food: stores and menus, cart and card checkout, live tracking, notifications, reviews.",
        discussion: SessionDiscussion.text(for: .customer))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var gateway: GatewayOptions
    @OptionGroup var languageOptions: LanguageOptions
    @Option(help: "The account to sign in as; asked on the sign-in screen when left out.")
    var name: String?

    func run() async throws {
        try await SessionHost.run(
            .signIn(role: .customer, name: name, password: SessionDiscussion.passwordFromEnvironment()),
            databasePath: database.resolvedPath, gateway: gateway.url, language: try languageOptions.language(),
            askBeforeCreating: true)
    }
}
