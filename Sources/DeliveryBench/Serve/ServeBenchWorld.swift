import Crypto
import DeliveryDomain
import DeliveryEngine
import Foundation
import NIOSSH
import SessionServer

/// The scratch database `bench serve` serves: two stores open all day with their menus, and one
/// customer account per session, each with an Ed25519 key registered in the keys file beside
/// the database, as `baedal keys add` registers one.
///
/// Sessions sign in by key, not password: a password costs the server one scrypt hash
/// (deliberately slow), and a thousand of them at once would measure scrypt, not serving. The
/// key check is what a returning customer with a registered key costs.
struct ServeBenchWorld: Sendable {
    struct Customer: Sendable {
        let name: String
        let key: NIOSSHPrivateKey
    }

    let customers: [Customer]

    static let stores: [(profile: StoreProfile, menu: [(String, Won)])] = [
        (
            StoreProfile(
                name: "한강치킨", address: "서울 마포구 양화로 1", category: "치킨", hours: .allDay, minimumOrder: 15_000,
                deliveryFee: 3_000, payoutAccount: "국민 000-000", businessNumber: "123-45-67891"),
            [("후라이드치킨", 18_000), ("양념치킨", 19_000), ("콜라 1.25L", 2_500)]
        ),
        (
            StoreProfile(
                name: "별빛분식", address: "서울 중구 세종대로 1", category: "분식", hours: .allDay, minimumOrder: 5_000,
                deliveryFee: 1_000, payoutAccount: "농협 301-1234-5678-91", businessNumber: "314-15-82657"),
            [("원조김밥", 3_000), ("떡볶이", 4_500), ("순대", 4_000)]
        ),
    ]

    /// What a customer's first screen shows once the store list has loaded.
    static var storeListWord: String { stores[0].profile.name }

    /// The customers' names: 손님1, 손님2, … (Korean names, as people sign in with them).
    static func customerName(_ index: Int) -> String { "손님\(index + 1)" }

    /// Creates the database at `path` and the keys file beside it (`keysPath`).
    static func make(databasePath: String, keysPath: String, customers count: Int, progress: (String) -> Void) async throws
        -> ServeBenchWorld
    {
        // The passwords are never used (sessions sign in by key): the cheapest hash will do.
        let engine = try await DeliveryEngine.open(
            path: databasePath, options: DeliveryEngine.Options(hasher: .fastForTests, synchronous: .normal))
        for (index, store) in stores.enumerated() {
            let owner = try await engine.signUp(name: "사장\(index + 1)", role: .owner, password: "bench-owner-\(index)")
            let id = try await engine.registerStore(store.profile, as: owner)
            for (name, price) in store.menu { _ = try await engine.addMenuItem(to: id, name: name, price: price, as: owner) }
        }
        let keys = AuthorizedKeys(path: keysPath)
        var customers: [Customer] = []
        var next = 0
        while next < count {
            let batch = min(16, count - next)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in next..<(next + batch) {
                    group.addTask {
                        _ = try await engine.signUp(name: customerName(index), role: .customer, password: "bench-pass-\(index)")
                    }
                }
                try await group.waitForAll()
            }
            for index in next..<(next + batch) {
                let key = NIOSSHPrivateKey(ed25519Key: Curve25519.Signing.PrivateKey())
                try keys.add(String(openSSHPublicKey: key.publicKey) + " bench", for: customerName(index))
                customers.append(Customer(name: customerName(index), key: key))
            }
            next += batch
            if next % 200 == 0 || next == count { progress("signed up \(next) of \(count) customers, each with a key") }
        }
        return ServeBenchWorld(customers: customers)
    }
}
