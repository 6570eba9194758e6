import Foundation

/// The secret that `/v1/admin` requests must carry as `Authorization: Bearer <token>`.
///
/// The admin endpoints can make the gateway decline every card or stop answering, so any
/// local process must not reach them: the gateway makes a random 256-bit token at start (or
/// takes one from its operator) and prints it once, for the operator and the drills.
public struct AdminToken: Sendable, Equatable, CustomStringConvertible {
    /// Shorter secrets are refused: they could be guessed.
    public static let minimumLength = 16

    public let value: String

    /// A token the operator chose (say, from an environment variable for a script).
    public init(_ value: String) throws(AdminTokenError) {
        guard value.count >= Self.minimumLength else { throw .tooShort(length: value.count) }
        guard value.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else { throw .notPrintable }
        self.value = value
    }

    /// 256 random bits from the system's secure generator, as 64 hexadecimal digits.
    public static func random() -> AdminToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return AdminToken(unchecked: bytes.map { String(format: "%02x", $0) }.joined())
    }

    private init(unchecked value: String) { self.value = value }

    /// The value of the `Authorization` header a request must carry.
    public var authorizationHeader: String { "Bearer \(value)" }

    /// Whether an `Authorization` header carries this token. Compares every byte whatever the
    /// first difference, so the time taken tells nothing about how much of a guess was right.
    func authorizes(_ header: String?) -> Bool {
        guard let header, header.hasPrefix("Bearer ") else { return false }
        let offered = Array(header.dropFirst("Bearer ".count).utf8)
        let expected = Array(value.utf8)
        var difference = UInt8(offered.count == expected.count ? 0 : 1)
        for index in expected.indices {
            difference |= expected[index] ^ (index < offered.count ? offered[index] : 0)
        }
        return difference == 0
    }

    /// Never prints the secret itself, so a token logged by accident stays secret.
    public var description: String { "AdminToken(…)" }
}

/// A token the operator gave cannot be used.
public enum AdminTokenError: Error, Equatable, CustomStringConvertible {
    case tooShort(length: Int)
    case notPrintable

    public var description: String {
        switch self {
        case .tooShort(let length):
            "The admin token has \(length) characters; give at least \(AdminToken.minimumLength), "
                + "or leave it unset and the gateway makes a random one."
        case .notPrintable:
            "The admin token must be printable ASCII without spaces (say, 64 hexadecimal digits)."
        }
    }
}
