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
    @Option(help: "The account to sign in as; asked on the sign-in screen when left out.")
    var name: String?

    func run() async throws {
        try await SessionHost.run(.signIn(role: .customer, name: name, password: SessionDiscussion.passwordFromEnvironment()),
                                  databasePath: database.resolvedPath)
    }
}

/// `baedal owner`: a full-screen session for one store owner.
struct OwnerSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "owner",
        abstract: "Run a store: incoming orders with their auto-cancel countdown, the kitchen, settings, menu, sales, reviews.",
        discussion: SessionDiscussion.text(for: .owner))

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The account to sign in as; asked on the sign-in screen when left out.")
    var name: String?

    func run() async throws {
        try await SessionHost.run(.signIn(role: .owner, name: name, password: SessionDiscussion.passwordFromEnvironment()),
                                  databasePath: database.resolvedPath)
    }
}

/// `baedal rider`: a full-screen session for one rider.
struct RiderSession: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rider",
        abstract: "Deliver: accept open jobs, pick up and deliver, and see past jobs.",
        discussion: SessionDiscussion.text(for: .rider))

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The account to sign in as; asked on the sign-in screen when left out.")
    var name: String?

    func run() async throws {
        try await SessionHost.run(.signIn(role: .rider, name: name, password: SessionDiscussion.passwordFromEnvironment()),
                                  databasePath: database.resolvedPath)
    }
}

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

    func run() async throws {
        try await SessionHost.run(.launcher, databasePath: database.resolvedPath)
    }
}

enum SessionDiscussion {
    static func text(for role: Role) -> String {
        """
        Signs in as NAME with the password in $BAEDAL_PASSWORD, or asks for both on a sign-in \
        screen (the password is never shown). The account must be a \(role). Several sessions \
        may share one database file and see each other's changes within a fraction of a second. \
        Press ? on any screen for its keys, q to quit. Needs a terminal of at least 80×24; \
        NO_COLOR turns colours off.
        """
    }

    static func passwordFromEnvironment() -> Secret? {
        guard let text = ProcessInfo.processInfo.environment["BAEDAL_PASSWORD"], !text.isEmpty else { return nil }
        return Secret(text)
    }
}
