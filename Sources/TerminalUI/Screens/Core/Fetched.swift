import DeliveryDomain
import DeliveryEngine

/// The answer to a ``Fetch``.
public enum Fetched: Equatable, Sendable {
    case stores([StoreRow])
    case categories([String])
    case store(StoreState)
    case orders([OrderSummary])
    case notifications([NotificationEntry], unread: Int)
    case storeSummaries([StoreSummary])
    case sales(SalesFigures)
    case storeCount(StoreCounts)
    case tracking(OrderTracking)
    case admission(StoreAdmission)
    case orderState(OrderState)
    case account(AccountState)
    /// Nil: no cart was saved (or the saved one could not be read).
    case savedCart(CartRestore?)
    case passwordRevision(Int)
    case pastOrders(PastOrdersPage)
    case pastOrder(PastOrderDetail)
}

/// A store's admission control as its owner sees it: how many paid orders wait in its queue,
/// and how many it takes into the kitchen at once (nil: no limit).
public struct StoreAdmission: Equatable, Sendable {
    public var queueLength: Int
    public var kitchenCapacity: Int?

    public init(queueLength: Int, kitchenCapacity: Int?) {
        self.queueLength = queueLength
        self.kitchenCapacity = kitchenCapacity
    }
}

/// A store as a customer's list shows it: the read model's row and whether it is a favourite.
public struct StoreRow: Equatable, Sendable, Identifiable {
    public var summary: StoreSummary
    public var isFavourite: Bool
    /// The dishes a search matched, which the row shows as the reason the store is listed.
    public var matchedDishes: [String]

    public init(summary: StoreSummary, isFavourite: Bool, matchedDishes: [String] = []) {
        self.summary = summary
        self.isFavourite = isFavourite
        self.matchedDishes = matchedDishes
    }

    public var id: StoreID { summary.id }
}

/// An owner's sales, as the sales screen shows them.
public struct SalesFigures: Equatable, Sendable {
    public var deliveredOrders: Int
    public var revenue: Won
    public var deliveryFees: Won
    public var todayOrders: Int
    public var todayRevenue: Won
    public var cancelledOrders: Int
    public var averageRating: Double?
    public var reviewCount: Int

    public init(
        deliveredOrders: Int, revenue: Won, deliveryFees: Won, todayOrders: Int, todayRevenue: Won,
        cancelledOrders: Int, averageRating: Double?, reviewCount: Int
    ) {
        self.deliveredOrders = deliveredOrders
        self.revenue = revenue
        self.deliveryFees = deliveryFees
        self.todayOrders = todayOrders
        self.todayRevenue = todayRevenue
        self.cancelledOrders = cancelledOrders
        self.averageRating = averageRating
        self.reviewCount = reviewCount
    }

    public init(_ report: SalesReport) {
        self.init(
            deliveredOrders: report.deliveredOrders, revenue: report.revenue, deliveryFees: report.deliveryFees,
            todayOrders: report.todayOrders, todayRevenue: report.todayRevenue,
            cancelledOrders: report.cancelledOrders, averageRating: report.averageRating,
            reviewCount: report.reviewCount)
    }
}
