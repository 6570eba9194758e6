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
        if let (first, second) = LookalikeScripts.mix(in: name) { throw .invalidName(.mixedScripts(first, second)) }
        guard !reserved.contains(name.lowercased()) else { throw .invalidName(.reserved(name)) }
        return name
    }

    /// Names no account may take: those the engine writes as an event's actor for itself
    /// (``Actor/system``'s `system`, the timers' and the operator's `operator`, `sign-in`), so
    /// no person's actions read as the system's and no person is treated as it; and those
    /// `baedal serve` answers with the launcher (`new`, `signup`, `guest`), where an account
    /// could never be reached by name.
    public static let reserved: Set<String> = Set(["system", "operator", "sign-in"]).union(newcomerNames)

    /// The user names `baedal serve` answers with the launcher, to sign up or sign in there.
    public static let newcomerNames: Set<String> = ["new", "signup", "guest"]
}

import Foundation
