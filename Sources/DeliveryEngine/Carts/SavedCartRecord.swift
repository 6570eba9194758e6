import DeliveryDomain
import Foundation
import GRDB

/// A customer's cart as the shared store keeps it between sessions: one row per account in
/// `engine_saved_carts`, beside the settings, holding the cart as a small JSON object.
///
///     {"version":1,"store":"store-…","storeName":"홍콩반점",
///      "lines":[{"item":"item-…","quantity":2,"price":7000}]}
///
/// Not an event: a cart is a draft that changes with every key, decides nothing, and is
/// overwritten (last write wins), so the log would only grow with it. Like ``EngineSettings``
/// it is not derived from the log, so read-model rebuilds leave it alone.
///
/// It holds ids, counts and prices only: no address, no card, nothing secret. Reading is
/// strict: a row that is not exactly this shape within the cart's limits (a hand edit, a
/// truncated write) is refused whole (``SavedCartUnreadable``), never half applied.
struct SavedCartRecord: Codable, Sendable, Equatable {
    /// This build's shape. A row with a higher version was written by a newer baedal: it is
    /// left alone for that build, not dropped.
    static let currentVersion = 1
    /// Ten lines of ids and prices fit in well under a kilobyte; anything far bigger is not a cart.
    static let maxBytes = 8_192
    /// Ids are minted by the engine and short; a name is ``FreeText``, at most a few dozen characters.
    static let maxIdentifierLength = 128
    static let maxStoreNameLength = 200

    struct Line: Codable, Sendable, Equatable {
        var item: String
        var quantity: Int
        /// The price the customer was shown (``CartLine/quotedPrice``); absent when none was.
        var price: Int?
    }

    var version: Int
    var store: String
    var storeName: String
    var lines: [Line]
    /// How many orders the customer had placed when the cart was saved. One placed since means
    /// the cart was most likely ordered (a process killed between placing and clearing it, or an
    /// order placed by a script), so it is not put back beside that order. Absent in rows
    /// written before it was kept: those are restored as before.
    var ordersPlaced: Int?

    /// The row for a non-empty cart of a customer with `ordersPlaced` orders so far; nil for an
    /// empty cart, which is stored as no row.
    init?(_ cart: Cart, ordersPlaced: Int?) {
        guard let store = cart.store, !cart.isEmpty else { return nil }
        self.version = Self.currentVersion
        self.store = store.rawValue
        self.storeName = cart.storeName
        self.lines = cart.lines.map { Line(item: $0.item.rawValue, quantity: $0.quantity, price: $0.quotedPrice?.amount) }
        self.ordersPlaced = ordersPlaced
    }

    /// Whether an order was placed since the cart was saved (see ``ordersPlaced``).
    func wasOrdered(ordersPlacedNow: Int) -> Bool {
        ordersPlaced.map { ordersPlacedNow > $0 } ?? false
    }

    var storeID: StoreID { StoreID(store) }
    var cartLines: [CartLine] {
        lines.map { CartLine(item: MenuItemID($0.item), quantity: $0.quantity, quotedPrice: $0.price.map { Won($0) }) }
    }

    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Only strings and integers: encoding cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// What a stored row says, judged whole.
    enum Reading: Equatable {
        case cart(SavedCartRecord)
        /// Written by a newer baedal: not this build's to read, nor to drop.
        case newer(version: Int)
    }

    /// - Throws: ``SavedCartUnreadable`` naming the first thing wrong.
    static func read(_ text: String) throws(SavedCartUnreadable) -> Reading {
        guard text.utf8.count <= maxBytes else { throw .init("it is \(text.utf8.count) bytes, more than \(maxBytes)") }
        let record: SavedCartRecord
        do {
            record = try JSONDecoder().decode(SavedCartRecord.self, from: Data(text.utf8))
        } catch {
            throw .init("it is not a cart's JSON")
        }
        guard record.version <= currentVersion else { return .newer(version: record.version) }
        guard record.version == currentVersion else { throw .init("version \(record.version) is unknown") }
        try record.check()
        return .cart(record)
    }

    /// The limits a ``Cart`` never breaks: one known store, 1 to 10 items in all, each dish once,
    /// each price one a menu may have.
    private func check() throws(SavedCartUnreadable) {
        guard Self.isIdentifier(store) else { throw .init("its store id is not an id") }
        guard storeName.count <= Self.maxStoreNameLength else { throw .init("its store name is too long") }
        guard !lines.isEmpty, lines.count <= OrderLimits.maxItems else { throw .init("it has \(lines.count) lines") }
        if let ordersPlaced, ordersPlaced < 0 { throw .init("it counts \(ordersPlaced) orders placed") }
        var seen: Set<String> = []
        var count = 0
        for line in lines {
            guard Self.isIdentifier(line.item) else { throw .init("a dish id is not an id") }
            guard seen.insert(line.item).inserted else { throw .init("a dish is listed twice") }
            guard (1...OrderLimits.maxItems).contains(line.quantity) else { throw .init("a quantity is \(line.quantity)") }
            if let price = line.price, !(1...1_000_000).contains(price) { throw .init("a price is \(price)") }
            count += line.quantity
        }
        guard count <= OrderLimits.maxItems else { throw .init("it holds \(count) items, more than \(OrderLimits.maxItems)") }
    }

    private static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= maxIdentifierLength
            && text.unicodeScalars.allSatisfy { !$0.properties.isWhitespace && $0.properties.generalCategory != .control }
    }

    // MARK: The table

    /// Created on every open when missing, so a database made by an earlier build gains it
    /// (nothing else changes: the log's shape, and `user_version`, stay as they were, and an
    /// earlier build opening the file again simply ignores the table).
    static func prepare(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS engine_saved_carts(
                    account_id TEXT PRIMARY KEY,
                    cart       TEXT NOT NULL, -- SavedCartRecord's JSON
                    saved_at   REAL NOT NULL  -- seconds since 1970-01-01 UTC, by the database's time
                )
                """)
    }
}

/// A saved cart that cannot be read: dropped whole, with a log line saying why.
struct SavedCartUnreadable: Error, Equatable, CustomStringConvertible {
    let reason: String
    init(_ reason: String) { self.reason = reason }
    var description: String { reason }
}
