/// Where a password was typed: this machine's own terminal, or an SSH connection's address.
///
/// The sign-in back-off is counted per source (``SignInThrottle``), so that someone guessing
/// from one address slows only their own guesses: the account's owner, signing in from
/// elsewhere, is not kept out by a stranger typing wrong passwords under their name.
///
///     SignInSource.connection(from: "203.0.113.5")  // "ssh 203.0.113.5"
public struct SignInSource: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What the account's events record: "this machine", "ssh ADDRESS", or "earlier".
    public let label: String

    /// Sessions and scripts run on the machine that holds the database.
    public static let thisMachine = SignInSource(label: "this machine")
    /// Failures recorded before sources were (events without one): counted together, as they were.
    public static let unrecorded = SignInSource(label: "earlier")

    /// The longest address kept: an IPv6 address with a zone fits.
    static let maximumAddressLength = 64

    /// A connection's address. It comes from the server's socket, not from the client; still,
    /// only the characters an IP address is written with are kept, so the label cannot carry
    /// anything else into the log or a screen.
    public static func connection(from address: String) -> SignInSource {
        let kept = address.unicodeScalars.filter { $0.isASCII && ($0.properties.isASCIIHexDigit || ":.%".unicodeScalars.contains($0)) }
        return SignInSource(label: "ssh " + String(String.UnicodeScalarView(kept.prefix(maximumAddressLength))))
    }

    init(label: String) { self.label = label }

    /// Recorded as its label alone: `"source":"ssh 203.0.113.5"`.
    public init(from decoder: any Decoder) throws {
        label = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }

    public var description: String { label }
}
