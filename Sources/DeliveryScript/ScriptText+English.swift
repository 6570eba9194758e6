import DeliveryDomain
import DeliveryEngine
import Foundation

extension ScriptText {
    var english: String {
        switch self {
        case .clockSet(let now): "clock set to \(KoreanTime.full(now))"
        case .clockAdvanced(let now, let cancelled):
            "clock advanced to \(KoreanTime.full(now))\(cancelled.isEmpty ? "" : "; auto-cancelled \(cancelled.joined(separator: ", "))")"
        case .signedUp(let name, let role): "signed up \(name) as \(role == .owner ? "an" : "a") \(role)"
        case .signedIn(let name): "signed in as \(name)"
        case .actingAs(let name, let role): "acting as \(name) (\(role))"
        case .registeredStore(let name, let id): "registered \(name) (\(id))"
        case .storeMode(let store, let mode): "\(store) is now \(mode)"
        case .storeHours(let store, let hours): "\(store) now opens \(hours)"
        case .autoCancel(let store, let minutes): "\(store) auto-cancels after \(minutes) min"
        case .kitchenCapacity(let store, let capacity):
            capacity.map { "\(store) takes at most \($0) orders into its kitchen at once" }
                ?? "\(store) takes any number of orders into its kitchen"
        case .ordersPerMinute(let store, let rate):
            rate.map { "\(store) lets in at most \($0) orders a minute" } ?? "\(store) lets in any number of orders a minute"
        case .menuItemAdded(let name, let price, let store): "added \(name) at \(price.text(in: .english)) to \(store)"
        case .menuItemEdited(let name, let store): "edited \(name) at \(store)"
        case .menuItemRemoved(let name, let store): "took \(name) off \(store)'s menu"
        case .storeDetailsUpdated(let store): "updated \(store)'s details"
        case .soldOut(let name, let soldOut): "\(name) is \(soldOut ? "sold out" : "back in stock")"
        case .cartAdded(let items, let store): "cart: \(items) item\(items == 1 ? "" : "s") from \(store)"
        case .cartRemoved(let items): "cart: \(items) items"
        case .cartShown(let items, let store): "cart: \(items) items from \(store.isEmpty ? "no store" : store)"
        case .cartEmptied: "cart emptied"
        case .orderPlaced(let order, let store, let total, let to, let payment):
            "placed \(order) at \(store): \(total.text(in: .english)) to \(to)\(payment.map { "; \($0)" } ?? "; awaiting payment")"
        case .addressSaved(let address, let isDefault): "address saved: \(address)\(isDefault ? " (default)" : "")"
        case .addressRemoved(let address): "address removed: \(address)"
        case .defaultAddress(let address): "default address: \(address)"
        case .cardForgotten(let card): "card ending \(card) forgotten"
        case .passwordChanged: "password changed"
        case .addressCount(let addresses, let cards):
            "\(addresses) address\(addresses == 1 ? "" : "es"), \(cards) remembered card\(cards == 1 ? "" : "s")"
        case .pickUp(let store, let address): "pick up: \(store), \(address)"
        case .deliverTo(let address, let note): "deliver to: \(address)\(note.map { " (\($0))" } ?? "")"
        case .payment(let order, let result): "\(order) \(result)"
        case .cancelled(let order, let refund): "\(order) cancelled\(refund.map { "; \($0.text(in: .english)) refunded" } ?? "")"
        case .rejected(let order, let reason, let refund):
            "\(order) rejected (\(reason))\(refund.map { "; \($0.text(in: .english)) refunded" } ?? "")"
        case .confirmed(let order, let readyAt): "\(order) confirmed; ready around \(readyAt)"
        case .deliveryStarted(let order, let minutes): "\(order) delivery started; arriving in about \(minutes) min"
        case .accepted(let order, let rider): "\(order) accepted by \(rider)"
        case .released(let order, let rider): "\(order) given back by \(rider); open to every rider again"
        case .pickedUp(let order): "\(order) picked up"
        case .delivered(let order): "\(order) delivered"
        case .reviewed(let order, let rating): "\(order) reviewed: \(String(repeating: "★", count: rating))"
        case .replied(let order): "replied to the review of \(order)"
        case .favourite(let store): "\(store) is a favourite"
        case .unfavourite(let store): "\(store) is no longer a favourite"
        case .notificationsRead: "notifications marked read"
        case .letIntoKitchen(let orders): "let into the kitchen: \(orders.joined(separator: ", "))"
        case .refused(let message): "refused: \(message)"
        case .storeCount(let count): "\(count) store\(count == 1 ? "" : "s")"
        case .storeLine(let favourite, let name, let category, let availability, let opens, let minimum, let fee, let rating, let dishes):
            "\(favourite ? "♥ " : "")\(name) [\(category)] \(availability)"
                + (opens.map { " (opens \($0.isTomorrow ? "tomorrow " : "")\($0.clock))" } ?? "")
                + ", minimum \(minimum.text(in: .english)), fee \(fee.text(in: .english)), \(rating.map { String(format: "★%.1f", $0) } ?? "no reviews")"
                + (dishes.isEmpty ? "" : ", sells \(dishes.joined(separator: ", "))")
        case .menuCount(let count): "\(count) menu items"
        case .menuLine(let name, let price, let soldOut): "\(name) \(price.text(in: .english))\(soldOut ? " (sold out)" : "")"
        case .orderStatus(let order, let status): "\(order) is \(status.label)"
        case .orderLine(let order, let placedAt, let store, let summary, let total, let status):
            "\(order) \(placedAt) \(store) \(summary) \(total.text(in: .english)) \(status.label)"
        case .timelineCount(let order, let count): "\(order): \(count) events"
        case .timelineLine(let at, let type, let actor): "\(at) \(type) by \(actor)"
        case .historyCount(let count): "\(count) orders in the last 3 months"
        case .notificationCount(let count): "\(count) notifications"
        case .incomingCount(let count): "\(count) orders waiting for confirmation"
        case .inProgressCount(let count): "\(count) orders in progress"
        case .openJobCount(let count): "\(count) open jobs"
        case .jobsInHand(let count): "\(count) jobs in hand"
        case .sales(let store, let delivered, let revenue, let rating, let reviews):
            "\(store): \(delivered) delivered, \(revenue.text(in: .english)) sales, rating \(rating.map { String(format: "%.1f", $0) } ?? "-") (\(reviews))"
        case .reviewCount(let count): "\(count) reviews"
        case .pastOrderCount(let count, let older):
            "\(older ? "newest " : "")\(count) finished orders\(older ? " (older ones not shown)" : "")"
        case .pastOrderLine(let order, let placedAt, let summary, let total, let outcome):
            "\(order) \(placedAt) \(summary) \(total.text(in: .english)) \(outcome.label(in: .english))"
        case .expectedRefusalGotSuccess: "expected a refusal, but the previous command succeeded"
        case .expectedRefusalMentioning(let fragment, let got): "expected a refusal mentioning \"\(fragment)\", got: \(got)"
        case .refusedAsExpected: "refused as expected"
        case .expectedSuccessGotRefusal(let message): "expected success, got: \(message)"
        case .ok: "ok"
        case .statusIs(let order, let status): "\(order) is \(status.rawValue)"
        case .expectedStatus(let order, let expected, let actual): "expected \(order) to be \(expected.rawValue), it is \(actual.rawValue)"
        case .countIs(let count, let what): "\(count) \(what.rawValue)"
        case .expectedCount(let count, let what, let found): "expected \(count) \(what.rawValue), found \(found)"
        case .paymentIs(let word): "payment \(word)"
        case .expectedPayment(let word, let was): "expected payment \(word), it was \(was)"
        case .refusalNotExpected(let line): "line \(line) was refused, and no `expect refused` follows it"
        case .failedExpectation(let line, let text): "line \(line): \(text)"
        case .summary(let commands, let expectations, let failed): "\(commands) commands, \(expectations) expectations, \(failed) failed"
        case .noOneSignedIn: "No one is signed in; start with `signup` or `signin`, or `as NAME`."
        case .unknownLabel(let label): "No order is labelled @\(label) in this script."
        case .notSignedInHere(let name):
            "No account named \"\(name)\" has signed in during this script; sign it in first with `signin \(name) password \"…\"`."
        }
    }
}
