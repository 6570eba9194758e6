import DeliveryDomain
import Foundation

/// Accounts (`rm_accounts`), the stores each has favourited (`rm_favourites`), and the
/// notifications each opened one at a time (`rm_notifications.opened_at`).
enum AccountProjection {
    /// A row of `rm_accounts`: who signed up, and how far they have read their notifications.
    struct Account: Sendable, Equatable {
        var name: String
        var role: String
        var signedUpAt: Date
        var notificationsReadUpTo: Int64
    }

    /// A notification opened on its own: `rm_notifications.opened_at` is set on its row.
    struct OpenedNotification: Sendable, Equatable {
        let account: String
        let position: Int64
        let at: Date
    }

    /// A row of `rm_favourites`.
    struct Favourite: Sendable, Equatable {
        struct Key: Hashable, Sendable {
            let account: String
            let store: String
        }
        let since: Date
    }

    static func evolve(_ state: inout ReadModelState, _ event: AccountEvent, account: String) throws {
        switch event {
        case .signedUp(let e):
            state.accounts.set(
                e.account.rawValue, Account(name: e.name, role: e.role.rawValue, signedUpAt: e.at, notificationsReadUpTo: 0))
        case .storeFavourited(let e):
            state.favourites.set(Favourite.Key(account: account, store: e.store.rawValue), Favourite(since: e.at))
        case .storeUnfavourited(let e):
            state.favourites.set(Favourite.Key(account: account, store: e.store.rawValue), nil)
        case .notificationsRead(let e):
            guard var row = try state.account(account) else { return }
            row.notificationsReadUpTo = max(row.notificationsReadUpTo, e.upToPosition)
            state.accounts.set(account, row)
        case .notificationOpened(let e):
            state.openedNotifications.append(.init(account: account, position: e.position, at: e.at))
        case .signInFailed, .signInSucceeded:
            break  // The back-off is read from the account's stream, where every process sees it.
        case .passwordChanged:
            state.passwordsChanged = true  // No table: the hash stays on the account's stream.
        case .addressAdded, .addressRemoved, .defaultAddressSet, .cardRemembered, .cardForgotten:
            break  // Read from the account's stream by its own customer only: no table needed.
        }
    }
}
