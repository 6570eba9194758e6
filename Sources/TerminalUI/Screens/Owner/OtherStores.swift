import DeliveryDomain
import DeliveryEngine
import Foundation

/// An owner with more than one store looks at one at a time, but must not miss the others:
/// every store's waiting orders count in the store switcher above the page (`[`/`]` move
/// between them), a new order at any store rings the terminal bell and shows a toast naming
/// the store, and an order that leaves the incoming list because its customer cancelled it
/// (or its confirmation time ran out) is said on the notice line rather than just vanishing.
extension OwnerModel {
    /// Orders waiting for the owner's confirmation at `store`.
    func waitingCount(at store: StoreSummary) -> Int {
        active.filter { $0.storeId == store.storeId && $0.orderStatus == .awaitingConfirmation }.count
    }

    /// `가게 [/]  ▸홍콩반점 2   짜장2호점 ●1`: shown only when there is more than one store.
    func storeSwitcherSpans() -> [Span]? {
        guard stores.count > 1 else { return nil }
        var spans = [Span(words(.storeSwitcherLabel), style: .muted), Span("[/]", style: .accent.bold()), Span(" ", style: .muted)]
        for (index, store) in stores.enumerated() {
            let current = index == storeIndex
            spans.append(Span(current ? " ▸" : "  "))
            spans.append(Span(store.name, style: current ? .selected.bold() : .plain))
            let waiting = waitingCount(at: store)
            if waiting > 0 {
                spans.append(Span(current ? " \(waiting)" : " ●\(waiting)", style: current ? .accent.bold() : .warning.bold()))
            }
        }
        return spans
    }

    /// Announces orders that arrived at any of the owner's stores since the last read: a
    /// toast naming the order (and the store, when it is not the one on screen) and the bell.
    mutating func announceArrivals(_ waiting: [OrderSummary], _ context: inout ScreenContext) {
        guard let known = knownIncoming else { return }
        let fresh = waiting.filter { !known.contains($0.orderId.rawValue) }
        guard !fresh.isEmpty else { return }
        context.ringsBell = true
        let here = currentStore?.storeId
        if let order = fresh.last(where: { $0.storeId == here }) {
            context.toast = Toast(
                words(
                    .newOrderHere(customer: order.customerName, summary: order.summary, total: NumberText.won(order.total, in: language))),
                kind: .info,
                duration: .seconds(5))
        } else if let order = fresh.last {
            context.toast = Toast(
                words(.newOrderElsewhere(store: order.storeName, customer: order.customerName, summary: order.summary)), kind: .warning,
                duration: .seconds(8))
        }
    }

    /// Orders that were waiting for confirmation and are gone from the latest read, except
    /// those this session just answered: how each ended is asked of its stream.
    mutating func askHowOrdersLeft(before: [OrderSummary], now: [OrderSummary]) -> [Effect] {
        let present = Set(now.map(\.orderId))
        let gone = before.filter { $0.orderStatus == .awaitingConfirmation && !present.contains($0.orderId) }
            .filter { answeredHere.remove($0.orderId.rawValue) == nil }
        for order in gone { leaving[order.orderId.rawValue] = order }
        return gone.map { .fetch(.orderState($0.id, actor)) }
    }

    /// Says how an order that left the incoming list ended, if it was cancelled rather than
    /// confirmed or rejected.
    mutating func tellHowOrderLeft(_ state: OrderState, _ context: inout ScreenContext) {
        guard let id = state.id?.rawValue, let order = leaving.removeValue(forKey: id) else { return }
        guard let text = Self.leavingText(order, state, in: language) else { return }
        notice = Notice(text)
        context.toast = Toast(text, kind: .warning, duration: .seconds(8))
    }

    /// `김민수 님이 주문 ORDER1을(를) 취소했어요 · 홍콩반점 · 짜장면 외 1개`.
    static func leavingText(_ order: OrderSummary, _ state: OrderState, in language: Language = .standard) -> String? {
        guard state.status == .cancelled, let cancellation = state.cancellation else { return nil }
        let what = "\(order.storeName) · \(order.summary)"
        switch cancellation.by {
        case .customer:
            return OwnerText.customerCancelled(customer: order.customerName, order: order.orderId.rawValue, what: what).text(in: language)
        case .system: return OwnerText.autoCancelled(order: order.orderId.rawValue, what: what).text(in: language)
        case .store: return nil
        }
    }
}
