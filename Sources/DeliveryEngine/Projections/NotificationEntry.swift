import Foundation
import GRDB

/// One line of a customer's notifications: a row of `rm_notifications`, written when their order
/// changes in a way they should hear about (see `CustomerNotice`).
public struct NotificationEntry: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "rm_notifications"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    /// Instants are stored as Unix seconds so SQL can compare and do arithmetic on them.
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .timeIntervalSince1970
    }

    public var position: Int64
    public var accountId: String
    public var orderId: String
    public var status: String
    public var message: String
    public var createdAt: Date
    /// When the customer opened this one notification; nil if they have not (they may still
    /// have read it with "read all", which ``unread`` accounts for).
    public var openedAt: Date? = nil
    /// Filled by queries, not stored.
    public var unread: Bool? = nil

    enum CodingKeys: String, CodingKey { case position, accountId, orderId, status, message, createdAt, openedAt }
}
