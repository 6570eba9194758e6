import DeliveryDomain
import Foundation
import GRDB

/// One line of a customer's notifications: a row of `rm_notifications`, written when their order
/// changes in a way they should hear about. The row keeps the ``CustomerNotice`` (its facts, as
/// JSON), not a sentence: each reader words it in their own language with ``message(in:)``.
public struct NotificationEntry: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "rm_notifications"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    /// Instants are stored as Unix seconds so SQL can compare and do arithmetic on them.
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .timeIntervalSince1970
    }

    public var position: Int64
    public var accountId: AccountID
    public var orderId: OrderID
    /// The status the change left the order in: an ``OrderStatus``'s raw value, or `queued`
    /// for an order waiting in a full kitchen (a notice, not a status of its own).
    public var status: String
    public var notice: CustomerNotice
    public var createdAt: Date
    /// When the customer opened this one notification; nil if they have not (they may still
    /// have read it with "read all", which ``unread`` accounts for).
    public var openedAt: Date? = nil
    /// Filled by queries, not stored.
    public var unread: Bool? = nil

    public init(
        position: Int64, accountId: AccountID, orderId: OrderID, status: String, notice: CustomerNotice, createdAt: Date,
        openedAt: Date? = nil, unread: Bool? = nil
    ) {
        self.position = position
        self.accountId = accountId
        self.orderId = orderId
        self.status = status
        self.notice = notice
        self.createdAt = createdAt
        self.openedAt = openedAt
        self.unread = unread
    }

    /// The notice, worded for a reader of `language`.
    public func message(in language: Language) -> String { notice.text(in: language) }

    /// The notice as the `notice` column holds it: JSON, with the encoder GRDB decodes it with.
    var noticeJSON: String {
        get throws {
            if let fast = notice.storedJSON { return fast }
            let data = try Self.databaseJSONEncoder(for: "notice").encode(notice)
            return String(decoding: data, as: UTF8.self)
        }
    }

    enum CodingKeys: String, CodingKey { case position, accountId, orderId, status, notice, createdAt, openedAt }
}
