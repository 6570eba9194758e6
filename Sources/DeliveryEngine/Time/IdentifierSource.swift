import DeliveryDomain
import Foundation
import Resilience
import Synchronization

/// Makes the ids of new orders, stores and menu items. Randomness is injected so tests and
/// scripted demos produce the same ids every run, while real sessions in several processes
/// draw from the system generator and never collide in practice (40 random bits each).
public final class IdentifierSource: Sendable {
    // Crockford's base32: no I, L, O or U, so an id read aloud or typed is unambiguous.
    private static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    private let generator: Mutex<any RandomNumberGenerator & Sendable>

    public init(generator: any RandomNumberGenerator & Sendable = BufferedSystemRandom()) {
        self.generator = Mutex(generator)
    }

    public static func seeded(_ seed: UInt64) -> IdentifierSource {
        IdentifierSource(generator: SeededRandomNumberGenerator(seed: seed))
    }

    public func next(length: Int = 8) -> String {
        generator.withLock { rng in
            String(unsafeUninitializedCapacity: length) { buffer in
                for index in 0..<length { buffer[index] = Self.character(from: &rng) }
                return length
            }
        }
    }

    /// One character of an id, as ASCII: one draw, five bits of it.
    fileprivate static func character(from rng: inout any RandomNumberGenerator & Sendable) -> UInt8 {
        alphabet[Int(rng.next() % 32)]
    }

    public func orderID() -> OrderID { OrderID(next()) }
    public func storeID() -> StoreID { StoreID("S" + next(length: 6)) }
    public func menuItemID() -> MenuItemID { MenuItemID("M" + next(length: 6)) }
    public func eventID() -> UUID {
        generator.withLock { rng in
            var bytes = [UInt8](repeating: 0, count: 16)
            for i in 0..<16 { bytes[i] = UInt8(truncatingIfNeeded: rng.next()) }
            bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
            bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
            return UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                    bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                ))
        }
    }

}

extension IdentifierSource {
    /// A generator for code that wants its own, drawn from this source so runs stay repeatable.
    ///
    /// The seed is a hash of a 12-character id drawn as ``next(length:)`` draws one, folded
    /// over the characters as they are drawn (every card placed takes one of these).
    public func makeGenerator() -> SeededRandomNumberGenerator {
        let seed = generator.withLock { rng in
            (0..<12).reduce(UInt64(0)) { seed, _ in seed &* 31 &+ UInt64(Self.character(from: &rng)) }
        }
        return SeededRandomNumberGenerator(seed: seed)
    }
}
