import ArgumentParser
import DeliveryDomain
import Foundation
import TerminalUI

/// The help text the three session commands share, and their password source.
enum SessionDiscussion {
    static func text(for role: Role) -> String {
        """
        Signs in as NAME with the password in $BAEDAL_PASSWORD, or asks for both on a sign-in \
        screen (the password is never shown). The account must be a \(role). Several sessions \
        may share one database file and see each other's changes within a fraction of a second. \
        Press ? on any screen for its keys, q to quit. Needs a terminal of at least 80×24; \
        NO_COLOR turns colours off. The screens are in Korean; --lang en (or BAEDAL_LANG=en) \
        draws them in English.
        """
    }

    static func passwordFromEnvironment() -> Secret? {
        guard let text = ProcessInfo.processInfo.environment["BAEDAL_PASSWORD"], !text.isEmpty else { return nil }
        return Secret(text)
    }
}
