import DeliveryEngine
import Resilience
import Testing

/// Seeded ids come from the one SplitMix64 generator, Resilience's.
@Suite("Seeded identifiers")
struct SeededIdentifierTests {
    @Test func aSeededSourceDrawsFromTheOneSeededGenerator() {
        var generator = SeededRandomNumberGenerator(seed: 9)
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        let expected = String((0..<8).map { _ in alphabet[Int(generator.next() % 32)] })
        #expect(IdentifierSource.seeded(9).next() == expected)
        let made: SeededRandomNumberGenerator = IdentifierSource.seeded(9).makeGenerator()
        #expect(made == IdentifierSource.seeded(9).makeGenerator())
    }
}
