import DeliveryDomain
import EventStore
import Foundation
import Resilience
import Testing

@testable import DeliveryEngine

/// The codec's fast path must read every payload exactly as Foundation's `JSONDecoder` does,
/// and leave what it does not read to Foundation: an old log must never decode differently.
@Suite("Payloads read in place")
struct PayloadDecoderTests {
    static let foundation: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()

    /// One payload of every order event as the engine writes it, with optional fields absent,
    /// present and null, Korean text, and instants with and without a fraction of a millisecond.
    static let orderPayloads: [(type: String, payload: String)] = [
        (
            "OrderPlaced",
            #"{"at":1790987046853.8384,"autoCancelMinutes":5,"customer":"customer-0","deliveryFee":{"amount":3000},"lines":[{"item":"MB00000","name":"김치찌개","quantity":1,"unitPrice":{"amount":9000}},{"item":"MB00003","name":"공기밥","quantity":2,"unitPrice":{"amount":1000}}],"order":"H0000000","owner":"owner-0","store":"SB00000","storeName":"벤치 식당"}"#
        ),
        (
            "OrderPlaced",
            #"{"at":1790987046853,"autoCancelMinutes":5,"customer":"c","deliveryAddress":"서울 관악구 신림로 1, 101호","deliveryFee":{"amount":0},"deliveryNote":"문 앞에 놓아주세요","lines":[],"order":"O1","owner":"o","store":"S1","storeName":"홍콩반점","waitsForAdmission":true}"#
        ),
        (
            "OrderPlaced",
            #"{ "at" : 1.7909870468538384e12, "autoCancelMinutes" : 5, "customer" : "c", "deliveryFee" : {"amount" : 3000}, "deliveryNote" : null, "lines" : [ ], "order" : "O2", "owner" : "o", "store" : "S1", "storeName" : "s", "waitsForAdmission" : false, "unknown" : [1, {"a": "\"x\""}] }"#
        ),
        (
            "PaymentRequested",
            #"{"amount":{"amount":11500},"at":1790993649329.7668,"card":{"brand":"visa","expiryMonth":12,"expiryYear":2030,"last4":"0002","token":"tok_declined_48303030"},"idempotencyKey":"pay-H000000M-1"}"#
        ),
        (
            "PaymentApproved",
            #"{"amount":{"amount":11500},"at":1790993982453.5632,"idempotencyKey":"pay-H000000N-1","paymentID":"pay_sbx_H000000N"}"#
        ),
        ("PaymentDeclined", #"{"at":1790987049853.8384,"idempotencyKey":"pay-H0000000-1","reason":"the card was declined"}"#),
        (
            "PaymentDeclined",
            #"{"at":1790987049853.8384,"cause":{"cardRefused":{"issuerReason":"insufficientFunds"}},"idempotencyKey":"pay-H0000000-1","reason":"The card has insufficient funds. Try another card."}"#
        ),
        ("PaymentDeclined", #"{"at":1,"cause":{"cardRefused":{}},"idempotencyKey":"pay-H0000000-1","reason":"declined"}"#),
        ("PaymentDeclined", #"{"at":1,"cause":{"processorFailed":{}},"idempotencyKey":"pay-H0000000-2","reason":"failed"}"#),
        ("PaymentDeclined", #"{"at":1,"cause":null,"idempotencyKey":"pay-H0000000-2","reason":"failed"}"#),
        ("OrderCancelled", #"{"at":1790987139853.8384,"by":"customer","reason":"cancelled by the customer"}"#),
        ("OrderCancelled", #"{"at":-1.5,"by":"system","reason":"결제 시간이 지났어요"}"#),
        ("OrderRejected", #"{"at":1790987439977.635,"reason":"재료가 다 떨어졌습니다"}"#),
        ("PaymentRefunded", #"{"amount":{"amount":11500},"at":1790994042453.5632,"paymentID":"pay_sbx_H000000N"}"#),
        ("OrderConfirmed", #"{"at":1790988100225.2278,"cookMinutes":20}"#),
        ("RiderAssigned", #"{"at":1790988220225.2278,"rider":"rider-3"}"#),
        ("RiderReleased", #"{"at":1790988280225.2278,"rider":"정라이더"}"#),
        ("DeliveryStarted", #"{"at":1790989300225.2278,"travelMinutes":15}"#),
        ("OrderPickedUp", #"{"at":1790989420225.2278}"#),
        ("OrderDelivered", #"{"at":0}"#),
        ("ReviewWritten", #"{"at":1790997520225.2278,"rating":3,"text":"맛있어요! 또 시킬게요 🍜"}"#),
        ("ReviewReplied", #"{"at":1791001120225.2278,"text":"감사합니다! 또 들러 주세요"}"#),
        ("OrderQueuedForKitchen", #"{"at":1790989420225.2278}"#),
        ("OrderAdmitted", #"{"at":1790989420225.2278}"#),
        ("CardHoldReleased", #"{"at":1790989420225.2278,"idempotencyKey":"pay-H000000M-1"}"#),
    ]

    static func foundationOrderEvent(_ type: String, _ payload: String) throws -> OrderEvent {
        try OrderEvent.decode(type: type, payload: Data(payload.utf8), foundation)
    }

    @Test func readsEveryOrderEventAsFoundationDoes() throws {
        for (type, payload) in Self.orderPayloads {
            let expected = try Self.foundationOrderEvent(type, payload)
            let data = Data(payload.utf8)
            #expect(try OrderEvent.decode(type: type, payload: data, PayloadDecoder()) == expected, "\(type) \(payload)")
            // Read by the fast path itself, not by falling back.
            switch expected {
            case .placed: #expect(PayloadDecoder.decodeFast(OrderEvent.Placed.self, from: data) != nil, "\(payload)")
            case .paymentRequested: #expect(PayloadDecoder.decodeFast(OrderEvent.PaymentRequested.self, from: data) != nil)
            case .cancelled: #expect(PayloadDecoder.decodeFast(OrderEvent.Cancelled.self, from: data) != nil)
            case .reviewed: #expect(PayloadDecoder.decodeFast(OrderEvent.Reviewed.self, from: data) != nil)
            default: break
            }
            // And by its hand-written reader, unless the payload holds a key the engine never wrote.
            let read = OrderEvent.readInPlace(type: type, payload: data)
            #expect(read == expected || (read == nil && payload.contains("unknown")), "\(type) \(payload)")
        }
        let types = Set(Self.orderPayloads.map { $0.type })
        #expect(types.count == 18, "every order event type has a payload here")
    }

    @Test func readsEveryInstantAsFoundationDoes() throws {
        var random = SeededRandomNumberGenerator(seed: 12)
        for _ in 0..<5_000 {
            let seconds = Double.random(in: 0...4_102_444_800, using: &random)
            for text in [(1000 * seconds).description, String(format: "%.4f", 1000 * seconds), String(Int(1000 * seconds))] {
                let payload = #"{"at":\#(text)}"#
                let expected = try JSONDecoder.millis.decode(OrderEvent.Delivered.self, from: Data(payload.utf8))
                #expect(PayloadDecoder.decodeFast(OrderEvent.Delivered.self, from: Data(payload.utf8)) == expected, "\(payload)")
            }
        }
    }

    @Test func leavesEscapesAndOddNumbersToFoundation() throws {
        let escaped = #"{"at":1790987439977.635,"reason":"\"재료\"가 다 떨어졌습니다 \u00e9 \/"}"#
        #expect(PayloadDecoder.decodeFast(OrderEvent.Rejected.self, from: Data(escaped.utf8)) == nil)
        #expect(
            try OrderEvent.decode(type: "OrderRejected", payload: Data(escaped.utf8), PayloadDecoder())
                == Self.foundationOrderEvent("OrderRejected", escaped))
        let fractionalMinutes = #"{"at":1,"cookMinutes":20.0}"#
        #expect(PayloadDecoder.decodeFast(OrderEvent.Confirmed.self, from: Data(fractionalMinutes.utf8)) == nil)
        let huge = #"{"at":1,"cookMinutes":99999999999999999999}"#
        #expect(PayloadDecoder.decodeFast(OrderEvent.Confirmed.self, from: Data(huge.utf8)) == nil)
    }

    @Test func anUnreadablePayloadFailsWithFoundationsError() {
        for payload in [#"{"at":1}"#, #"{"at":1,"cookMinutes":"twenty"}"#, #"{"at":1,"cookMinutes":20} trailing"#, #"{"at":1,"#, ""] {
            #expect(PayloadDecoder.decodeFast(OrderEvent.Confirmed.self, from: Data(payload.utf8)) == nil, "\(payload)")
            #expect(throws: DecodingError.self) { try PayloadDecoder().decode(OrderEvent.Confirmed.self, from: Data(payload.utf8)) }
        }
        let unknownCanceller = #"{"at":1,"by":"rider","reason":"x"}"#
        #expect(throws: DecodingError.self) { try PayloadDecoder().decode(OrderEvent.Cancelled.self, from: Data(unknownCanceller.utf8)) }
    }

    @Test func readsTheLogsOtherStreamsAsFoundationDoes() throws {
        let signedUp = Data(
            #"{"account":"customer-0","at":1790987972853.8384,"name":"customer-0","passwordHash":"scrypt$16$1$1$zn3d$QQaS","role":"customer"}"#
                .utf8)
        #expect(
            try AccountEvent.decode(type: "SignedUp", payload: signedUp, PayloadDecoder())
                == AccountEvent.decode(type: "SignedUp", payload: signedUp, Self.foundation))
        let store = Data(
            #"{"at":1790987107853.8384,"owner":"owner-0","profile":{"address":"서울특별시 마포구 와우산로 94","businessNumber":"123-45-67891","category":"한식","deliveryFee":{"amount":3000},"hours":{"closesAt":1440,"opensAt":0},"minimumOrder":{"amount":0},"name":"벤치 식당","payoutAccount":"국민 123-456-789"},"settings":{"autoCancelMinutes":5,"busyExtraMinutes":20,"prepMinutes":20},"store":"SB00000"}"#
                .utf8)
        #expect(
            try StoreEvent.decode(type: "StoreRegistered", payload: store, PayloadDecoder())
                == StoreEvent.decode(type: "StoreRegistered", payload: store, Self.foundation))
    }
}

/// The `notice` column written by hand must be what GRDB's encoder writes, byte for byte: rows
/// written before and after compare equal, and readers decode both.
@Suite("Notices written by hand")
struct CustomerNoticeJSONTests {
    @Test func writesWhatTheEncoderWrites() throws {
        var random = SeededRandomNumberGenerator(seed: 9)
        let encoder = NotificationEntry.databaseJSONEncoder(for: "notice")
        let stores = ["홍콩반점", "벤치 식당", "Joe's", "a", ""]
        for _ in 0..<2_000 {
            let store = stores.randomElement(using: &random)!
            let reason = ["재료가 다 떨어졌습니다", "the card was declined", "🍜 품절"].randomElement(using: &random)!
            let date = Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &random))
            let whole = Date(timeIntervalSince1970: Double(Int.random(in: 0...4_102_444_800, using: &random)))
            let won = Won(Int.random(in: 0...1_000_000, using: &random))
            let refund: Won? = Bool.random(using: &random) ? won : nil
            let notices: [CustomerNotice] = [
                .placed(store: store), .paid(store: store, amount: won), .paymentDeclined(reason: reason),
                .cancelledByCustomer(refund: refund), .paymentExpired(store: store, reason: reason),
                .notConfirmedInTime(store: store, refund: refund), .cancelledByStore(store: store, reason: reason, refund: refund),
                .rejected(store: store, reason: reason, refund: won), .confirmed(store: store, readyAt: date),
                .onItsWay(arrivesAt: whole), .riderReleased, .pickedUp, .delivered(reviewOpensAt: date, reviewClosesAt: whole),
                .queued(store: store), .admitted(store: store),
                .paymentFailed,
            ]
            #expect(Set(notices.map(\.key)) == Set(CustomerNotice.Key.allCases))
            for notice in notices {
                let expected = String(decoding: try encoder.encode(notice), as: UTF8.self)
                #expect(notice.storedJSON == expected)
            }
        }
    }

    @Test func escapesQuotesAndBackslashesAsTheEncoderDoes() throws {
        let encoder = NotificationEntry.databaseJSONEncoder(for: "notice")
        for text in ["\"quoted\"", "back\\slash", "가\"나\\다"] {
            let notice = CustomerNotice.cancelledByStore(store: text, reason: text, refund: Won(1_000))
            #expect(notice.storedJSON == String(decoding: try encoder.encode(notice), as: UTF8.self))
        }
    }

    @Test func leavesSlashesAndControlCharactersToTheEncoder() throws {
        for text in ["a/b", "line\nbreak", "tab\there"] {
            let notice = CustomerNotice.paymentDeclined(reason: text)
            #expect(notice.storedJSON == nil)
            let entry = NotificationEntry(
                position: 1, accountId: AccountID("a"), orderId: OrderID("o"), status: "awaitingPayment", notice: notice,
                createdAt: Date(timeIntervalSince1970: 0))
            let stored = try entry.noticeJSON
            #expect(try NotificationEntry.databaseJSONDecoder(for: "notice").decode(CustomerNotice.self, from: Data(stored.utf8)) == notice)
        }
    }
}

extension JSONDecoder {
    fileprivate static let millis: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()
}
