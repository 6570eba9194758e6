import Foundation

/// Whether a cart may become an order at this store, now: the placement rules in one place.
///
/// The order decider prices the lines with it when an order is placed, and the cart screen
/// asks it before offering checkout, so the screen can never promise an order the decider
/// would refuse, nor refuse one it would take. The first rule broken is the one reported, in
/// this order: an empty cart, a quantity out of range, a dish the store does not sell (or took off
/// its menu), a sold out dish, a price other than the one the customer was shown (``CartLine/quotedPrice``), more
/// than ``OrderLimits/maxItems`` items, a paused or closed store, and a subtotal below the
/// store's minimum order.
///
///     if let refusal = PlacementRule.refusal(of: cart.lines, at: store, now: now) {
///         show(refusal.description)        // e.g. "홍콩반점 is closed now (open 11:00–21:00)."
///     }
public enum PlacementRule {
    /// The lines priced as the store sells them now, or the first rule they break.
    ///
    /// Pricing happens here because the same walk over the lines finds the unknown and sold-out
    /// dishes: an order keeps the prices it was placed at (``OrderLine``).
    public static func price(_ lines: [CartLine], at store: StoreState, now: Date) throws(RuleViolation) -> [OrderLine] {
        guard let profile = store.profile else { throw .unknownStore("?") }
        guard !lines.isEmpty else { throw .emptyCart }
        var priced: [OrderLine] = []
        for line in lines {
            guard (1...OrderLimits.maxItems).contains(line.quantity) else { throw .invalidQuantity(line.quantity) }
            guard let item = store.item(line.item) else {
                // Taken off the menu after it went into the cart: said by name, as a sold-out dish is.
                if let removed = store.removedItems[line.item] { throw .menuItemRemoved(removed) }
                throw .unknownMenuItem(line.item.rawValue)
            }
            guard !item.soldOut else { throw .soldOut(item.name) }
            if let quoted = line.quotedPrice, quoted != item.price {
                throw .priceChanged(item: item.name, quoted: quoted, now: item.price)
            }
            priced.append(OrderLine(item: item.id, name: item.name, unitPrice: item.price, quantity: line.quantity))
        }
        let count = lines.reduce(0) { $0 + $1.quantity }
        guard count <= OrderLimits.maxItems else { throw .tooManyItems(count: count) }
        if let refusal = store.refusalToOrder(at: now) { throw refusal }
        let subtotal = priced.reduce(Won.zero) { $0 + $1.amount }
        guard subtotal >= profile.minimumOrder else {
            throw .belowMinimum(subtotal: subtotal, minimum: profile.minimumOrder)
        }
        return priced
    }

    /// Why these lines cannot be ordered from the store now; nil when they can.
    public static func refusal(of lines: [CartLine], at store: StoreState, now: Date) -> RuleViolation? {
        do {
            _ = try price(lines, at: store, now: now)
            return nil
        } catch {
            return error
        }
    }
}
