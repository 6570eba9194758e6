import DeliveryDomain
import Foundation

/// The events every paid order writes on its way to the kitchen (the placement's two, the
/// payment's outcome, and the kitchen queue's two), encoded by hand (``PayloadWriter``) into the
/// same bytes as the codec's `JSONEncoder`; `PayloadEncodingTests` compares the two on every
/// field. Keys are written in sorted order, as `.sortedKeys` writes them, and an absent optional
/// is left out, as the synthesized `Encodable` leaves it out.
extension OrderEvent {
    public func handWrittenPayload() -> Data? {
        var writer = PayloadWriter()
        switch self {
        case .placed(let placed): writer.write(placed)
        case .paymentRequested(let requested): writer.write(requested)
        case .paymentApproved(let approved): writer.write(approved)
        case .paymentDeclined(let declined): writer.write(declined)
        case .queuedForKitchen(let queued): writer.writeInstant(queued.at)
        case .admitted(let admitted): writer.writeInstant(admitted.at)
        default: return nil
        }
        return writer.payload
    }
}

extension PayloadWriter {
    mutating func write(_ placed: OrderEvent.Placed) {
        object { json in
            json.key("at")
            json.date(placed.at)
            json.key("autoCancelMinutes")
            json.integer(placed.autoCancelMinutes)
            json.key("customer")
            json.string(placed.customer.rawValue)
            if let address = placed.deliveryAddress {
                json.key("deliveryAddress")
                json.string(address)
            }
            json.key("deliveryFee")
            json.write(placed.deliveryFee)
            if let note = placed.deliveryNote {
                json.key("deliveryNote")
                json.string(note)
            }
            json.key("lines")
            json.array(placed.lines) { json, line in json.write(line) }
            json.key("order")
            json.string(placed.order.rawValue)
            json.key("owner")
            json.string(placed.owner.rawValue)
            json.key("store")
            json.string(placed.store.rawValue)
            json.key("storeName")
            json.string(placed.storeName)
            if let waits = placed.waitsForAdmission {
                json.key("waitsForAdmission")
                json.boolean(waits)
            }
        }
    }

    mutating func write(_ requested: OrderEvent.PaymentRequested) {
        object { json in
            json.key("amount")
            json.write(requested.amount)
            json.key("at")
            json.date(requested.at)
            json.key("card")
            json.write(requested.card)
            json.key("idempotencyKey")
            json.string(requested.idempotencyKey)
        }
    }

    mutating func write(_ approved: OrderEvent.PaymentApproved) {
        object { json in
            json.key("amount")
            json.write(approved.amount)
            json.key("at")
            json.date(approved.at)
            json.key("idempotencyKey")
            json.string(approved.idempotencyKey)
            json.key("paymentID")
            json.string(approved.paymentID)
        }
    }

    mutating func write(_ declined: OrderEvent.PaymentDeclined) {
        object { json in
            json.key("at")
            json.date(declined.at)
            if let cause = declined.cause {
                json.key("cause")
                json.write(cause)
            }
            json.key("idempotencyKey")
            json.string(declined.idempotencyKey)
            json.key("reason")
            json.string(declined.reason)
        }
    }

    /// The synthesized `Codable` form of an enum: `{"case":{…}}`, an absent optional left out.
    mutating func write(_ cause: PaymentDeclineCause) {
        object { json in
            switch cause {
            case .cardRefused(let issuerReason):
                json.key("cardRefused")
                json.object { json in
                    if let issuerReason {
                        json.key("issuerReason")
                        json.string(issuerReason)
                    }
                }
            case .processorFailed:
                json.key("processorFailed")
                json.object { _ in }
            }
        }
    }

    /// An event whose only field is its instant: `{"at":…}`.
    mutating func writeInstant(_ at: Date) {
        object { json in
            json.key("at")
            json.date(at)
        }
    }

    mutating func write(_ line: OrderLine) {
        object { json in
            json.key("item")
            json.string(line.item.rawValue)
            json.key("name")
            json.string(line.name)
            json.key("quantity")
            json.integer(line.quantity)
            json.key("unitPrice")
            json.write(line.unitPrice)
        }
    }

    mutating func write(_ card: CardOnFile) {
        object { json in
            json.key("brand")
            json.string(card.brand)
            json.key("expiryMonth")
            json.integer(card.expiryMonth)
            json.key("expiryYear")
            json.integer(card.expiryYear)
            json.key("last4")
            json.string(card.last4)
            json.key("token")
            json.string(card.token)
        }
    }

    /// `Won` is synthesized `Codable`: an object with its `amount`.
    mutating func write(_ won: Won) {
        object { json in
            json.key("amount")
            json.integer(won.amount)
        }
    }
}
