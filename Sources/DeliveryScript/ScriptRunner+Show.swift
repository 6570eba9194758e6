import DeliveryDomain
import DeliveryEngine
import Foundation

extension ScriptRunner {
    func show(_ target: ShowTarget) async throws(DeliveryError) -> Result {
        switch target {
        case .stores(let search, let category):
            let stores = try await engine.stores(search: search, category: category, for: current)
            let now = clock.now()
            return (
                .ok, "\(stores.count) store\(stores.count == 1 ? "" : "s")",
                stores.map { listing in
                    let s = listing.store
                    let rating = s.averageRating.map { String(format: "★%.1f", $0) } ?? "no reviews"
                    return
                        "\(listing.isFavourite ? "♥ " : "")\(s.name) [\(s.category)] \(s.availability(at: now)), minimum \(Won(s.minimumOrder)), fee \(Won(s.deliveryFee)), \(rating)"
                }
            )
        case .menu(let store):
            let menu = try await engine.menu(of: try await engine.storeID(named: store))
            return (.ok, "\(menu.count) menu items", menu.map { "\($0.name) \(Won($0.price))\($0.soldOut ? " (sold out)" : "")" })
        case .order(let ref):
            let state = try await engine.orderState(try order(ref), as: try actor())
            var details: [String] = []
            if let placed = state.placed {
                // What a rider needs before and after accepting: where to collect, where to go.
                if let pickUp = try? await engine.storeState(placed.store).profile?.address {
                    details.append("pick up: \(placed.storeName), \(pickUp)")
                }
                if let address = placed.deliveryAddress {
                    details.append("deliver to: \(address)\(placed.deliveryNote.map { " (\($0))" } ?? "")")
                }
            }
            return (.ok, "\(ref) is \(state.status.label)", details)
        case .timeline(let ref):
            let entries = try await engine.timeline(of: try order(ref), as: try actor())
            return (
                .ok, "\(ref): \(entries.count) events",
                entries.map {
                    "\(KoreanTime.dayAndClock($0.at)) \($0.type) by \($0.actor)"
                }
            )
        case .cart:
            let cart = carts[try actor().account] ?? Cart()
            return (.ok, "cart: \(cart.itemCount) items from \(cart.storeName.isEmpty ? "no store" : cart.storeName)", [])
        case .history:
            let orders = try await engine.history(try actor())
            return (.ok, "\(orders.count) orders in the last 3 months", orders.map(line))
        case .notifications:
            let entries = try await engine.notifications(try actor())
            return (
                .ok, "\(entries.count) notifications",
                entries.map {
                    "\($0.unread == true ? "• " : "  ")\(KoreanTime.clock($0.createdAt)) \($0.message)"
                }
            )
        case .addresses:
            let account = try await engine.accountState(of: try actor())
            let addresses = account.addresses.all.map {
                "\($0.address == account.addresses.defaultAddress ? "* " : "  ")\($0.oneLine)"
            }
            let cards = account.cards.all.map { "  card \($0)" }
            let counted = "\(addresses.count) address\(addresses.count == 1 ? "" : "es")"
            return (.ok, "\(counted), \(cards.count) remembered card\(cards.count == 1 ? "" : "s")", addresses + cards)
        case .incoming:
            let orders = try await engine.storeOrders(try actor(), statuses: [.awaitingConfirmation])
            return (.ok, "\(orders.count) orders waiting for confirmation", orders.map(line))
        case .inProgress:
            let orders = try await engine.storeOrders(try actor(), statuses: [.cooking, .deliveryStarted, .pickedUp])
            return (.ok, "\(orders.count) orders in progress", orders.map(line))
        case .jobs:
            let jobs = try await engine.openJobs()
            return (.ok, "\(jobs.count) open jobs", jobs.map(line))
        case .myJobs:
            let jobs = try await engine.riderJobs(try actor(), finished: false)
            return (.ok, "\(jobs.count) jobs in hand", jobs.map(line))
        case .sales(let store):
            let report = try await engine.sales(of: try await engine.storeID(named: store), as: try actor())
            let rating = report.averageRating.map { String(format: "%.1f", $0) } ?? "-"
            return (
                .ok, "\(store): \(report.deliveredOrders) delivered, \(report.revenue) sales, rating \(rating) (\(report.reviewCount))", []
            )
        case .reviews(let store):
            let reviews = try await engine.reviews(of: try await engine.storeID(named: store))
            return (
                .ok, "\(reviews.count) reviews",
                reviews.map {
                    "\(String(repeating: "★", count: $0.reviewRating ?? 0)) \($0.reviewText ?? "")\($0.replyText.map { " ↳ \($0)" } ?? "")"
                }
            )
        }
    }

    func line(_ order: OrderSummary) -> String {
        "\(describe(order.id)) \(KoreanTime.dayAndClock(order.placedAt)) \(order.storeName) \(order.summary) \(Won(order.total)) \(order.orderStatus.label)"
    }

    func check(_ expectation: Expectation) async throws(DeliveryError) -> Result {
        func verdict(_ met: Bool, _ text: String) -> Result {
            (met ? .expectationMet : .expectationFailed, (met ? "✓ " : "✗ expected ") + text, [])
        }
        switch expectation {
        case .refused(let fragment):
            guard lastWasRefused, let refusal = lastRefusal else {
                return verdict(false, "a refusal, but the previous command succeeded")
            }
            if let fragment, !refusal.description.localizedCaseInsensitiveContains(fragment) {
                return verdict(false, "a refusal mentioning \"\(fragment)\", got: \(refusal.description)")
            }
            return verdict(true, "refused as expected")
        case .succeeded:
            return verdict(!lastWasRefused, lastWasRefused ? "success, got: \(lastRefusal?.description ?? "")" : "ok")
        case .status(let ref, let status):
            let actual = try await engine.orderState(try order(ref)).status
            return verdict(
                actual == status,
                actual == status ? "\(ref) is \(status.rawValue)" : "\(ref) to be \(status.rawValue), it is \(actual.rawValue)")
        case .count(let what, let expected):
            let actual = try await count(what)
            return verdict(
                actual == expected, actual == expected ? "\(expected) \(what.rawValue)" : "\(expected) \(what.rawValue), found \(actual)")
        case .payment(let word):
            let actual: String
            switch lastPayment {
            case .paid: actual = "paid"
            case .declined: actual = "declined"
            case .pending: actual = "pending"
            case nil: actual = "none"
            }
            return verdict(actual == word, actual == word ? "payment \(word)" : "payment \(word), it was \(actual)")
        }
    }

    func count(_ what: Countable) async throws(DeliveryError) -> Int {
        switch what {
        case .history: try await engine.history(try actor()).count
        case .notifications: try await engine.notifications(try actor(), limit: 10_000).count
        case .unread: try await engine.unreadCount(try actor())
        case .incoming: try await engine.storeOrders(try actor(), statuses: [.awaitingConfirmation]).count
        case .jobs: try await engine.openJobs().count
        case .stores: try await engine.stores().count
        case .favourites: try await engine.stores(for: try actor()).filter(\.isFavourite).count
        case .cart: (carts[try actor().account] ?? Cart()).itemCount
        case .addresses: try await engine.accountState(of: try actor()).addresses.all.count
        case .cards: try await engine.accountState(of: try actor()).cards.all.count
        }
    }
}
