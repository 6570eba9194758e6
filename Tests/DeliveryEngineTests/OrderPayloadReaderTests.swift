import DeliveryDomain
import EventStore
import Foundation
import Resilience
import Testing

@testable import DeliveryEngine

/// The hand-written readers of order payloads (``OrderEvent/readInPlace(type:payload:)``) against
/// Foundation's `JSONDecoder`, on seeded random events of every type as the engine writes them,
/// and on those payloads damaged byte by byte: a reader either gives Foundation's answer or
/// gives up, and a payload Foundation refuses fails through the codec with Foundation's error.
@Suite("Order payloads read by hand")
struct OrderPayloadReaderTests {
    static let foundation = PayloadDecoderTests.foundation
    static let encoder = EventCodec().encoder()

    @Test func readsEveryRandomEventAsFoundationDoes() throws {
        var events = RandomOrderEvents(seed: 42)
        var readByHand = Set<String>()
        for _ in 0..<400 {
            for event in events.oneOfEachType() {
                let payload = try event.encodedPayload(Self.encoder)
                let expected = try OrderEvent.decode(type: event.storedType, payload: payload, Self.foundation)
                let read = OrderEvent.readInPlace(type: event.storedType, payload: payload)
                let text = String(decoding: payload, as: UTF8.self)
                if text.contains("\\") || text.contains(#/[0-9]{19}/#) {
                    // An escape, or a number longer than a reader reads, is Foundation's to read.
                    #expect(read == nil, "\(text)")
                } else {
                    #expect(read == expected, "\(event.storedType) \(text)")
                    if read != nil { readByHand.insert(event.storedType) }
                }
            }
        }
        #expect(readByHand.count == 18)
    }

