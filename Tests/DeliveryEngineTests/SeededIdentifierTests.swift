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

    /// Cards are tokenised with a generator seeded this way, so seeded runs keep their tokens.
    @Test func aMadeGeneratorIsSeededByTheHashOfATwelveCharacterID() {
        let id = IdentifierSource.seeded(5).next(length: 12)
        let expected = SeededRandomNumberGenerator(seed: id.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) })
        #expect(IdentifierSource.seeded(5).makeGenerator() == expected)
    }
}
