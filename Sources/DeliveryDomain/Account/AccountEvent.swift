import Foundation

/// What happened to an account, as recorded on its stream. Past tense: each is a fact the
/// rules already accepted, so folding them (``AccountDecider/evolve(_:_:)``) never refuses.
///
/// The payloads are `Codable` because they are the log's format: a field added later must
/// decode from events written before it (give it a default), and a field is never renamed.
/// Every payload's `at` is when it happened, by the engine's clock (simulated or live).
public enum AccountEvent: Sendable, Equatable {
    case signedUp(SignedUp)
    case storeFavourited(StoreFavourited)
    case storeUnfavourited(StoreUnfavourited)
    case notificationsRead(NotificationsRead)
    case notificationOpened(NotificationOpened)
    case signInFailed(SignInFailed)
    case signInSucceeded(SignInSucceeded)
    case addressAdded(AddressAdded)
    case addressRemoved(AddressRemoved)
    case defaultAddressSet(DefaultAddressSet)
    case cardRemembered(CardRemembered)
    case cardForgotten(CardForgotten)
    case passwordChanged(PasswordChanged)

    /// An account was opened. Its id is the name's ``NameKey``; `name` keeps what was typed,
    /// to show it as the person wrote it.
    public struct SignedUp: Codable, Sendable, Equatable {
        public let account: AccountID
        public let name: String
        public let role: Role
        /// A salted slow hash, never the password itself.
        public let passwordHash: String
        public let at: Date
    }
    /// The person changed their password, giving the current one: the back-off is cleared.
    public struct PasswordChanged: Codable, Sendable, Equatable {
        /// A salted slow hash, never the password itself.
        public let passwordHash: String
        public let at: Date
    }
    /// A customer marked a store as a favourite.
    public struct StoreFavourited: Codable, Sendable, Equatable {
        public let store: StoreID
        public let at: Date
    }
    /// A customer took a store off their favourites.
    public struct StoreUnfavourited: Codable, Sendable, Equatable {
        public let store: StoreID
        public let at: Date
    }
    /// Notifications up to this log position have been seen.
    public struct NotificationsRead: Codable, Sendable, Equatable {
        public let upToPosition: Int64
        public let at: Date
    }
    /// One notification was opened and read, whatever the mark of ``NotificationsRead`` says:
    /// a customer reads the one about their order now, and the others stay unread.
    public struct NotificationOpened: Codable, Sendable, Equatable {
        /// The log position the notification was written at: its id.
        public let position: Int64
        public let at: Date
    }
    /// A wrong password was given for the account: the back-off of its source grows.
    public struct SignInFailed: Codable, Sendable, Equatable {
        public let at: Date
        /// Where it was typed; nil in events recorded before sources were (``SignInSource/unrecorded``).
        public let source: SignInSource?

        public init(at: Date, source: SignInSource?) {
            self.at = at
            self.source = source
        }
    }
    /// The right password after failures from its source: that source's back-off is cleared.
    public struct SignInSucceeded: Codable, Sendable, Equatable {
        public let at: Date
        /// Nil in events recorded before sources were: those cleared every failure.
        public let source: SignInSource?

        public init(at: Date, source: SignInSource?) {
            self.at = at
            self.source = source
        }
    }
    /// A customer saved a delivery address (with its note, if any).
    public struct AddressAdded: Codable, Sendable, Equatable {
        public let address: DeliveryAddress
        public let at: Date
    }
    /// A customer removed a saved address, by its text.
    public struct AddressRemoved: Codable, Sendable, Equatable {
        public let address: String
        public let at: Date
    }
    /// The address checkout chooses unless the customer picks another.
    public struct DefaultAddressSet: Codable, Sendable, Equatable {
        public let address: String
        public let at: Date
    }
    /// A customer asked to keep a card for later: only the processor's token, the brand, the
    /// last four digits and the expiry, never the number or the CVC.
    public struct CardRemembered: Codable, Sendable, Equatable {
        public let card: CardOnFile
        public let at: Date
    }
    /// A customer removed a remembered card, named as it is shown ("Visa •••• 4242").
    public struct CardForgotten: Codable, Sendable, Equatable {
        public let card: String
        public let at: Date
    }
}
