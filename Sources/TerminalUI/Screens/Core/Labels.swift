import DeliveryDomain
import DeliveryEngine
import Foundation

/// How a store's availability reads on a customer's screen: closed outside its hours,
/// otherwise the owner's mode.
enum Availability: String, Equatable, Sendable {
    case open, busy, paused, closed

    init(_ store: StoreSummary, at now: Date) {
        self = Availability(rawValue: store.availability(at: now)) ?? .open
    }

    init(_ store: StoreState, at now: Date) {
        guard let hours = store.profile?.hours, hours.isOpen(at: now) else {
            self = .closed
            return
        }
        self = Availability(rawValue: store.mode.rawValue) ?? .open
    }

    func label(in language: Language) -> String {
        let words: SessionWords =
            switch self {
            case .open: .open
            case .busy: .busy
            case .paused: .paused
            case .closed: .closed
            }
        return words.text(in: language)
    }

    var style: Style {
        switch self {
        case .open: .success
        case .busy: .warning
        case .paused: .danger
        case .closed: .muted
        }
    }
}

extension StoreMode {
    /// How the owner's screens name the mode (``label(in:)`` is the domain's, for messages).
    func screenLabel(in language: Language) -> String {
        Availability(rawValue: rawValue)?.label(in: language) ?? rawValue
    }
}

extension OrderStatus {
    var style: Style {
        switch self {
        case .awaitingPayment, .awaitingConfirmation: .warning
        case .cooking: .info
        case .deliveryStarted, .pickedUp: .accent
        case .delivered: .success
        case .cancelled, .rejected: .muted
        }
    }

    /// Whether the order is still moving: shown first and tracked live.
    var isActive: Bool { !isFinal }
}

enum Stars {
    /// `"★★★★☆"` for 4.
    static func of(_ rating: Int) -> String {
        String(repeating: "★", count: max(0, min(5, rating))) + String(repeating: "☆", count: max(0, 5 - rating))
    }

    /// `"★4.5 (12)"`, or `"-"` with no reviews yet.
    static func average(_ value: Double?, count: Int) -> String {
        guard let value, count > 0 else { return "-" }
        return "★" + String(format: "%.1f", value) + " (\(count))"
    }
}
