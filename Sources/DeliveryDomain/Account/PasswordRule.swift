import Foundation

/// What a password must be, judged before it is hashed (the rule never keeps it).
///
/// - At least 8 characters, as NIST SP 800-63B asks of a password a person chooses.
/// - At most 128 characters: long passphrases fit (NIST asks that at least 64 do), while a
///   megabyte pasted by mistake, or sent to make every sign-in hash it, is refused. A
///   character can carry any number of combining marks, so the UTF-8 form is bounded too
///   (4 bytes for each of the 128 characters).
/// - Not only white space: eight spaces (or ideographic spaces, U+3000) are one key held down.
///
///     try PasswordRule.check("비밀번호는길게쓴다")  // fine: 9 characters, Hangul counts one each
///     try PasswordRule.check("hunter2")          // throws .weakPassword
public enum PasswordRule {
    /// Characters as a person counts them (one Hangul syllable is one).
    public static let lengths = 8...128
    /// The UTF-8 bound, so combining marks cannot stretch 128 "characters" without end.
    public static let maximumBytes = 4 * 128

    /// Refuses a password that is too short, too long or blank. Run by the engine on the
    /// plain text before hashing; the decider later sees only the length.
    public static func check(_ password: String) throws(RuleViolation) {
        guard password.utf8.count <= maximumBytes, password.count <= lengths.upperBound else {
            throw .passwordTooLong(maximum: lengths.upperBound)
        }
        try checkLength(password.count)
        guard !password.allSatisfy(\.isWhitespace) else { throw .blankPassword }
    }

    /// The length bounds alone: what the decider checks, since it sees a password's length and
    /// never the password.
    public static func checkLength(_ characters: Int) throws(RuleViolation) {
        guard characters >= lengths.lowerBound else { throw .weakPassword }
        guard characters <= lengths.upperBound else { throw .passwordTooLong(maximum: lengths.upperBound) }
    }
}
