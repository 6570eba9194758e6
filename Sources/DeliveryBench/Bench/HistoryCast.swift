import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation

/// The people and stores of a generated history: their sign-ups and registrations as append
/// requests, and who takes part in each numbered order.
struct HistoryCast: Sendable {
    private(set) var requests: [AppendRequest] = []
    private var stores: [(state: StoreState, menu: [MenuItemID])] = []
    private var customers: [Actor] = []
    private var riders: [Actor] = []

    init(startingAt start: Date, customers customerCount: Int, riders riderCount: Int) throws {
        // One cheap hash for everyone: how passwords are hashed is not what is measured.
        let hash = try PasswordHasher.fastForTests.hash("bench-password")
        var now = start
        func signUp(_ name: String, _ role: Role) throws -> Actor {
            var account = StreamScribe<AccountDecider>(Streams.account(AccountID.forName(name)))
            now = now.addingTimeInterval(1)
            try account.record(
                .signUp(name: name, role: role, passwordLength: 14, passwordHash: hash, now: now),
                by: AccountID.forName(name).rawValue, at: now)
            requests += account.requests
            return Actor(account: AccountID.forName(name), role: role)
        }
        for (index, name) in OrderHistoryWriter.storeNames.enumerated() {
            let owner = try signUp("owner-\(index)", .owner)
            let id = StoreID("SB\(String(format: "%05d", index))")
            var store = StreamScribe<StoreDecider>(Streams.store(id))
            var profile = BenchKitchen.profile
            profile.name = name
            now = now.addingTimeInterval(60)
            try store.record(.register(id, profile, .standard, by: owner, now: now), by: owner.account.rawValue, at: now)
            var menu: [MenuItemID] = []
            for (offset, item) in BenchKitchen.menu.enumerated() {
                let itemID = MenuItemID("MB\(String(format: "%03d%02d", index, offset))")
                now = now.addingTimeInterval(30)
                try store.record(
                    .addMenuItem(itemID, name: item.name, price: item.price, description: "", by: owner, now: now),
                    by: owner.account.rawValue, at: now)
                menu.append(itemID)
            }
            requests += store.requests
            stores.append((store.state, menu))
        }
        riders = try (0..<riderCount).map { try signUp("rider-\($0)", .rider) }
        customers = try (0..<customerCount).map { try signUp("customer-\($0)", .customer) }
    }

    func cast(forOrder number: Int) -> OrderCast {
        OrderCast(
            store: stores[number % stores.count].state, customer: customers[number % customers.count],
            rider: riders[number % riders.count])
    }

    func lines(forOrder number: Int) -> [CartLine] {
        let store = stores[number % stores.count]
        return BenchKitchen(store: store.state.store!, menu: store.menu, customers: []).lines(forOrder: number / stores.count)
    }

    /// Where the measured orders go once the history is written: the first store, ordered
    /// from by a customer the log already knows.
    var benchKitchen: BenchKitchen {
        BenchKitchen(store: stores[0].state.store!, menu: stores[0].menu, customers: [customers[0]])
    }

    /// Ids the engine never draws in practice (it draws 8 random base-32 characters; these are
    /// "H" and the order's number in 7), and unique for any history up to 34 billion orders.
    static func orderID(_ number: Int) -> OrderID {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var rest = number
        var digits = [Character](repeating: "0", count: 7)
        for index in digits.indices.reversed() {
            digits[index] = alphabet[rest % 32]
            rest /= 32
        }
        return OrderID("H" + String(digits))
    }
}
