import DeliveryDomain
import Foundation

/// Order events read by hand from the payloads the engine writes: most of a log is order events,
/// and `Decodable`'s generic containers were most of the cost of reading them, even in place
/// (``PayloadValueDecoder``). Each reader below knows its event's fields and reads them off the
/// bytes (``PayloadBytes``) straight into the domain's value.
///
/// A reader gives up (nil) on anything the engine does not write: an unknown or repeated key, a
/// missing field, an escape, a number in another form. ``EventCodec`` then decodes the payload
/// as before, so an old log decodes to the same events and a bad payload fails with
/// Foundation's error. `PayloadDecoderTests` holds every reader to Foundation's answer.
extension OrderEvent {
    /// The event in `payload`, or nil when its reader cannot vouch for reading it as Foundation would.
    public static func readInPlace(type: String, payload: Data) -> OrderEvent? {
        PayloadBytes.readWhole(payload) { (bytes: inout PayloadBytes) throws -> OrderEvent in
            switch type {
            case "OrderPlaced": .placed(try bytes.placed())
            case "PaymentRequested": .paymentRequested(try bytes.paymentRequested())
            case "PaymentApproved": .paymentApproved(try bytes.paymentApproved())
            case "PaymentDeclined": .paymentDeclined(try bytes.paymentDeclined())
            case "OrderCancelled": .cancelled(try bytes.cancelled())
            case "OrderRejected": .rejected(try bytes.textAndTime("reason", OrderEvent.Rejected.init(reason:at:)))
            case "PaymentRefunded": .refunded(try bytes.refunded())
            case "OrderConfirmed": .confirmed(try bytes.minutesAndTime("cookMinutes", OrderEvent.Confirmed.init(cookMinutes:at:)))
            case "RiderAssigned": .riderAssigned(try bytes.riderAndTime(OrderEvent.RiderAssigned.init(rider:at:)))
            case "RiderReleased": .riderReleased(try bytes.riderAndTime(OrderEvent.RiderReleased.init(rider:at:)))
            case "DeliveryStarted":
                .deliveryStarted(try bytes.minutesAndTime("travelMinutes", OrderEvent.DeliveryStarted.init(travelMinutes:at:)))
            case "OrderPickedUp": .pickedUp(OrderEvent.PickedUp(at: try bytes.onlyTime()))
            case "OrderDelivered": .delivered(OrderEvent.Delivered(at: try bytes.onlyTime()))
            case "ReviewWritten": .reviewed(try bytes.reviewed())
            case "ReviewReplied": .reviewReplied(try bytes.textAndTime("text", OrderEvent.ReviewReplied.init(text:at:)))
            case "OrderQueuedForKitchen": .queuedForKitchen(OrderEvent.QueuedForKitchen(at: try bytes.onlyTime()))
            case "OrderAdmitted": .admitted(OrderEvent.Admitted(at: try bytes.onlyTime()))
            case "CardHoldReleased": .cardHoldReleased(try bytes.cardHoldReleased())
            default: throw NotFastPath()
            }
        }
    }
}

