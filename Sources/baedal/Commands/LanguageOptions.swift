import ArgumentParser
import DeliveryDomain
import Foundation

/// `--lang ko|en`: the language a command's messages are printed in. On each command that prints
/// messages (`run`, the sessions) rather than on the root: swift-argument-parser hands a
/// subcommand only its own options, and `baedal run --lang en` reads where the output is chosen.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "The language of messages: ko (Korean, the default) or en (English); default $BAEDAL_LANG, else ko.")
    var code: String?

    /// The language chosen by `--lang`, else `BAEDAL_LANG`, else Korean. An unknown code stops the
    /// command with a message naming the valid ones.
    func language() throws -> Language {
        do {
            return try Language.chosen(option: code, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError(error.description)
        }
    }

    mutating func validate() throws { _ = try language() }
}
