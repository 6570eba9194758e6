import DeliveryDomain
import Foundation

/// What an order's event does to the read models: its `rm_orders` row (the pure fold
/// ``OrderSummaryView``), its pending payment and kitchen-queue rows, its store's rating and
/// the customer's notifications. Pure: the rows live in a ``ReadModelState``.
enum OrderProjection {
    static func evolve(_ state: inout ReadModelState, _ event: OrderEvent, order id: String, _ recorded: ProjectedEvent) throws {
        if case .placed = event {
            guard let order = OrderSummaryView.evolve(nil, event, order: id, position: recorded.position) else { return }
            // A new order has no rows anywhere yet: later events of this batch need not look.
            state.pendingPayments.knowAbsent(id)
            state.kitchenQueue.knowAbsent(id)
            state.orders.knowAbsent(id)
            state.orders.set(id, order)
            notify(&state, event, recorded, order)
            return
        }
        guard let before = try state.order(id) else { return }
        try PendingPaymentProjection.evolve(&state, event, order: id, position: recorded.position)
        KitchenQueueProjection.evolve(&state, event, order: id, store: before.storeId.rawValue, position: recorded.position)
        if case .reviewed(let e) = event { try StoreProjection.rate(&state, store: before.storeId.rawValue, rating: e.rating) }
        guard let after = OrderSummaryView.evolve(before, event, order: id, position: recorded.position) else { return }
        state.orders.set(id, after)
        notify(&state, event, recorded, before)
    }

    /// The customer hears about every change of their order's status.
    private static func notify(_ state: inout ReadModelState, _ event: OrderEvent, _ recorded: ProjectedEvent, _ before: OrderSummary) {
        guard let notice = CustomerNotice.notice(for: event, order: before) else { return }
        state.notifications.append(
            NotificationEntry(
                position: recorded.position, accountId: before.customerId, orderId: before.orderId,
                status: notice.status, notice: notice.notice, createdAt: recorded.recordedAt))
    }
}
