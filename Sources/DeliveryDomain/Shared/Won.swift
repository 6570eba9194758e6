/// An amount of Korean won. Won has no minor unit, so whole numbers are exact.
///
/// Its own type, not a bare `Int`, so a price cannot be mixed up with a quantity or a count:
///
///     let line = Won(8_000) * 2    // 16,000원: two portions
///     line + 3_000                 // 19,000원, the delivery fee added
public struct Won: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, AdditiveArithmetic
{
    /// The whole number of won.
    public let amount: Int
    public init(_ amount: Int) { self.amount = amount }
    public init(integerLiteral value: Int) { self.amount = value }

    public static let zero = Won(0)
    public static func + (a: Won, b: Won) -> Won { Won(a.amount + b.amount) }
    public static func - (a: Won, b: Won) -> Won { Won(a.amount - b.amount) }
    public static func * (a: Won, n: Int) -> Won { Won(a.amount * n) }
    public static func < (a: Won, b: Won) -> Bool { a.amount < b.amount }

    /// "12,000원": thousands grouped the way Korean menus print prices.
    public var description: String {
        let digits = String(abs(amount))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (amount < 0 ? "-" : "") + grouped + "원"
    }
}
