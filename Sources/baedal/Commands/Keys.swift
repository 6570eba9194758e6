import ArgumentParser
import DeliveryEngine
import Foundation
import SessionServer

/// `baedal keys`: public keys accounts sign in with over SSH (`baedal serve`).
struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Register SSH public keys, so an account signs in to `baedal serve` without its password.",
        discussion: """
            Keys live beside the database, in DB.ssh-authorized-keys (0600), one `NAME<TAB>KEY` line \
            each; `baedal serve` reads the file again when it changes. Only the server's user can run \
            this (the database is private to it), so it trusts the operator, as `baedal serve` does. \
            People register and remove their own keys in their session too: K opens "계정" (account).
            """,
        subcommands: [Add.self, List.self, Remove.self])

    static func file(for databasePath: String) -> AuthorizedKeys {
        AuthorizedKeys(path: ServerFiles.base(forDatabase: databasePath) + ".ssh-authorized-keys")
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register the public key in PUBKEYFILE (e.g. ~/.ssh/id_ed25519.pub) for the account NAME.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account's name.") var name: String
        @Argument(help: "An OpenSSH public key file (.pub).") var publicKeyFile: String

        func run() async throws {
            let engine = try await EngineOpener.openExisting(database.resolvedPath)
            guard let account = try? await engine.account(named: name) else {
                printError("No account is named \(name); sign up first (`baedal`), then register a key.")
                throw ExitCode(1)
            }
            guard let text = try? String(contentsOfFile: publicKeyFile, encoding: .utf8) else {
                printError("Cannot read \(publicKeyFile).")
                throw ExitCode(1)
            }
            let key: AuthorizedKey
            do {
                key = try Keys.file(for: database.resolvedPath).add(text, for: account.name)
            } catch .alreadyRegistered(let fingerprint) {
                // Registering twice is what was wanted: say so, and succeed.
                print("\(account.name) has this key (\(fingerprint)) registered already; nothing changed.")
                return
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            print("\(account.name) can now sign in over SSH with the key in \(publicKeyFile) (\(key.fingerprint)).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the keys registered for NAME: type, fingerprint (as `ssh-keygen -lf` prints it) and comment.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account's name.") var name: String

        func run() async throws {
            let keys = Keys.file(for: database.resolvedPath).registered(for: name)
            if keys.isEmpty { print("No keys are registered for \(name).") }
            for key in keys { print([key.type, key.fingerprint, key.comment].filter { !$0.isEmpty }.joined(separator: "  ")) }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove NAME's key with this FINGERPRINT (SHA256:…, as `baedal keys list NAME` shows it).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account's name.") var name: String
        @Argument(help: "The key's fingerprint, e.g. SHA256:abc…") var fingerprint: String

        func run() async throws {
            do {
                try Keys.file(for: database.resolvedPath).remove(fingerprint: fingerprint, for: name)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            print("Removed \(fingerprint) from \(name)'s keys; it no longer signs in over SSH.")
        }
    }
}
