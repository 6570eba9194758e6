import Foundation

/// Daily opening hours in Korean time, e.g. "10:00-22:00". A closing time earlier than the
/// opening time runs past midnight ("17:00-02:00"); "00:00-24:00" is always open.
///
/// Korean time whatever the machine's time zone, since the stores are in Korea: a server in
/// UTC must not close a Seoul restaurant at 7 a.m.
///
///     let hours = try OpeningHours(parsing: "17:00-02:00")
///     hours.isOpen(at: oneInTheMorningKST)   // true
///     hours.description                      // "17:00-02:00"
public struct OpeningHours: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Minutes after midnight, 0 to 1439.
    public let opensAt: Int
    /// Minutes after midnight; 1440 (24:00) for "until midnight".
    public let closesAt: Int

    /// "00:00-24:00": never closed.
    public static let allDay = OpeningHours(opensAt: 0, closesAt: 24 * 60)

    public init(opensAt: Int, closesAt: Int) {
        self.opensAt = opensAt
        self.closesAt = closesAt
    }

    /// Reads hours as an owner types them, `HH:MM-HH:MM`. Refused: a malformed time, or the
    /// same opening and closing time (zero hours or all day? `00:00-24:00` says all day).
    public init(parsing text: String) throws(RuleViolation) {
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let open = Self.minutes(parts[0]), let close = Self.minutes(parts[1]),
            open < 24 * 60, open != close
        else {
            throw .invalidStoreDetail(.openingHours(text))
        }
        self.init(opensAt: open, closesAt: close)
    }

    private static func minutes(_ text: String) -> Int? {
        let hm = text.split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...24).contains(h), (0..<60).contains(m),
            h * 60 + m <= 24 * 60
        else { return nil }
        return h * 60 + m
    }

    /// Whether the store takes orders at `instant`: opening minute included, closing minute not.
    public func isOpen(at instant: Date) -> Bool {
        let now = KoreanTime.minuteOfDay(at: instant)
        if opensAt < closesAt { return now >= opensAt && now < closesAt }
        return now >= opensAt || now < closesAt
    }

    public var description: String {
        func hm(_ m: Int) -> String { String(format: "%02d:%02d", m / 60, m % 60) }
        return "\(hm(opensAt))-\(hm(closesAt))"
    }
}
