import DeliveryDomain
import Foundation
import GRDB

/// A store as a customer's list shows it.
public struct StoreListing: Sendable, Equatable {
    public let store: StoreSummary
    public let isFavourite: Bool
    /// The dishes that matched the search, so the row can say why the store is listed
    /// (`짜장` lists 홍콩반점 for its 짜장면). Empty without a search or when none matched.
    public var matchedDishes: [String] = []
}

/// How many stores there are, and how many take orders now.
public struct StoreCounts: Sendable, Equatable {
    public let total: Int
    /// Within their hours and not paused by the owner.
    public let open: Int

    public init(total: Int, open: Int) {
        self.total = total
        self.open = open
    }
}

extension DeliveryEngine {
    /// Stores matching a search and category: the search finds a store by its name, its
    /// category or a dish on its menu (see ``SearchQuery`` for how Hangul and Latin match).
    ///
    /// Stores taking orders come first, then paused ones, then those outside their hours, so
    /// a customer reads what they can order before what they can't; a customer's favourites
    /// come first within each, then names in order.
    public func stores(search: String = "", category: String? = nil, for actor: Actor? = nil)
        async throws(DeliveryError) -> [StoreListing]
    {
        let query = SearchQuery(search)
        let account = actor?.account.rawValue ?? ""
        let now = clock.now()
        let (searchableStores, dishNames) = (searchableStores, dishNames)
        let listings = try await read { db -> [StoreListing] in
            let favourites = try Set(
                String.fetchAll(
                    db.cachedStatement(sql: "SELECT store_id FROM rm_favourites WHERE account_id = ?"), arguments: [account]))
            let dishes = query.isEmpty ? [:] : try dishNames.value(db)
            var listings: [StoreListing] = []
            for store in try searchableStores.value(db) where category == nil || store.summary.category == category {
                var listing = StoreListing(store: store.summary, isFavourite: favourites.contains(store.summary.storeId.rawValue))
                if !query.isEmpty {
                    // Dishes are matched here rather than with LIKE, which knows neither
                    // initials nor Hangul's composition, from names kept folded.
                    listing.matchedDishes = (dishes[store.summary.storeId.rawValue] ?? []).filter(query.matches).map(\.text)
                    guard query.matches(store.name) || query.matches(store.category) || !listing.matchedDishes.isEmpty
                    else { continue }
                }
                listings.append(listing)
            }
            return listings
        }
        // Ranked once per store, not at every comparison: what can be ordered first, then a
        // customer's favourites, then names in order (as kept).
        let ranked = listings.enumerated().map {
            (rank: Self.orderability($0.element.store, at: now), favourite: $0.element.isFavourite ? 0 : 1, offset: $0.offset)
        }
        return ranked.sorted { ($0.rank, $0.favourite, $0.offset) < ($1.rank, $1.favourite, $1.offset) }.map { listings[$0.offset] }
    }

    /// How many stores there are and how many take orders now, for the launcher's greeting.
    public func storeCounts() async throws(DeliveryError) -> StoreCounts {
        let now = clock.now()
        let stores = try await read { db in try StoreSummary.fetchAll(db, sql: "SELECT * FROM rm_stores") }
        return StoreCounts(total: stores.count, open: stores.filter { Self.orderability($0, at: now) == 0 }.count)
    }

    /// 0 taking orders (open or busy), 1 paused by its owner, 2 outside its hours.
    private static func orderability(_ store: StoreSummary, at now: Date) -> Int {
        switch store.availability(at: now) {
        case "closed": 2
        case StoreMode.paused.rawValue: 1
        default: 0
        }
    }
}