    @Test func aDamagedPayloadIsReadAsFoundationReadsItOrFailsWithItsError() throws {
        var events = RandomOrderEvents(seed: 7)
        var random = SeededRandomNumberGenerator(seed: 8)
        var (readByHand, refused) = (0, 0)
        for _ in 0..<120 {
            for event in events.oneOfEachType() {
                let payload = try event.encodedPayload(Self.encoder)
                for _ in 0..<6 {
                    let damaged = Self.damage(payload, using: &random)
                    let type = event.storedType
                    let read = OrderEvent.readInPlace(type: type, payload: damaged)
                    let text = String(decoding: damaged, as: UTF8.self)
                    do {
                        let expected = try OrderEvent.decode(type: type, payload: damaged, Self.foundation)
                        if let read { #expect(read == expected, "\(type) \(text)") }
                        if read != nil { readByHand += 1 }
                    } catch {
                        refused += 1
                        #expect(read == nil, "\(type) \(text)")
                        try Self.expectCodecFails(type: type, payload: damaged, as: error)
                    }
                }
            }
        }
        // Both sides of the comparison were exercised.
        #expect(readByHand > 100)
        #expect(refused > 1_000)
    }

    @Test func givesUpOnWhatTheEngineDoesNotWrite() {
        let odd = [
            ("OrderConfirmed", #"{"at":1,"at":2,"cookMinutes":20}"#),  // a key twice
            ("OrderConfirmed", #"{"at":1,"cookMinutes":20,"note":"x"}"#),  // a key it does not know
            ("OrderConfirmed", #"{"at":1,"cookMinutes":020}"#),  // a leading zero
            ("OrderConfirmed", #"{"at":1,"cookMinutes":-0}"#),
            ("OrderConfirmed", #"{"at":1,"cookMinutes":9223372036854775807}"#),  // longer than it reads
            ("OrderConfirmed", #"{"at":1.,"cookMinutes":20}"#),  // not JSON's grammar
            ("OrderConfirmed", #"{"at":.5,"cookMinutes":20}"#),
            ("OrderConfirmed", #"{"at":1e,"cookMinutes":20}"#),
            ("OrderConfirmed", #"{"at":nan,"cookMinutes":20}"#),
            ("OrderConfirmed", #"{"at":1,"cookMinutes":20,}"#),
            ("OrderDelivered", #"{"at":1} {"at":2}"#),
            ("OrderDelivered", #"{"at":truex}"#),
            ("PaymentRefunded", #"{"amount":{"amount":1,"currency":"KRW"},"at":1,"paymentID":"p"}"#),
            ("OrderCancelled", #"{"at":1,"by":"rider","reason":"x"}"#),
            ("OrderPlacedLater", #"{"at":1}"#),
        ]
        for (type, payload) in odd {
            #expect(OrderEvent.readInPlace(type: type, payload: Data(payload.utf8)) == nil, "\(payload)")
        }
        // A string that is not UTF-8.
        var invalid = Data(#"{"at":1,"text":"ab"}"#.utf8)
        invalid[invalid.count - 3] = 0xFF
        #expect(OrderEvent.readInPlace(type: "ReviewReplied", payload: invalid) == nil)
    }

    @Test func readsNumbersAtTheEdgesAsFoundationDoes() throws {
        let instants = [
            "0", "-0", "-0.0", "1e-05", "1E+3", "4102444800000", "9007199254740993", "123456789012345678", "0.1", "1790987046853.8384",
            "1790987046853.838400", "-1790987046853.8", "1.7909870468538384e12", "5e-324", "1e300",
        ]
        for instant in instants {
            let payload = Data(#"{"at":\#(instant)}"#.utf8)
            let expected = try OrderEvent.decode(type: "OrderDelivered", payload: payload, Self.foundation)
            #expect(OrderEvent.readInPlace(type: "OrderDelivered", payload: payload) == expected, "\(instant)")
        }
        for minutes in ["0", "-1", "999999999999999999", "-999999999999999999"] {
            let payload = Data(#"{"at":1,"cookMinutes":\#(minutes)}"#.utf8)
            let expected = try OrderEvent.decode(type: "OrderConfirmed", payload: payload, Self.foundation)
            #expect(OrderEvent.readInPlace(type: "OrderConfirmed", payload: payload) == expected, "\(minutes)")
        }
    }

    /// The codec, which tries the hand-written reader first, reports Foundation's error.
    static func expectCodecFails(type: String, payload: Data, as foundationError: any Error) throws {
        let recorded = RecordedEvent(
            position: 9, streamID: StreamID("order-O1"), streamVersion: 1, eventID: UUID(), type: type,
            schemaVersion: OrderEvent.schemaVersion, payload: payload, recordedAt: Date(timeIntervalSince1970: 0),
            metadata: EventMetadata())
        do {
            _ = try EventCodec().decode(recorded, as: OrderEvent.self)
            Issue.record("decoded what Foundation refuses: \(String(decoding: payload, as: UTF8.self))")
        } catch EventDecodingError.unreadable(_, _, let reason) {
            #expect(reason == "\(foundationError)")
        }
    }

    static let blanks: [UInt8] = [0x20, 0x0A, 0x09]

    /// One byte deleted, doubled or replaced, or whitespace inserted.
    static func damage(_ payload: Data, using random: inout SeededRandomNumberGenerator) -> Data {
        var bytes = [UInt8](payload)
        let at = Int.random(in: 0..<bytes.count, using: &random)
        let replacements = Array(#"{}[]":,.-+eE019 \nnulltrueKR\"#.utf8) + [0xFF, 0x01]
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(bytes[at], at: at)
        case 2: bytes[at] = replacements.randomElement(using: &random)!
        default: bytes.insert(Self.blanks.randomElement(using: &random)!, at: at)
        }
        return Data(bytes)
    }
}

/// Order events of every type with seeded random fields: text in Korean and English, with
/// quotes, slashes and control characters now and then; amounts, minutes and instants across
/// their ranges, whole and fractional, before 1970 and far after.
struct RandomOrderEvents {
    var random: SeededRandomNumberGenerator

    init(seed: UInt64) { random = SeededRandomNumberGenerator(seed: seed) }

    private static let plainWords = [
        "김치찌개", "공기밥", "벤치 식당", "문 앞에 놓아주세요", "the card was declined", "pay-H000000N-1", "맛있어요! 🍜", "",
        "a/b", "é", "customer-0", "tok_declined_48303030",
    ]
    /// Words the encoder escapes: one word in eight.
    private static let escapedWords = ["say \"hi\"", "back\\slash", "line\nbreak", "tab\t", "\u{7}"]

    mutating func text() -> String {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in
            let words = Int.random(in: 0..<8, using: &random) == 0 ? Self.escapedWords : Self.plainWords
            return words.randomElement(using: &random)!
        }.joined(separator: " ")
    }

    mutating func whole() -> Int {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: Int.random(in: 0...60, using: &random)
        case 1: Int.random(in: -1_000...1_000, using: &random)
        case 2: Int.random(in: 0...1_000_000, using: &random)
        default: Int.random(in: -999_999_999_999_999_999...999_999_999_999_999_999, using: &random)
        }
    }

    mutating func won() -> Won { Won(whole()) }

    mutating func instant() -> Date {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: Date(timeIntervalSince1970: Double.random(in: 1_700_000_000...1_900_000_000, using: &random))
        case 1: Date(timeIntervalSince1970: Double(Int.random(in: 0...4_102_444_800, using: &random)))
        case 2: Date(timeIntervalSince1970: Double.random(in: -1e9...0, using: &random))
        case 3: Date(timeIntervalSince1970: Double.random(in: 0...1e-6, using: &random))
        default: Date(timeIntervalSince1970: Double.random(in: 0...1e15, using: &random))
        }
    }

    mutating func maybe<T>(_ make: (inout Self) -> T) -> T? { Bool.random(using: &random) ? make(&self) : nil }

    mutating func card() -> CardOnFile {
        CardOnFile(
            token: text(), brand: text(), last4: String(Int.random(in: 1000...9999, using: &random)),
            expiryMonth: whole(), expiryYear: whole())
    }

    /// Either cause, the refusal with and without the issuer's code (absent: an older event).
    mutating func declineCause() -> PaymentDeclineCause {
        Bool.random(using: &random) ? .processorFailed : .cardRefused(issuerReason: maybe { $0.text() })
    }

    mutating func line() -> OrderLine {
        OrderLine(item: MenuItemID(text()), name: text(), unitPrice: won(), quantity: whole())
    }

    /// All eighteen types, each with fresh fields.
    mutating func oneOfEachType() -> [OrderEvent] {
        [
            .placed(
                OrderEvent.Placed(
                    order: OrderID(text()), customer: AccountID(text()), store: StoreID(text()), storeName: text(),
                    owner: AccountID(text()), lines: (0..<Int.random(in: 0...3, using: &random)).map { _ in line() },
                    deliveryFee: won(), autoCancelMinutes: whole(), at: instant(),
                    waitsForAdmission: maybe { $0.random.next() % 2 == 0 }, deliveryAddress: maybe { $0.text() },
                    deliveryNote: maybe { $0.text() })),
            .paymentRequested(OrderEvent.PaymentRequested(idempotencyKey: text(), card: card(), amount: won(), at: instant())),
            .paymentApproved(OrderEvent.PaymentApproved(idempotencyKey: text(), paymentID: text(), amount: won(), at: instant())),
            .paymentDeclined(
                OrderEvent.PaymentDeclined(
                    idempotencyKey: text(), reason: text(), at: instant(), cause: maybe { $0.declineCause() })),
            .cancelled(
                OrderEvent.Cancelled(
                    by: [.customer, .store, .system].randomElement(using: &random)!, reason: text(), at: instant())),
            .rejected(OrderEvent.Rejected(reason: text(), at: instant())),
            .refunded(OrderEvent.Refunded(paymentID: text(), amount: won(), at: instant())),
            .confirmed(OrderEvent.Confirmed(cookMinutes: whole(), at: instant())),
            .riderAssigned(OrderEvent.RiderAssigned(rider: AccountID(text()), at: instant())),
            .riderReleased(OrderEvent.RiderReleased(rider: AccountID(text()), at: instant())),
            .deliveryStarted(OrderEvent.DeliveryStarted(travelMinutes: whole(), at: instant())),
            .pickedUp(OrderEvent.PickedUp(at: instant())),
            .delivered(OrderEvent.Delivered(at: instant())),
            .reviewed(OrderEvent.Reviewed(rating: whole(), text: text(), at: instant())),
            .reviewReplied(OrderEvent.ReviewReplied(text: text(), at: instant())),
            .queuedForKitchen(OrderEvent.QueuedForKitchen(at: instant())),
            .admitted(OrderEvent.Admitted(at: instant())),
            .cardHoldReleased(OrderEvent.CardHoldReleased(idempotencyKey: text(), at: instant())),
        ]
    }
}
