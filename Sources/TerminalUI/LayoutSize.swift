/// How much of a row or column split one part gets.
public enum LayoutSize: Hashable, Sendable {
    /// Exactly this many cells (less if the space runs out; parts earlier in the list win).
    case fixed(Int)
    /// A share of what the fixed parts leave, in proportion to the other ratios.
    case ratio(Int)

    /// One equal share of the leftover space.
    public static let fill = LayoutSize.ratio(1)
}

extension Rect {
    /// Stacks parts top to bottom, `spacing` rows apart.
    ///
    /// `rect.splitRows([.fixed(1), .fill, .fixed(1)])` gives header, body and footer.
    public func splitRows(_ sizes: [LayoutSize], spacing: Int = 0) -> [Rect] {
        var top = y
        return distribute(length: height, sizes: sizes, spacing: spacing).map { length in
            defer { top += length + spacing }
            return Rect(x: x, y: top, width: width, height: length)
        }
    }

    /// Places parts left to right, `spacing` columns apart.
    public func splitColumns(_ sizes: [LayoutSize], spacing: Int = 0) -> [Rect] {
        var left = x
        return distribute(length: width, sizes: sizes, spacing: spacing).map { length in
            defer { left += length + spacing }
            return Rect(x: left, y: y, width: length, height: height)
        }
    }
}

/// Splits `length` cells among `sizes`. Fixed parts are served first in order; ratio
/// parts share the rest, with rounding leftovers going one cell each to the earliest
/// ratio parts so the parts always add up exactly.
func distribute(length: Int, sizes: [LayoutSize], spacing: Int) -> [Int] {
    guard !sizes.isEmpty else { return [] }
    var remaining = max(0, length - max(0, spacing) * (sizes.count - 1))
    var lengths = Array(repeating: 0, count: sizes.count)
    for (index, size) in sizes.enumerated() {
        if case .fixed(let wanted) = size {
            lengths[index] = min(max(0, wanted), remaining)
            remaining -= lengths[index]
        }
    }
    let totalRatio = sizes.reduce(0) { sum, size in
        if case .ratio(let share) = size { return sum + max(0, share) }
        return sum
    }
    guard totalRatio > 0 else { return lengths }
    var handedOut = 0
    for (index, size) in sizes.enumerated() {
        if case .ratio(let share) = size {
            lengths[index] = remaining * max(0, share) / totalRatio
            handedOut += lengths[index]
        }
    }
    var leftover = remaining - handedOut
    for (index, size) in sizes.enumerated() where leftover > 0 {
        if case .ratio(let share) = size, share > 0 {
            lengths[index] += 1
            leftover -= 1
        }
    }
    return lengths
}
