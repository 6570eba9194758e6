/// A password on its way from the sign-in form to the engine. Printing it (in a failing
/// test, a log, `dump`) shows stars, never the text.
public struct Secret: Equatable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let text: String
    public init(_ text: String) { self.text = text }
    public var description: String { "********" }
    public var debugDescription: String { "Secret(********)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
