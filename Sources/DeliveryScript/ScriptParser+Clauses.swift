import DeliveryDomain
import Foundation

extension ScriptParser {
    /// `store NAME category C address A hours H minimum N fee N payout P business B [autocancel 5m] [prep 20m]`
    /// or `store NAME mode busy|paused|open`, `store NAME hours 11:00-21:00`, `store NAME autocancel 10m`,
    /// `store NAME kitchen 3|off` (orders in the kitchen at once), `store NAME perminute 20|off`,
    /// `store NAME details [address A] [category C] [minimum N] [fee N] [payout P]`.
    static func parseStore(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> ScriptCommand {
        let name = try c.text("a store name")
        if c.accept("details") { return try parseStoreDetails(&c, store: name) }
        if c.accept("mode") {
            let token = try c.next("a mode")
            guard let mode = StoreMode(rawValue: token.text.lowercased()) else {
                throw c.error("a store's mode is open, busy or paused, not '\(token.text)'", at: token)
            }
            return .setStoreMode(store: name, mode)
        }
        if c.index == c.tokens.count - 2, c.accept("hours") { return .setStoreHours(store: name, try hours(&c)) }
        if c.index == c.tokens.count - 2, c.accept("autocancel") {
            return .setAutoCancel(store: name, minutes: try c.minutes("the auto-cancel time"))
        }
        if c.index == c.tokens.count - 2, c.accept("kitchen") {
            return .setKitchenCapacity(store: name, try admissionLimit(&c, "the kitchen capacity", AdmissionPolicy.capacityRange))
        }
        if c.index == c.tokens.count - 2, c.accept("perminute") {
            return .setOrdersPerMinute(store: name, try admissionLimit(&c, "the orders per minute", AdmissionPolicy.perMinuteRange))
        }
        var texts: [String: String] = [:]
        var hoursValue: OpeningHours?
        var minimum: Int?, fee: Int?
        var settings = StoreSettings.standard
        let required = ["category", "address", "hours", "minimum", "fee", "payout", "business"]
        while let token = c.peek {
            let key = token.text.lowercased()
            c.index += 1
            switch key {
            case "hours": hoursValue = try hours(&c)
            case "minimum": minimum = try c.int("the minimum order")
            case "fee": fee = try c.int("the delivery fee")
            case "autocancel": settings.autoCancelMinutes = try c.minutes("the auto-cancel time")
            case "prep": settings.prepMinutes = try c.minutes("the cooking estimate")
            case "busyextra": settings.busyExtraMinutes = try c.minutes("the busy extra time")
            case "category", "address", "payout", "business": texts[key] = try c.text("the store's \(key)")
            default:
                throw c.error(
                    "unknown store detail '\(token.text)'; use \(required.joined(separator: ", ")), autocancel, prep or busyextra",
                    at: token)
            }
        }
        guard let category = texts["category"], let address = texts["address"], let hoursValue, let minimum, let fee,
            let payout = texts["payout"], let business = texts["business"]
        else {
            let given: Set<String> = Set(texts.keys).union(
                [
                    hoursValue.map { _ in "hours" }, minimum.map { _ in "minimum" },
                    fee.map { _ in "fee" },
                ].compactMap { $0 })
            let missing = required.first { !given.contains($0) } ?? "details"
            throw c.error("a new store needs its \(missing) (\(required.joined(separator: ", ")))")
        }
        let profile = StoreProfile(
            name: name, address: address, category: category, hours: hoursValue,
            minimumOrder: Won(minimum), deliveryFee: Won(fee), payoutAccount: payout, businessNumber: business)
        return .registerStore(name: name, profile: profile, settings: settings)
    }

    /// The details an owner may edit once the store is registered; at least one.
    static func parseStoreDetails(_ c: inout TokenCursor, store: String) throws(ScriptSyntaxError) -> ScriptCommand {
        var texts: [String: String] = [:]
        var minimum: Int?, fee: Int?
        while let token = c.peek {
            let key = token.text.lowercased()
            c.index += 1
            switch key {
            case "minimum": minimum = try c.int("the minimum order")
            case "fee": fee = try c.int("the delivery fee")
            case "category", "address", "payout": texts[key] = try c.text("the store's \(key)")
            default:
                throw c.error(
                    "details takes address, category, minimum, fee or payout, not '\(token.text)' (a store keeps its name and business number)",
                    at: token)
            }
        }
        guard !texts.isEmpty || minimum != nil || fee != nil else {
            throw c.error("say what to change: address, category, minimum, fee or payout")
        }
        return .updateStoreDetails(
            store: store, address: texts["address"], category: texts["category"], minimum: minimum, fee: fee,
            payout: texts["payout"])
    }

    /// A whole number in `range`, or `off` for no limit.
    static func admissionLimit(_ c: inout TokenCursor, _ what: String, _ range: ClosedRange<Int>) throws(ScriptSyntaxError) -> Int? {
        if c.accept("off") { return nil }
        guard let token = c.peek, TokenCursor.isWholeNumber(token.text) || token.quoted else {
            throw c.error("expected \(what) (\(range.lowerBound) to \(range.upperBound)) or off, found '\(c.peek?.text ?? "")'")
        }
        return try c.int(what, in: range)
    }

    static func hours(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> OpeningHours {
        let token = try c.next("opening hours like 10:00-22:00")
        do { return try OpeningHours(parsing: token.text) } catch { throw c.error(error.description, at: token) }
    }

    /// `menu STORE add NAME PRICE ["description"]`, `menu STORE edit NAME [name N] [price P] [description D]`,
    /// `menu STORE soldout NAME`, `menu STORE restock NAME`, `menu STORE remove NAME`.
    static func parseMenu(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> ScriptCommand {
        let store = try c.text("a store name")
        let actionToken = try c.next("add, edit, soldout, restock or remove")
        switch actionToken.text.lowercased() {
        case "add":
            let name = try c.text("the item's name")
            let price = try c.int("a price in won")
            return .addMenuItem(store: store, name: name, price: price, description: c.atEnd ? "" : try c.text("a description"))
        case "edit":
            let name = try c.text("the item's name")
            var newName: String?, price: Int?, description: String?
            while let token = c.peek {
                c.index += 1
                switch token.text.lowercased() {
                case "name": newName = try c.text("the new name")
                case "price": price = try c.int("the new price")
                case "description": description = try c.text("the new description")
                default: throw c.error("edit takes name, price or description, not '\(token.text)'", at: token)
                }
            }
            guard newName != nil || price != nil || description != nil else {
                throw c.error("say what to change: name, price or description")
            }
            return .editMenuItem(store: store, name: name, newName: newName, price: price, description: description)
        case "soldout": return .setSoldOut(store: store, item: try c.text("the item's name"), true)
        case "restock": return .setSoldOut(store: store, item: try c.text("the item's name"), false)
        case "remove": return .removeMenuItem(store: store, item: try c.text("the item's name"))
        default:
            throw c.error("a menu command is add, edit, soldout, restock or remove, not '\(actionToken.text)'", at: actionToken)
        }
    }

    /// `address add "ADDRESS" [note "NOTE"] [default]`, `address remove "ADDRESS"`,
    /// `address default "ADDRESS"`: the acting customer's delivery addresses.
    static func parseAddress(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> ScriptCommand {
        let actionToken = try c.next("add, remove or default")
        switch actionToken.text.lowercased() {
        case "add":
            let address = try c.text("the address in quotes")
            let note = c.accept("note") ? try c.text("the note for the rider in quotes") : nil
            return .addAddress(address, note: note, makeDefault: c.accept("default"))
        case "remove": return .removeAddress(try c.text("the address in quotes"))
        case "default": return .setDefaultAddress(try c.text("the address in quotes"))
        default: throw c.error("an address command is add, remove or default, not '\(actionToken.text)'", at: actionToken)
        }
    }

    /// `cart add STORE ITEM [QUANTITY|xN]`, `cart remove ITEM`, `cart clear`.
    static func parseCart(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> ScriptCommand {
        let actionToken = try c.next("add, remove or clear")
        switch actionToken.text.lowercased() {
        case "add":
            let store = try c.text("a store name")
            let item = try c.text("a menu item")
            var quantity = 1
            if let token = c.peek {
                c.index += 1
                let digits = token.text.hasPrefix("x") || token.text.hasPrefix("×") ? String(token.text.dropFirst()) : token.text
                guard let n = Int(digits) else { throw c.error("expected a quantity like 2 or x2, found '\(token.text)'", at: token) }
                quantity = n
            }
            return .cartAdd(store: store, item: item, quantity: quantity)
        case "remove": return .cartRemove(item: try c.text("a menu item"))
        case "clear": return .cartClear
        default: throw c.error("a cart command is add, remove or clear, not '\(actionToken.text)'", at: actionToken)
        }
    }

    static func parseShow(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> ShowTarget {
        let token = try c.next("what to show")
        switch token.text.lowercased() {
        case "stores":
            var search = "", category: String?
            while let next = c.peek {
                if c.accept("category") { category = try c.text("a category") } else { search = next.text; c.index += 1 }
            }
            return .stores(search: search, category: category)
        case "menu": return .menu(store: try c.text("a store"))
        case "order": return .order(try c.orderRef())
        case "addresses", "cards": return .addresses
        case "timeline": return .timeline(try c.orderRef())
        case "cart": return .cart
        case "history": return .history
        case "notifications": return .notifications
        case "incoming": return .incoming
        case "progress": return .inProgress
        case "jobs": return .jobs
        case "myjobs": return .myJobs
        case "sales": return .sales(store: try c.text("a store"))
        case "reviews": return .reviews(store: try c.text("a store"))
        case "past": return .pastOrders(store: try c.text("a store"))
        default:
            throw c.error(
                "show takes stores, menu, order, timeline, cart, history, notifications, addresses, incoming, progress, jobs, myjobs, sales, reviews or past, not '\(token.text)'",
                at: token)
        }
    }

    /// `expect refused ["text"]`, `expect ok`, `expect status @o cooking`, `expect count history 3`,
    /// `expect payment declined` (`failed`: the processor failed, not the card).
    static func parseExpectation(_ c: inout TokenCursor) throws(ScriptSyntaxError) -> Expectation {
        let token = try c.next("what to expect")
        switch token.text.lowercased() {
        case "refused": return .refused(containing: c.atEnd ? nil : try c.text("part of the refusal's message"))
        case "ok": return .succeeded
        case "status":
            let ref = try c.orderRef()
            let statusToken = try c.next("a status")
            guard
                let status = OrderStatus(rawValue: statusToken.text)
                    ?? OrderStatus.allCases.first(where: {
                        $0.rawValue.lowercased() == statusToken.text.lowercased()
                    })
            else {
                throw c.error("a status is one of \(OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))", at: statusToken)
            }
            return .status(ref, status)
        case "count":
            let what = try c.next("what to count")
            guard let countable = Countable(rawValue: what.text.lowercased()) else {
                throw c.error("count takes \(Countable.allCases.map(\.rawValue).joined(separator: ", ")), not '\(what.text)'", at: what)
            }
            return .count(countable, try c.int("the expected count"))
        case "payment":
            let word = try c.next("paid, declined, failed or pending")
            guard ["paid", "declined", "failed", "pending"].contains(word.text.lowercased()) else {
                throw c.error("a payment is paid, declined, failed or pending, not '\(word.text)'", at: word)
            }
            return .payment(word.text.lowercased())
        default:
            throw c.error("expect takes refused, ok, status, count or payment, not '\(token.text)'", at: token)
        }
    }
}
