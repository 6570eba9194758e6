import DeliveryDomain
import Foundation

/// Each store's waiting queue (`rm_kitchen_queue`), the orders it let in (`rm_admissions`) and
/// its admission setting (`rm_admission_policies`), for the worker and for customers asking
/// where they stand.
enum KitchenQueueProjection {
    /// What the customer's order shows while it waits (rm_orders.payment_note).
    static let queuedNote = "paid; waiting in the store's queue"
    /// SQL: orders the store may see, i.e. not waiting in its queue.
    static let notQueued = "order_id NOT IN (SELECT order_id FROM rm_kitchen_queue)"

    /// A paid order waiting for room in its store's kitchen, first come (lowest position) first.
    struct Queued: Sendable, Equatable {
        let store: String
        let position: Int64
        let queuedAt: Date
    }

    /// When a queued order was let in, so the per-minute limit counts a rolling window.
    struct Admission: Sendable, Equatable {
        let store: String
        let admittedAt: Date
    }

    static func evolve(_ state: inout ReadModelState, _ event: OrderEvent, order id: String, store: String, position: Int64) {
        switch event {
        case .queuedForKitchen(let e):
            state.kitchenQueue.set(id, Queued(store: store, position: position, queuedAt: e.at))
        case .admitted(let e):
            state.kitchenQueue.set(id, nil)
            state.admissions.set(id, Admission(store: store, admittedAt: e.at))
        case .cancelled, .rejected:
            state.kitchenQueue.set(id, nil)
        default:
            break
        }
    }

    static func evolve(_ state: inout ReadModelState, _ event: AdmissionEvent) {
        switch event {
        case .policySet(let e): state.admissionPolicies.set(e.store.rawValue, e.policy)
        }
    }
}
