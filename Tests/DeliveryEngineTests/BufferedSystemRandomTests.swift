import DeliveryEngine
import Testing

@Suite("Randomness drawn a block at a time")
struct BufferedSystemRandomTests {
    /// Across several refills (a block is 512 numbers), the numbers are not repeated and use
    /// every bit: a block left unfilled would show up as zeros or repeats.
    @Test func drawsDistinctFullWidthNumbersAcrossRefills() {
        var random = BufferedSystemRandom()
        let numbers = (0..<2_000).map { _ in random.next() }
        #expect(Set(numbers).count == numbers.count)
        #expect(numbers.reduce(0, |) == .max)
        #expect(numbers.reduce(UInt64.max, &) == 0)
    }

    /// Two generators are independent: neither replays the other's block.
    @Test func twoGeneratorsDoNotShareABlock() {
        var first = BufferedSystemRandom(), second = BufferedSystemRandom()
        let a = (0..<64).map { _ in first.next() }, b = (0..<64).map { _ in second.next() }
        #expect(Set(a).isDisjoint(with: b))
    }
}
