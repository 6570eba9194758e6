/// Rules for the names people sign up with. Korean names are as welcome as Latin ones.
/// Two names with the same ``NameKey`` (`ＡＬＩＣＥ` and `alice`) are one account.
///
///     try AccountName.validate(" 김민지 ")    // "김민지": trimmed, precomposed
///     try AccountName.validate("kim minji")  // throws .invalidName: no spaces
public enum AccountName {
    /// The name in the form it is stored and shown (trimmed, NFC), or why it cannot be a name:
    /// 2 to 20 letters (any script), digits, `-`, `_` or `.`. Whether it is free is the
    /// decider's question, not this one's.
    public static func validate(_ raw: String) throws(RuleViolation) -> String {
        let name = raw.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        // Said first and precisely: a name is shown on other people's screens (see FreeText).
        if let found = FreeText.firstRefused(in: name) {
            throw .forbiddenCharacter(field: "name", character: FreeText.describe(found.scalar), position: found.position)
        }
        guard (2...20).contains(name.count) else {
            throw .invalidName(.length(name: name, count: name.count))
        }
        let allowed = name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
        guard allowed else {
            throw .invalidName(.characters)
        }
        return name
    }
}

import Foundation
