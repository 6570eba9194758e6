import DeliveryDomain
import Foundation

extension CustomerNotice {
    /// The notice as the `notice` column holds it, written by hand (``PayloadWriter``): byte for
    /// byte what GRDB's `JSONEncoder` (sorted keys, dates as milliseconds, slashes escaped)
    /// writes, without its cost, which was a tenth of a rebuild. Nil when a text holds a control
    /// character or a slash: the caller then asks the `JSONEncoder`, whose choice of escape that is.
    var storedJSON: String? {
        var json = PayloadWriter(capacity: 96, leavesSlashesToFoundation: true)
        json.object { json in
            switch self {
            case .placed(let store):
                json.notice("placed") { $0.member("store", store) }
            case .paid(let store, let amount):
                json.notice("paid") {
                    $0.member("amount", amount)
                    $0.member("store", store)
                }
            case .paymentDeclined(let reason):
                json.notice("paymentDeclined") { $0.member("reason", reason) }
            case .paymentFailed:
                json.notice("paymentFailed") { _ in }
            case .cancelledByCustomer(let refund):
                json.notice("cancelledByCustomer") { $0.member("refund", refund) }
            case .paymentExpired(let store, let reason):
                json.notice("paymentExpired") {
                    $0.member("reason", reason)
                    $0.member("store", store)
                }
            case .notConfirmedInTime(let store, let refund):
                json.notice("notConfirmedInTime") {
                    $0.member("refund", refund)
                    $0.member("store", store)
                }
            case .cancelledByStore(let store, let reason, let refund):
                json.notice("cancelledByStore") {
                    $0.member("reason", reason)
                    $0.member("refund", refund)
                    $0.member("store", store)
                }
            case .rejected(let store, let reason, let refund):
                json.notice("rejected") {
                    $0.member("reason", reason)
                    $0.member("refund", refund)
                    $0.member("store", store)
                }
            case .confirmed(let store, let readyAt):
                json.notice("confirmed") {
                    $0.member("readyAt", readyAt)
                    $0.member("store", store)
                }
            case .onItsWay(let arrivesAt):
                json.notice("onItsWay") { $0.member("arrivesAt", arrivesAt) }
            case .riderReleased:
                json.notice("riderReleased") { _ in }
            case .pickedUp:
                json.notice("pickedUp") { _ in }
            case .delivered(let opens, let closes):
                json.notice("delivered") {
                    $0.member("reviewClosesAt", closes)
                    $0.member("reviewOpensAt", opens)
                }
            case .queued(let store):
                json.notice("queued") { $0.member("store", store) }
            case .admitted(let store):
                json.notice("admitted") { $0.member("store", store) }
            }
        }
        return json.payload.map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A notice is synthesized `Codable`: `{"case":{…}}`, its fields in sorted order (the caller
/// writes them so), an absent optional left out.
extension PayloadWriter {
    fileprivate mutating func notice(_ name: StaticString, _ fields: (inout PayloadWriter) -> Void) {
        key(name)
        object(fields)
    }

    fileprivate mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    fileprivate mutating func member(_ name: StaticString, _ value: Won?) {
        guard let value else { return }
        key(name)
        write(value)
    }

    fileprivate mutating func member(_ name: StaticString, _ value: Date) {
        key(name)
        date(value)
    }
}
