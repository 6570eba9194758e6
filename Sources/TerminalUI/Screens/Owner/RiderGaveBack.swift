import DeliveryDomain
import DeliveryEngine
import Foundation

/// A rider who gave a job back (``OrderEvent/riderReleased(_:)``) leaves the store's order
/// without a rider: the kitchen's rider column reads 배정 전 again, and the owner hears it once,
/// on the notice line and in a toast, so food already packed does not wait unexplained. Owners
/// have no inbox: like a customer's cancellation (`OtherStores.swift`), it is said when the
/// session's read of the orders shows it.
extension OwnerModel {
    /// Orders that had a rider in the previous read and are open jobs in this one: only a
    /// release takes a rider away.
    mutating func announceRidersGivingBack(before: [OrderSummary], now: [OrderSummary], _ context: inout ScreenContext) {
        let riders = Dictionary(before.compactMap { order in order.riderId.map { (order.orderId, $0) } }, uniquingKeysWith: { a, _ in a })
        guard let order = now.last(where: { $0.isOpenJob && riders[$0.orderId] != nil }), let rider = riders[order.orderId] else {
            return
        }
        let text = words(
            .riderGaveBack(rider: rider.rawValue, order: order.orderId.rawValue, what: "\(order.storeName) · \(order.summary)"))
        notice = Notice(text)
        context.toast = Toast(text, kind: .warning, duration: .seconds(8))
    }
}
