import Foundation

/// What happened to one order, in the order it happened: the facts on an `order-ID` stream.
///
/// An order's state is the fold of these (``OrderDecider/evolve(_:_:)``), and so is its read-model
/// row (`OrderSummaryView` in the engine). Every payload carries `at`, the engine's time when it
/// happened; events are never changed once written, so a new fact is a new case. Each payload's
/// initialiser is visible to the package, so the engine's codec can make one straight from the
/// payload's bytes without `Decodable`.
///
///     placed → paymentRequested → paymentApproved → confirmed → deliveryStarted → pickedUp → delivered → reviewed
public enum OrderEvent: Sendable, Equatable {
    case placed(Placed)
    case paymentRequested(PaymentRequested)
    case paymentApproved(PaymentApproved)
    case paymentDeclined(PaymentDeclined)
    case cancelled(Cancelled)
    case rejected(Rejected)
    case refunded(Refunded)
    case confirmed(Confirmed)
    case riderAssigned(RiderAssigned)
    /// The rider gave the job back before pickup: it is open to every rider again.
    case riderReleased(RiderReleased)
    case deliveryStarted(DeliveryStarted)
    case pickedUp(PickedUp)
    case delivered(Delivered)
    case reviewed(Reviewed)
    case reviewReplied(ReviewReplied)
    /// Paid, but the store's kitchen is full: the order waits in the store's queue.
    case queuedForKitchen(QueuedForKitchen)
    /// Let into the kitchen from the queue: the store sees it now.
    case admitted(Admitted)
    /// The processor answered for a request left unanswered when the order ended: nothing stays
    /// held on the card under its key.
    case cardHoldReleased(CardHoldReleased)

    /// The customer placed the order: the priced lines, the store and its owner, and the
    /// auto-cancel minutes in force, copied in so later changes to the store cannot reach it.
    public struct Placed: Codable, Sendable, Equatable {
        public let order: OrderID
        public let customer: AccountID
        public let store: StoreID
        public let storeName: String
        public let owner: AccountID
        public let lines: [OrderLine]
        public let deliveryFee: Won
        public let autoCancelMinutes: Int
        public let at: Date
        /// True when the store limited its kitchen at placement: once paid, the order queues.
        public var waitsForAdmission: Bool? = nil
        /// Where the rider takes the food, as the customer chose it at checkout. Nil on orders
        /// placed before orders carried addresses (their events decode without it).
        public var deliveryAddress: String? = nil
        /// The customer's note for the rider ("문 앞에 놓아주세요"), if any.
        public var deliveryNote: String? = nil
        package init(
            order: OrderID, customer: AccountID, store: StoreID, storeName: String, owner: AccountID, lines: [OrderLine], deliveryFee: Won,
            autoCancelMinutes: Int, at: Date, waitsForAdmission: Bool? = nil, deliveryAddress: String? = nil, deliveryNote: String? = nil
        ) {
            self.order = order
            self.customer = customer
            self.store = store
            self.storeName = storeName
            self.owner = owner
            self.lines = lines
            self.deliveryFee = deliveryFee
            self.autoCancelMinutes = autoCancelMinutes
            self.at = at
            self.waitsForAdmission = waitsForAdmission
            self.deliveryAddress = deliveryAddress
            self.deliveryNote = deliveryNote
        }
        public var subtotal: Won { lines.reduce(.zero) { $0 + $1.amount } }
        public var total: Won { subtotal + deliveryFee }
    }
    /// The card is already a processor token: the number and CVC never get this far.
    public struct PaymentRequested: Codable, Sendable, Equatable {
        public let idempotencyKey: String
        public let card: CardOnFile
        public let amount: Won
        public let at: Date
        package init(idempotencyKey: String, card: CardOnFile, amount: Won, at: Date) {
            self.idempotencyKey = idempotencyKey
            self.card = card
            self.amount = amount
            self.at = at
        }
    }
    /// The processor charged the request with this key; `paymentID` is what a refund undoes.
    public struct PaymentApproved: Codable, Sendable, Equatable {
        public let idempotencyKey: String
        public let paymentID: String
        public let amount: Won
        public let at: Date
        package init(idempotencyKey: String, paymentID: String, amount: Won, at: Date) {
            self.idempotencyKey = idempotencyKey
            self.paymentID = paymentID
            self.amount = amount
            self.at = at
        }
    }
    /// The request ended without a charge: the issuer refused the card, or the processor failed
    /// (``cause`` says which). The order still waits for payment; the customer may pay again.
    /// The stored name stays `PaymentDeclined` for both: it is part of the log's format.
    public struct PaymentDeclined: Codable, Sendable, Equatable {
        public let idempotencyKey: String
        /// The processor's or the engine's words, for the log and its operators. Customers are
        /// told from ``outcome``, which never shows them a processor's error text.
        public let reason: String
        public let at: Date
        /// Why, as recorded. Absent on events recorded before causes were (they decode
        /// without it, and are written back as they were): read ``outcome``.
        public var cause: PaymentDeclineCause? = nil
        package init(idempotencyKey: String, reason: String, at: Date, cause: PaymentDeclineCause? = nil) {
            self.idempotencyKey = idempotencyKey
            self.reason = reason
            self.at = at
            self.cause = cause
        }
        /// Why no money moved: the recorded cause, or for an older event what its reason tells
        /// (``PaymentDeclineCause/recordedBeforeCauses(reason:)``).
        public var outcome: PaymentDeclineCause { cause ?? .recordedBeforeCauses(reason: reason) }
    }
    /// Who cancelled: the customer before confirmation, or the system when a deadline passed.
    public enum Canceller: String, Codable, Sendable, Equatable {
        case customer, store, system
    }
    /// The order stopped before the store confirmed it; a paid order is refunded in the same step.
    public struct Cancelled: Codable, Sendable, Equatable {
        public let by: Canceller
        public let reason: String
        public let at: Date
        /// The reason recorded when the customer cancels without giving one.
        public static let noReasonGiven = "cancelled by the customer"
        package init(by: Canceller, reason: String, at: Date) {
            self.by = by
            self.reason = reason
            self.at = at
        }
    }
    /// The store declined the order, with the reason the customer is shown.
    public struct Rejected: Codable, Sendable, Equatable {
        public let reason: String
        public let at: Date
        package init(reason: String, at: Date) {
            self.reason = reason
            self.at = at
        }
    }
    /// The money of `paymentID` goes back to the customer.
    public struct Refunded: Codable, Sendable, Equatable {
        public let paymentID: String
        public let amount: Won
        public let at: Date
        package init(paymentID: String, amount: Won, at: Date) {
            self.paymentID = paymentID
            self.amount = amount
            self.at = at
        }
    }
    /// The store accepted the order and said how long cooking takes; cancelling ends here.
    public struct Confirmed: Codable, Sendable, Equatable {
        public let cookMinutes: Int
        public let at: Date
        package init(cookMinutes: Int, at: Date) {
            self.cookMinutes = cookMinutes
            self.at = at
        }
    }
    /// A rider took the job; no other rider can take it after this.
    public struct RiderAssigned: Codable, Sendable, Equatable {
        public let rider: AccountID
        public let at: Date
        package init(rider: AccountID, at: Date) {
            self.rider = rider
            self.at = at
        }
    }
    /// The rider holding the job gave it back before picking the food up; any rider may accept
    /// it now. `rider` is who gave it back, for the order's timeline.
    public struct RiderReleased: Codable, Sendable, Equatable {
        public let rider: AccountID
        public let at: Date
        package init(rider: AccountID, at: Date) {
            self.rider = rider
            self.at = at
        }
    }
    /// The store started delivery with the expected travel time: progress counts from here.
    public struct DeliveryStarted: Codable, Sendable, Equatable {
        public let travelMinutes: Int
        public let at: Date
        package init(travelMinutes: Int, at: Date) {
            self.travelMinutes = travelMinutes
            self.at = at
        }
    }
    /// The rider holding the job collected the food.
    public struct PickedUp: Codable, Sendable, Equatable {
        public let at: Date
        package init(at: Date) { self.at = at }
    }
    /// The food arrived; the review window (1 to 24 hours later) is measured from this.
    public struct Delivered: Codable, Sendable, Equatable {
        public let at: Date
        package init(at: Date) { self.at = at }
    }
    /// The customer's one review: 1 to 5 stars and up to 500 characters of free text.
    public struct Reviewed: Codable, Sendable, Equatable {
        public let rating: Int
        public let text: String
        public let at: Date
        package init(rating: Int, text: String, at: Date) {
            self.rating = rating
            self.text = text
            self.at = at
        }
    }
    /// The owner's one reply to the review.
    public struct ReviewReplied: Codable, Sendable, Equatable {
        public let text: String
        public let at: Date
        package init(text: String, at: Date) {
            self.text = text
            self.at = at
        }
    }
    /// Paid into a full kitchen: the order waits in the store's queue, unseen by the store.
    public struct QueuedForKitchen: Codable, Sendable, Equatable {
        public let at: Date
        package init(at: Date) { self.at = at }
    }
    /// Let in from the queue: the store sees the order, and its confirmation deadline starts.
    public struct Admitted: Codable, Sendable, Equatable {
        public let at: Date
        package init(at: Date) { self.at = at }
    }

