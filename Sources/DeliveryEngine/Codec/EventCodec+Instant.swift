import Foundation

extension EventCodec {
    /// `date` as a reader of the log gets it back: payloads keep instants as milliseconds since
    /// 1970 in a `Double`, and the trip through `× 1000` and `÷ 1000` can move one by a bit of its
    /// last digit.
    ///
    /// Commands decide at this instant, so the events this process keeps in memory after an
    /// append (``OwnAppends``) are the very values every reader decodes, and the projection can
    /// take them without decoding. It moves a time by less than a microsecond.
    static func instantAsDecoded(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (1000.0 * date.timeIntervalSince1970) / 1000.0)
    }

    /// True when `date` comes back from a payload as the same instant.
    static func survivesPayload(_ date: Date) -> Bool {
        instantAsDecoded(date) == date
    }
}
