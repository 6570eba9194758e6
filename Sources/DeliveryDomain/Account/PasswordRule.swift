import Foundation

/// What a password must be, judged before it is hashed (the rule never keeps it).
///
/// - At least 8 characters, as NIST SP 800-63B asks of a password a person chooses.
/// - At most 128 characters: long passphrases fit (NIST asks that at least 64 do), while a
///   megabyte pasted by mistake, or sent to make every sign-in hash it, is refused. A
///   character can carry any number of combining marks, so the UTF-8 form is bounded too
///   (4 bytes for each of the 128 characters).
/// - Not only white space: eight spaces (or ideographic spaces, U+3000) are one key held down.
public enum PasswordRule {
    public static let lengths = 8...128
    public static let maximumBytes = 4 * 128

    public static func check(_ password: String) throws(RuleViolation) {
        guard password.utf8.count <= maximumBytes, password.count <= lengths.upperBound else {
            throw .passwordTooLong(maximum: lengths.upperBound)
        }
        guard password.count >= lengths.lowerBound else { throw .weakPassword }
        guard !password.allSatisfy(\.isWhitespace) else { throw .blankPassword }
    }
}
