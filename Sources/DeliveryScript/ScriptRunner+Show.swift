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
                .ok, say(.storeCount(stores.count)),
                stores.map { listing in
                    let s = listing.store
                    let opens = s.openingHours.nextOpening(after: now)
                    return say(
                        .storeLine(
                            favourite: listing.isFavourite, name: s.name, category: s.category, availability: s.availability(at: now),
                            opens: opens, minimum: Won(s.minimumOrder), fee: Won(s.deliveryFee), rating: s.averageRating,
                            dishes: listing.matchedDishes))
                }
            )
        case .menu(let store):
            let menu = try await engine.menu(of: try await engine.storeID(named: store))
            return (.ok, say(.menuCount(menu.count)), menu.map { say(.menuLine(name: $0.name, price: Won($0.price), soldOut: $0.soldOut)) })
        case .order(let ref):
            let state = try await engine.orderState(try order(ref), as: try actor())
            var details: [String] = []
            if let placed = state.placed {
                // What a rider needs before and after accepting: where to collect, where to go.
                if let pickUp = try? await engine.storeState(placed.store).profile?.address {
                    details.append(say(.pickUp(store: placed.storeName, address: pickUp)))
                }
                if let address = placed.deliveryAddress {
                    details.append(say(.deliverTo(address: address, note: placed.deliveryNote)))
                }
            }
            return (.ok, say(.orderStatus(order: ref.description, state.status)), details)
        case .timeline(let ref):
            let entries = try await engine.timeline(of: try order(ref), as: try actor())
            return (
                .ok, say(.timelineCount(order: ref.description, entries.count)),
                entries.map {
                    say(.timelineLine(at: KoreanTime.dayAndClock($0.at), type: $0.type, actor: "\($0.actor)"))
                }
            )
        case .cart:
            let cart = carts[try actor().account] ?? Cart()
            return (.ok, say(.cartShown(items: cart.itemCount, store: cart.storeName)), [])
        case .history:
            let orders = try await engine.history(try actor())
            return (.ok, say(.historyCount(orders.count)), orders.map(line))
        case .notifications:
            let entries = try await engine.notifications(try actor())
            return (
                .ok, say(.notificationCount(entries.count)),
                entries.map {
                    "\($0.unread == true ? "• " : "  ")\(KoreanTime.clock($0.createdAt)) \($0.message(in: language))"
                }
            )
        case .addresses:
            let account = try await engine.accountState(of: try actor())
            let addresses = account.addresses.all.map {
                "\($0.address == account.addresses.defaultAddress ? "* " : "  ")\($0.oneLine)"
            }
            let cards = account.cards.all.map { "  card \($0)" }
            return (.ok, say(.addressCount(addresses: addresses.count, cards: cards.count)), addresses + cards)
        case .incoming:
            let orders = try await engine.storeOrders(try actor(), statuses: [.awaitingConfirmation])
            return (.ok, say(.incomingCount(orders.count)), orders.map(line))
        case .inProgress:
            let orders = try await engine.storeOrders(try actor(), statuses: [.cooking, .deliveryStarted, .pickedUp])
            return (.ok, say(.inProgressCount(orders.count)), orders.map(line))
        case .jobs:
            let jobs = try await engine.openJobs()
            return (.ok, say(.openJobCount(jobs.count)), jobs.map(line))
        case .myJobs:
            let jobs = try await engine.riderJobs(try actor(), finished: false)
            return (.ok, say(.jobsInHand(jobs.count)), jobs.map(line))
        case .sales(let store):
            let report = try await engine.sales(of: try await engine.storeID(named: store), as: try actor())
            return (
                .ok,
                say(
                    .sales(
                        store: store, delivered: report.deliveredOrders, revenue: report.revenue, rating: report.averageRating,
                        reviews: report.reviewCount)), []
            )
        case .pastOrders(let store):
            let page = try await engine.pastOrders(of: try await engine.storeID(named: store), as: try actor())
            return (
                .ok, say(.pastOrderCount(page.orders.count, older: page.hasOlder)),
                page.orders.map {
                    say(
                        .pastOrderLine(
                            order: describe($0.order), placedAt: KoreanTime.dayAndClock($0.placedAt), summary: $0.summary,
                            total: $0.total, outcome: $0.outcome))
                }
            )
        case .reviews(let store):
            let reviews = try await engine.reviews(of: try await engine.storeID(named: store))
            return (
                .ok, say(.reviewCount(reviews.count)),
                reviews.map {
                    "\(String(repeating: "★", count: $0.reviewRating ?? 0)) \($0.reviewText ?? "")\($0.replyText.map { " ↳ \($0)" } ?? "")"
                }
            )
        }
    }

    func line(_ order: OrderSummary) -> String {
        say(
            .orderLine(
                order: describe(order.id), placedAt: KoreanTime.dayAndClock(order.placedAt), store: order.storeName,
                summary: order.summary, total: Won(order.total), status: order.orderStatus))
    }

    func check(_ expectation: Expectation) async throws(DeliveryError) -> Result {
        func verdict(_ met: Bool, _ text: ScriptText) -> Result {
            (met ? .expectationMet : .expectationFailed, (met ? "✓ " : "✗ ") + say(text), [])
        }
        switch expectation {
        case .refused(let fragment):
            guard lastWasRefused, let refusal = lastRefusal else {
                return verdict(false, .expectedRefusalGotSuccess)
            }
            // Matched in the run's language: a script's fragments are written in the language it runs in.
            let message = refusal.text(in: language)
            if let fragment, !message.localizedCaseInsensitiveContains(fragment) {
                return verdict(false, .expectedRefusalMentioning(fragment: fragment, got: message))
            }
            return verdict(true, .refusedAsExpected)
        case .succeeded:
            return verdict(!lastWasRefused, lastWasRefused ? .expectedSuccessGotRefusal(lastRefusal?.text(in: language) ?? "") : .ok)
        case .status(let ref, let status):
            let actual = try await engine.orderState(try order(ref)).status
            return verdict(
                actual == status,
                actual == status
                    ? .statusIs(order: ref.description, status)
                    : .expectedStatus(order: ref.description, expected: status, actual: actual))
        case .count(let what, let expected):
            let actual = try await count(what)
            return verdict(
                actual == expected, actual == expected ? .countIs(expected, what) : .expectedCount(expected, what, found: actual))
        case .payment(let word):
            let actual: String
            switch lastPayment {
            case .paid: actual = "paid"
            case .declined: actual = "declined"
            case .processorFailed: actual = "failed"
            case .pending: actual = "pending"
            case nil: actual = "none"
            }
            return verdict(actual == word, actual == word ? .paymentIs(word) : .expectedPayment(word, was: actual))
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
