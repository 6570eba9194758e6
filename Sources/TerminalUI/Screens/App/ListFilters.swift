import DeliveryDomain
import DeliveryEngine

// Which list `/` filters on each role's screen: the one drawn on the page now. The session
// draws that list's filter on the bottom line and treats its typing as text (so `q` and `?`
// are typed, not obeyed). The customer's stores page has its own search, which asks the
// engine to look through menus too.

extension CustomerModel {
    var listFilter: ListFilterStatus? {
        guard prompt == nil, sshKeys == nil else { return nil }
        switch pages.last {
        case .menu(let page): return page.list.filterStatus
        case nil:
            switch section {
            case .orders: return orders.filterStatus
            case .inbox: return inbox.list.filterStatus
            default: return nil
            }
        default: return nil
        }
    }
}

extension OwnerModel {
    var listFilter: ListFilterStatus? {
        guard prompt == nil, sshKeys == nil, registration == nil else { return nil }
        switch section {
        case .incoming: return incoming.filterStatus
        case .kitchen: return kitchen.filterStatus
        case .menu: return menu.filterStatus
        case .reviews: return reviews.filterStatus
        case .pastOrders: return pastOrders.opened == nil ? pastOrders.list.filterStatus : nil
        default: return nil
        }
    }
}

extension RiderModel {
    var listFilter: ListFilterStatus? {
        guard sshKeys == nil else { return nil }
        switch section {
        case .open: return open.filterStatus
        case .current: return current.filterStatus
        case .past: return past.filterStatus
        }
    }
}

// What `/` looks in, row by row.

extension OrderSummary: ListSearchable {
    public var searchableText: [String] {
        [orderId.rawValue, storeName, summary, customerId.rawValue, orderStatus.koreanLabel, orderStatus.label, riderId?.rawValue ?? ""]
    }
}

extension PastOrder: ListSearchable {
    public var searchableText: [String] {
        [order.rawValue, customer.rawValue, summary, outcome.label(in: .korean), outcome.label(in: .english)]
    }
}

extension MenuItem: ListSearchable {
    public var searchableText: [String] { [name, description] }
}

extension NotificationEntry: ListSearchable {
    public var searchableText: [String] { [message(in: .standard), orderId.rawValue] }
}
