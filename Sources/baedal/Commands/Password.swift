import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import Foundation

/// `baedal password reset NAME`: the operator's way back in for someone who forgot their
/// password. People change their own in their session (K, then p), giving the current one.
struct Password: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password",
        abstract: "Reset the password of someone who forgot theirs (people change their own in a session: K, then p).",
        subcommands: [Reset.self])

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password for the account NAME, without the old one.",
            discussion: """
                The new password comes from $BAEDAL_NEW_PASSWORD, or is asked twice on the terminal \
                without echo (one line of standard input when that is not a terminal). It must have 8 \
                to 128 characters and not be blank. The account's sign-in back-off is cleared, its open \
                sessions are signed out, and its SSH keys are left as they are. Only the database's user can run this (the database is \
                private to it), so it trusts the operator, as `baedal keys` does.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account's name.") var name: String

        func run() async throws {
            let new = try NewPasswordInput.read()
            do { try PasswordRule.check(new) } catch {
                printError("\(error.text(in: .english)) Nothing was changed.")
                throw ExitCode(1)
            }
            let engine = try await EngineOpener.openExisting(database.resolvedPath)
            do {
                let shown = try await engine.resetPassword(name: name, new: new)
                print("\(shown)'s password is reset: the new one signs in from now on, locally and over ssh.")
            } catch {
                printError("\(error.text(in: .english)) Nothing was changed.")
                throw ExitCode(1)
            }
        }
    }
}

/// A new password from `$BAEDAL_NEW_PASSWORD`, from the terminal typed twice with echo off, or
/// from one line of standard input.
enum NewPasswordInput {
    static func read() throws -> String {
        if let text = ProcessInfo.processInfo.environment["BAEDAL_NEW_PASSWORD"], !text.isEmpty { return text }
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                printError("No new password: set BAEDAL_NEW_PASSWORD, or give it as one line of standard input.")
                throw ExitCode(1)
            }
            return line
        }
        let first = try silently("New password: ")
        let second = try silently("The same again: ")
        guard first == second else {
            printError("The two passwords differ. Nothing was changed; run the command again.")
            throw ExitCode(1)
        }
        return first
    }

    /// One line typed with echo off (and echo restored however the read ends).
    private static func silently(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else {
            printError("No password was typed.")
            throw ExitCode(1)
        }
        return line
    }
}
