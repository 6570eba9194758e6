import DeliveryDomain
import EventStore
import Foundation
import Resilience
import Testing

@testable import DeliveryEngine

/// The placement's two events, the payment's outcome and the kitchen queue's two are encoded by
/// hand; the log must hold exactly the bytes the codec's `JSONEncoder` wrote before, whatever the
/// values.
@Suite("Payloads written by hand")
struct PayloadEncodingTests {
    static let foundation = EventCodec().encoder()

    /// Events are built by decoding JSON, as the log would hand them back: the domain's
    /// memberwise initialisers are not public.
    static func event<T: Decodable>(_ type: T.Type, _ fields: [String: Any]) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(T.self, from: try JSONSerialization.data(withJSONObject: fields))
    }

    /// Both writers on one event: the hand-written bytes, when it writes any, are Foundation's;
    /// and what the codec stores is Foundation's either way.
    static func expectSameBytes(_ event: OrderEvent, handWritten expected: Bool = true) throws {
        let reference = try event.encodedPayload(foundation)
        let written = event.handWrittenPayload()
        #expect((written != nil) == expected, "hand-written path taken: \(written != nil)")
        if let written {
            #expect(
                written == reference,
                "hand-written \(String(decoding: written, as: UTF8.self)) != Foundation \(String(decoding: reference, as: UTF8.self))")
        }
        let stored = try EventCodec().newEvent(event, id: UUID(), metadata: EventMetadata(actor: "test"))
        #expect(stored.payload == reference)
    }

    static func placed(
        at milliseconds: Double, strings: [String], numbers: [Int], lines: Int, optionals: Bool, waits: Bool?
    ) throws -> OrderEvent {
        var fields: [String: Any] = [
            "at": milliseconds, "autoCancelMinutes": numbers[0], "customer": strings[0],
            "deliveryFee": ["amount": numbers[1]], "order": strings[1], "owner": strings[2], "store": strings[3],
            "storeName": strings[4],
            "lines": (0..<lines).map { index in
                [
                    "item": strings[(5 + index) % strings.count], "name": strings[(6 + index) % strings.count],
                    "quantity": numbers[(2 + index) % numbers.count],
                    "unitPrice": ["amount": numbers[(3 + index) % numbers.count]],
                ] as [String: Any]
            },
        ]
        if optionals {
            fields["deliveryAddress"] = strings[5 % strings.count]
            fields["deliveryNote"] = strings[6 % strings.count]
        }
        if let waits { fields["waitsForAdmission"] = waits }
        return .placed(try event(OrderEvent.Placed.self, fields))
    }

    static func requested(at milliseconds: Double, strings: [String], numbers: [Int]) throws -> OrderEvent {
        .paymentRequested(
            try event(
                OrderEvent.PaymentRequested.self,
                [
                    "amount": ["amount": numbers[0]], "at": milliseconds, "idempotencyKey": strings[0],
                    "card": [
                        "brand": strings[1], "expiryMonth": numbers[1], "expiryYear": numbers[2], "last4": strings[2],
                        "token": strings[3],
                    ] as [String: Any],
                ]))
    }

    /// The payment's outcomes and the kitchen queue's events, from the same strings and numbers.
    static func afterPlacement(at milliseconds: Double, strings: [String], numbers: [Int]) throws -> [OrderEvent] {
        [
            .paymentApproved(
                try event(
                    OrderEvent.PaymentApproved.self,
                    [
                        "amount": ["amount": numbers[0]], "at": milliseconds, "idempotencyKey": strings[0],
                        "paymentID": strings[1],
                    ])),
            .paymentDeclined(
                try event(
                    OrderEvent.PaymentDeclined.self, ["at": milliseconds, "idempotencyKey": strings[2], "reason": strings[3]])),
            // Each cause as the synthesized `Codable` writes it; above, an event from before causes.
            .paymentDeclined(
                try event(
                    OrderEvent.PaymentDeclined.self,
                    [
                        "at": milliseconds, "idempotencyKey": strings[2], "reason": strings[3],
                        "cause": ["processorFailed": [String: Any]()],
                    ])),
            .paymentDeclined(
                try event(
                    OrderEvent.PaymentDeclined.self,
                    [
                        "at": milliseconds, "idempotencyKey": strings[2], "reason": strings[3],
                        "cause": ["cardRefused": ["issuerReason": strings[4 % strings.count]]],
                    ])),
            .paymentDeclined(
                try event(
                    OrderEvent.PaymentDeclined.self,
                    [
                        "at": milliseconds, "idempotencyKey": strings[2], "reason": strings[3],
                        "cause": ["cardRefused": [String: Any]()],
                    ])),
            .queuedForKitchen(try event(OrderEvent.QueuedForKitchen.self, ["at": milliseconds])),
            .admitted(try event(OrderEvent.Admitted.self, ["at": milliseconds])),
        ]
    }

    @Test("a placement as checkout writes it: same bytes as JSONEncoder")
    func checkoutPlacement() throws {
        let strings = ["customer-0", "H0000000", "owner-0", "SB00000", "벤치 식당", "MB00000", "김치찌개", "공기밥"]
        try Self.expectSameBytes(
            try Self.placed(
                at: 1_790_987_046_853.8384, strings: strings, numbers: [5, 3_000, 1, 9_000], lines: 2, optionals: false, waits: nil))
        try Self.expectSameBytes(
            try Self.placed(at: 1_790_987_046_853, strings: strings, numbers: [5, 0, 2, 1_000], lines: 0, optionals: true, waits: true))
        try Self.expectSameBytes(
            try Self.requested(
                at: 1_790_993_649_329.7668, strings: ["pay-H000000M-1", "visa", "4242", "tok_approved_4830"],
                numbers: [11_500, 12, 2030]))
    }

    @Test("text that needs escaping: quotes, backslashes, slashes, Korean, emoji")
    func escaping() throws {
        let strings = [#"say "hi""#, #"back\slash"#, "a/b//c", "문 앞에 놓아주세요 🍜", "", "\u{7F}del", "\u{2028}\u{2029}", "é e\u{301}"]
        try Self.expectSameBytes(try Self.placed(at: 0, strings: strings, numbers: [0, -1, 3, 7], lines: 3, optionals: true, waits: false))
        try Self.expectSameBytes(try Self.requested(at: -1.5, strings: strings, numbers: [Int.max, Int.min, 0]))
        for event in try Self.afterPlacement(at: 2.25, strings: strings, numbers: [Int.min]) {
            try Self.expectSameBytes(event)
        }
    }

    @Test("a control character leaves the payload to JSONEncoder")
    func controlCharacters() throws {
        for control in ["\n", "\t", "\r", "\u{0}", "\u{8}", "\u{C}", "\u{1F}"] {
            let strings = ["line" + control + "break", "o", "w", "s", "n", "i", "x"]
            try Self.expectSameBytes(
                try Self.placed(at: 1, strings: strings, numbers: [1, 2, 3, 4], lines: 1, optionals: false, waits: nil),
                handWritten: false)
            try Self.expectSameBytes(try Self.requested(at: 1, strings: strings, numbers: [1, 2, 3]), handWritten: false)
            let outcomes = try Self.afterPlacement(at: 1, strings: strings, numbers: [1])
            try Self.expectSameBytes(outcomes[0], handWritten: false)
        }
    }

    /// Seeded, so a failure names its case; every field varies, instants with and without
    /// fractions of a millisecond, large and small.
    @Test("500 seeded random placements, payment requests, outcomes and queue events")
    func seededRandom() throws {
        var random = SeededRandomNumberGenerator(seed: 20_261_202)
        let alphabet = Array("abcXYZ019 -_/:.\"\\한글가게🍜é") + ["\u{7F}", "\u{2028}"]
        func text() -> String { String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }) }
        func number() -> Int {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: Int.random(in: 0...10, using: &random)
            case 1: Int.random(in: -1_000_000...1_000_000, using: &random)
            case 2: Int.random(in: Int.min...Int.max, using: &random)
            default: Int.random(in: 1_000...100_000, using: &random)
            }
        }
        func instant() -> Double {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: Double(Int64.random(in: 0...2_000_000_000_000, using: &random))
            case 1: Double.random(in: 1.6e12...1.9e12, using: &random)
            case 2: (Date(timeIntervalSince1970: Double.random(in: 0...2e9, using: &random)).timeIntervalSince1970 * 1000)
            default: Double.random(in: -1e6...1e6, using: &random)
            }
        }
        for _ in 0..<500 {
            let strings = (0..<8).map { _ in text() }
            let numbers = (0..<6).map { _ in number() }
            let waits: Bool? = [nil, true, false].randomElement(using: &random)!
            try Self.expectSameBytes(
                try Self.placed(
                    at: instant(), strings: strings, numbers: numbers, lines: Int.random(in: 0...4, using: &random),
                    optionals: Bool.random(using: &random), waits: waits))
            try Self.expectSameBytes(try Self.requested(at: instant(), strings: strings, numbers: numbers))
            for event in try Self.afterPlacement(at: instant(), strings: strings.shuffled(using: &random), numbers: numbers) {
                try Self.expectSameBytes(event)
            }
        }
    }

    @Test("other events keep JSONEncoder")
    func otherEvents() throws {
        let confirmed = OrderEvent.confirmed(try Self.event(OrderEvent.Confirmed.self, ["at": 5.5, "cookMinutes": 20]))
        try Self.expectSameBytes(confirmed, handWritten: false)
    }
}
