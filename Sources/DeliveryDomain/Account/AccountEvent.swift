import Foundation

public enum AccountEvent: Sendable, Equatable {
    case signedUp(SignedUp)
    case storeFavourited(StoreFavourited)
    case storeUnfavourited(StoreUnfavourited)
    case notificationsRead(NotificationsRead)
    case signInFailed(SignInFailed)
    case signInSucceeded(SignInSucceeded)

    public struct SignedUp: Codable, Sendable, Equatable {
        public let account: AccountID
        public let name: String
        public let role: Role
        /// A salted slow hash, never the password itself.
        public let passwordHash: String
        public let at: Date
    }
    public struct StoreFavourited: Codable, Sendable, Equatable {
        public let store: StoreID
        public let at: Date
    }
    public struct StoreUnfavourited: Codable, Sendable, Equatable {
        public let store: StoreID
        public let at: Date
    }
    /// Notifications up to this log position have been seen.
    public struct NotificationsRead: Codable, Sendable, Equatable {
        public let upToPosition: Int64
        public let at: Date
    }
    /// A wrong password was given for the account: the back-off grows.
    public struct SignInFailed: Codable, Sendable, Equatable {
        public let at: Date
    }
    /// The right password after failures: the back-off is cleared.
    public struct SignInSucceeded: Codable, Sendable, Equatable {
        public let at: Date
    }
}
