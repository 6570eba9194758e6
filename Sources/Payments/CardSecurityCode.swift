/// A CVC typed to pay with a remembered card: held only until it is checked, and printed as
/// dots by every way Swift prints a value, so an effect, a test failure or a log cannot show it.
public struct CardSecurityCode: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let digits: String

    public init(_ digits: String) { self.digits = digits }

    public var description: String { "•••" }
    public var debugDescription: String { "CardSecurityCode(•••)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// The digits, for the check only (``RememberedCardCheck``).
    var rawDigits: String { digits }
}