/// One reader per payload shape. Fields may come in any order, as in any JSON; the engine's
/// encoder sorts them.
extension PayloadBytes {
    fileprivate mutating func placed() throws -> OrderEvent.Placed {
        var order: String?, customer: String?, store: String?, storeName: String?, owner: String?
        var lines: [OrderLine]?, deliveryFee: Won?, autoCancelMinutes: Int?, at: Date?
        var waitsForAdmission: Bool??, deliveryAddress: String??, deliveryNote: String??
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "autoCancelMinutes" {
                try PayloadKey.once(&autoCancelMinutes, try value.wholeNumber())
            } else if key == "customer" {
                try PayloadKey.once(&customer, try value.text())
            } else if key == "deliveryAddress" {
                try PayloadKey.once(&deliveryAddress, try value.orNull { try $0.text() })
            } else if key == "deliveryFee" {
                try PayloadKey.once(&deliveryFee, try value.won())
            } else if key == "deliveryNote" {
                try PayloadKey.once(&deliveryNote, try value.orNull { try $0.text() })
            } else if key == "lines" {
                try PayloadKey.once(&lines, try value.orderLines())
            } else if key == "order" {
                try PayloadKey.once(&order, try value.text())
            } else if key == "owner" {
                try PayloadKey.once(&owner, try value.text())
            } else if key == "store" {
                try PayloadKey.once(&store, try value.text())
            } else if key == "storeName" {
                try PayloadKey.once(&storeName, try value.text())
            } else if key == "waitsForAdmission" {
                try PayloadKey.once(&waitsForAdmission, try value.orNull { try $0.flag() })
            } else {
                throw NotFastPath()
            }
        }
        guard let order, let customer, let store, let storeName, let owner, let lines, let deliveryFee, let autoCancelMinutes,
            let at
        else { throw NotFastPath() }
        return OrderEvent.Placed(
            order: OrderID(order), customer: AccountID(customer), store: StoreID(store), storeName: storeName,
            owner: AccountID(owner), lines: lines, deliveryFee: deliveryFee, autoCancelMinutes: autoCancelMinutes, at: at,
            waitsForAdmission: waitsForAdmission ?? nil, deliveryAddress: deliveryAddress ?? nil,
            deliveryNote: deliveryNote ?? nil)
    }

    private mutating func orderLines() throws -> [OrderLine] {
        var lines: [OrderLine] = []
        try elements { element in lines.append(try element.orderLine()) }
        return lines
    }

    private mutating func orderLine() throws -> OrderLine {
        var item: String?, name: String?, unitPrice: Won?, quantity: Int?
        try fields { key, value in
            if key == "item" {
                try PayloadKey.once(&item, try value.text())
            } else if key == "name" {
                try PayloadKey.once(&name, try value.text())
            } else if key == "quantity" {
                try PayloadKey.once(&quantity, try value.wholeNumber())
            } else if key == "unitPrice" {
                try PayloadKey.once(&unitPrice, try value.won())
            } else {
                throw NotFastPath()
            }
        }
        guard let item, let name, let unitPrice, let quantity else { throw NotFastPath() }
        return OrderLine(item: MenuItemID(item), name: name, unitPrice: unitPrice, quantity: quantity)
    }

    fileprivate mutating func paymentRequested() throws -> OrderEvent.PaymentRequested {
        var idempotencyKey: String?, card: CardOnFile?, amount: Won?, at: Date?
        try fields { key, value in
            if key == "amount" {
                try PayloadKey.once(&amount, try value.won())
            } else if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "card" {
                try PayloadKey.once(&card, try value.card())
            } else if key == "idempotencyKey" {
                try PayloadKey.once(&idempotencyKey, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let idempotencyKey, let card, let amount, let at else { throw NotFastPath() }
        return OrderEvent.PaymentRequested(idempotencyKey: idempotencyKey, card: card, amount: amount, at: at)
    }

    private mutating func card() throws -> CardOnFile {
        var token: String?, brand: String?, last4: String?, expiryMonth: Int?, expiryYear: Int?
        try fields { key, value in
            if key == "brand" {
                try PayloadKey.once(&brand, try value.text())
            } else if key == "expiryMonth" {
                try PayloadKey.once(&expiryMonth, try value.wholeNumber())
            } else if key == "expiryYear" {
                try PayloadKey.once(&expiryYear, try value.wholeNumber())
            } else if key == "last4" {
                try PayloadKey.once(&last4, try value.text())
            } else if key == "token" {
                try PayloadKey.once(&token, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let token, let brand, let last4, let expiryMonth, let expiryYear else { throw NotFastPath() }
        return CardOnFile(token: token, brand: brand, last4: last4, expiryMonth: expiryMonth, expiryYear: expiryYear)
    }

    fileprivate mutating func paymentApproved() throws -> OrderEvent.PaymentApproved {
        var idempotencyKey: String?, paymentID: String?, amount: Won?, at: Date?
        try fields { key, value in
            if key == "amount" {
                try PayloadKey.once(&amount, try value.won())
            } else if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "idempotencyKey" {
                try PayloadKey.once(&idempotencyKey, try value.text())
            } else if key == "paymentID" {
                try PayloadKey.once(&paymentID, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let idempotencyKey, let paymentID, let amount, let at else { throw NotFastPath() }
        return OrderEvent.PaymentApproved(idempotencyKey: idempotencyKey, paymentID: paymentID, amount: amount, at: at)
    }

    fileprivate mutating func paymentDeclined() throws -> OrderEvent.PaymentDeclined {
        var idempotencyKey: String?, reason: String?, at: Date?, cause: PaymentDeclineCause??
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "cause" {
                try PayloadKey.once(&cause, try value.orNull { try $0.declineCause() })
            } else if key == "idempotencyKey" {
                try PayloadKey.once(&idempotencyKey, try value.text())
            } else if key == "reason" {
                try PayloadKey.once(&reason, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let idempotencyKey, let reason, let at else { throw NotFastPath() }
        // Absent on events recorded before causes were.
        return OrderEvent.PaymentDeclined(idempotencyKey: idempotencyKey, reason: reason, at: at, cause: cause ?? nil)
    }

    /// `{"cardRefused":{"issuerReason":…}}`, `{"cardRefused":{}}` or `{"processorFailed":{}}`:
    /// exactly one case, as the synthesized `Decodable` insists.
    fileprivate mutating func declineCause() throws -> PaymentDeclineCause {
        var cause: PaymentDeclineCause?
        try fields { key, value in
            if key == "cardRefused" {
                var issuerReason: String??
                try value.fields { key, value in
                    guard key == "issuerReason" else { throw NotFastPath() }
                    try PayloadKey.once(&issuerReason, try value.orNull { try $0.text() })
                }
                try PayloadKey.once(&cause, .cardRefused(issuerReason: issuerReason ?? nil))
            } else if key == "processorFailed" {
                try value.fields { _, _ in throw NotFastPath() }
                try PayloadKey.once(&cause, .processorFailed)
            } else {
                throw NotFastPath()
            }
        }
        guard let cause else { throw NotFastPath() }
        return cause
    }

    fileprivate mutating func cancelled() throws -> OrderEvent.Cancelled {
        var by: OrderEvent.Canceller?, reason: String?, at: Date?
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "by" {
                // An unknown canceller is Foundation's to refuse.
                guard let canceller = OrderEvent.Canceller(rawValue: try value.text()) else { throw NotFastPath() }
                try PayloadKey.once(&by, canceller)
            } else if key == "reason" {
                try PayloadKey.once(&reason, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let by, let reason, let at else { throw NotFastPath() }
        return OrderEvent.Cancelled(by: by, reason: reason, at: at)
    }

    fileprivate mutating func refunded() throws -> OrderEvent.Refunded {
        var paymentID: String?, amount: Won?, at: Date?
        try fields { key, value in
            if key == "amount" {
                try PayloadKey.once(&amount, try value.won())
            } else if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "paymentID" {
                try PayloadKey.once(&paymentID, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let paymentID, let amount, let at else { throw NotFastPath() }
        return OrderEvent.Refunded(paymentID: paymentID, amount: amount, at: at)
    }

    /// `RiderAssigned` and `RiderReleased`: who, and when.
    fileprivate mutating func riderAndTime<Event>(_ make: (AccountID, Date) -> Event) throws -> Event {
        var rider: String?, at: Date?
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "rider" {
                try PayloadKey.once(&rider, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let rider, let at else { throw NotFastPath() }
        return make(AccountID(rider), at)
    }

    fileprivate mutating func reviewed() throws -> OrderEvent.Reviewed {
        var rating: Int?, text: String?, at: Date?
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "rating" {
                try PayloadKey.once(&rating, try value.wholeNumber())
            } else if key == "text" {
                try PayloadKey.once(&text, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let rating, let text, let at else { throw NotFastPath() }
        return OrderEvent.Reviewed(rating: rating, text: text, at: at)
    }

    fileprivate mutating func cardHoldReleased() throws -> OrderEvent.CardHoldReleased {
        var idempotencyKey: String?, at: Date?
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == "idempotencyKey" {
                try PayloadKey.once(&idempotencyKey, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let idempotencyKey, let at else { throw NotFastPath() }
        return OrderEvent.CardHoldReleased(idempotencyKey: idempotencyKey, at: at)
    }

    /// `{"at":…}`: picked up, delivered, queued, admitted.
    fileprivate mutating func onlyTime() throws -> Date {
        var at: Date?
        try fields { key, value in
            guard key == "at" else { throw NotFastPath() }
            try PayloadKey.once(&at, try value.instant())
        }
        guard let at else { throw NotFastPath() }
        return at
    }

    /// `{"at":…,"reason":…}` or `text`: rejected, the owner's reply.
    fileprivate mutating func textAndTime<Event>(_ name: StaticString, _ make: (String, Date) -> Event) throws -> Event {
        var text: String?, at: Date?
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == name {
                try PayloadKey.once(&text, try value.text())
            } else {
                throw NotFastPath()
            }
        }
        guard let text, let at else { throw NotFastPath() }
        return make(text, at)
    }

    /// `{"at":…,"cookMinutes":…}` or `travelMinutes`: confirmed, delivery started.
    fileprivate mutating func minutesAndTime<Event>(_ name: StaticString, _ make: (Int, Date) -> Event) throws -> Event {
        var minutes: Int?, at: Date?
        try fields { key, value in
            if key == "at" {
                try PayloadKey.once(&at, try value.instant())
            } else if key == name {
                try PayloadKey.once(&minutes, try value.wholeNumber())
            } else {
                throw NotFastPath()
            }
        }
        guard let minutes, let at else { throw NotFastPath() }
        return make(minutes, at)
    }
}
