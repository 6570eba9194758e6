/// The terminal's size in columns and rows.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest terminal baedal's screens are designed for.
    public static let minimum = TerminalSize(width: 80, height: 24)

    /// Whether this size is at least `other` in both directions.
    public func isAtLeast(_ other: TerminalSize) -> Bool {
        width >= other.width && height >= other.height
    }

    /// `80×24`, as people write terminal sizes.
    public var description: String { "\(width)×\(height)" }
}
