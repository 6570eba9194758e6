import DeliveryDomain
import Foundation
import GRDB

/// One store as lists and its page show it: the row of `rm_stores`, kept up to date by the projector.
public struct StoreSummary: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "rm_stores"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    /// Instants are stored as Unix seconds so SQL can compare and do arithmetic on them.
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .timeIntervalSince1970
    }

    public var storeId: StoreID
    public var ownerId: AccountID
    public var name: String
    public var category: String
    public var address: String
    public var hours: String
    public var opensAt: Int
    public var closesAt: Int
    public var minimumOrder: Int
    public var deliveryFee: Int
    public var mode: String
    public var prepMinutes: Int
    public var busyExtraMinutes: Int
    public var autoCancelMinutes: Int
    public var ratingSum: Int
    public var ratingCount: Int
    public var registeredAt: Date

    public var id: StoreID { storeId }
    public var storeMode: StoreMode { StoreMode(rawValue: mode) ?? .open }
    public var openingHours: OpeningHours { OpeningHours(opensAt: opensAt, closesAt: closesAt) }
    public var averageRating: Double? { ratingCount == 0 ? nil : Double(ratingSum) / Double(ratingCount) }
    public var currentPrepMinutes: Int { prepMinutes + (storeMode == .busy ? busyExtraMinutes : 0) }

    /// What a customer sees: closed outside hours, otherwise the owner's mode.
    public func availability(at now: Date) -> String {
        openingHours.isOpen(at: now) ? mode : "closed"
    }
}
