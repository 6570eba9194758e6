import DeliveryDomain
import Foundation

extension CustomerNotice {
    /// The notice as the `notice` column holds it, written by hand: byte for byte what GRDB's
    /// `JSONEncoder` (sorted keys, dates as milliseconds) writes, without its cost, which was a
    /// tenth of a rebuild. Nil when a text needs escaping (a quote, a backslash, a slash or a
    /// control character): the caller then asks the `JSONEncoder`, so escaping has one author.
    var storedJSON: String? {
        var json = JSONObjectText()
        switch self {
        case .placed(let store):
            json.open("placed")
            json.string("store", store)
        case .paid(let store, let amount):
            json.open("paid")
            json.won("amount", amount)
            json.string("store", store)
        case .paymentDeclined(let reason):
            json.open("paymentDeclined")
            json.string("reason", reason)
        case .cancelledByCustomer(let refund):
            json.open("cancelledByCustomer")
            json.won("refund", refund)
        case .paymentExpired(let store, let reason):
            json.open("paymentExpired")
            json.string("reason", reason)
            json.string("store", store)
        case .notConfirmedInTime(let store, let refund):
            json.open("notConfirmedInTime")
            json.won("refund", refund)
            json.string("store", store)
        case .cancelledByStore(let store, let reason, let refund):
            json.open("cancelledByStore")
            json.string("reason", reason)
            json.won("refund", refund)
            json.string("store", store)
        case .rejected(let store, let reason, let refund):
            json.open("rejected")
            json.string("reason", reason)
            json.won("refund", refund)
            json.string("store", store)
        case .confirmed(let store, let readyAt):
            json.open("confirmed")
            json.date("readyAt", readyAt)
            json.string("store", store)
        case .onItsWay(let arrivesAt):
            json.open("onItsWay")
            json.date("arrivesAt", arrivesAt)
        case .pickedUp:
            json.open("pickedUp")
        case .delivered(let opens, let closes):
            json.open("delivered")
            json.date("reviewClosesAt", closes)
            json.date("reviewOpensAt", opens)
        case .queued(let store):
            json.open("queued")
            json.string("store", store)
        case .admitted(let store):
            json.open("admitted")
            json.string("store", store)
        }
        return json.closed
    }
}

/// `{"case":{…}}`, one field after another; the caller writes the fields in sorted order.
private struct JSONObjectText {
    private var text = ""
    private var fields = 0
    private var escapable = false

    mutating func open(_ name: String) {
        text.reserveCapacity(96)
        text += "{\"\(name)\":{"
    }

    private mutating func key(_ name: String) {
        if fields > 0 { text += "," }
        fields += 1
        text += "\"\(name)\":"
    }

    mutating func string(_ name: String, _ value: String) {
        key(name)
        if value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "/") }) {
            escapable = true
        }
        text += "\"\(value)\""
    }

    mutating func won(_ name: String, _ value: Won?) {
        guard let value else { return }
        key(name)
        text += "{\"amount\":\(value.amount)}"
    }

    /// As `JSONEncoder` writes a double: its shortest round-trip form, without a trailing `.0`.
    mutating func date(_ name: String, _ value: Date) {
        key(name)
        var number = (1000.0 * value.timeIntervalSince1970).description
        if number.hasSuffix(".0") { number.removeLast(2) }
        text += number
    }

    var closed: String? { escapable ? nil : text + "}}" }
}
