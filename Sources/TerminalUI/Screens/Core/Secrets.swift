/// A password on its way from the sign-in form to the engine. Printing it (in a failing
/// test, a log, `dump`) shows stars, never the text.
public struct Secret: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let text: String
    public init(_ text: String) { self.text = text }
    public var description: String { "********" }
    public var debugDescription: String { "Secret(********)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

/// What the customer typed on the checkout screen. The session's runtime turns it into the
/// payment module's card details at once; like them, it never prints the number or the CVC.
public struct CardEntry: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let number: String
    public let expiryMonth: Int
    public let expiryYear: Int
    public let cvc: String

    public init(number: String, expiryMonth: Int, expiryYear: Int, cvc: String) {
        self.number = number
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cvc = cvc
    }

    public var last4: String { number.count >= 12 ? String(number.suffix(4)) : "????" }
    public var description: String { "card •••• \(last4)" }
    public var debugDescription: String { "CardEntry(•••• \(last4), \(expiryMonth)/\(expiryYear))" }
    public var customMirror: Mirror { Mirror(self, children: ["last4": last4], displayStyle: .struct) }
}