    /// An order that ended with its payment request unanswered may have left an authorisation on
    /// the card; the payment worker had the processor void it (or found the capture, recorded and
    /// refunded it). Recorded on the order's stream, so every process and every rebuilt read model
    /// knows the hold is gone, and no two workers void it again.
    public struct CardHoldReleased: Codable, Sendable, Equatable {
        public let idempotencyKey: String
        public let at: Date
        package init(idempotencyKey: String, at: Date) {
            self.idempotencyKey = idempotencyKey
            self.at = at
        }
    }

    /// When the fact happened, for timelines.
    public var at: Date {
        switch self {
        case .placed(let e): e.at
        case .paymentRequested(let e): e.at
        case .paymentApproved(let e): e.at
        case .paymentDeclined(let e): e.at
        case .cancelled(let e): e.at
        case .rejected(let e): e.at
        case .refunded(let e): e.at
        case .confirmed(let e): e.at
        case .riderAssigned(let e): e.at
        case .riderReleased(let e): e.at
        case .deliveryStarted(let e): e.at
        case .pickedUp(let e): e.at
        case .delivered(let e): e.at
        case .reviewed(let e): e.at
        case .reviewReplied(let e): e.at
        case .queuedForKitchen(let e): e.at
        case .admitted(let e): e.at
        case .cardHoldReleased(let e): e.at
        }
    }
}

/// A card as the order remembers it: the processor's token, the brand and the last four digits.
public struct CardOnFile: Codable, Sendable, Equatable, CustomStringConvertible {
    public let token: String
    public let brand: String
    public let last4: String
    /// Expiry is not secret, and the processor needs it to judge a later charge.
    public let expiryMonth: Int
    public let expiryYear: Int
    public init(token: String, brand: String, last4: String, expiryMonth: Int, expiryYear: Int) {
        self.token = token
        self.brand = brand
        self.last4 = last4
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
    }
    public var description: String { "\(brand) •••• \(last4)" }
}
