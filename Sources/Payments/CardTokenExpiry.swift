import Foundation

extension CardToken {
    /// Whether the card is past its last valid moment (the end of its expiry month in `calendar`'s time zone).
    ///
    /// A token outlives the check made when it was created: an order scheduled for next month may be charged
    /// after the card expired, and processors then decline with ``DeclineReason/expiredCard``.
    public func hasExpired(at now: Date, calendar: Calendar) -> Bool {
        do {
            _ = try CardTokenizer.validatedExpiry(month: expiryMonth, year: expiryYear, now: now, calendar: calendar)
            return false
        } catch .expired {
            return true
        } catch {
            return false
        }
    }
}
