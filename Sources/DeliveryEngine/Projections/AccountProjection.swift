import DeliveryDomain
import EventStore
import GRDB

enum AccountProjection {
    static func apply(_ event: AccountEvent, _ recorded: RecordedEvent, _ db: Database) throws {
        let account = String(recorded.streamID.rawValue.dropFirst("account-".count))
        switch event {
        case .signedUp(let e):
            try db.execute(
                sql: "INSERT INTO rm_accounts(account_id, name, role, signed_up_at) VALUES (?, ?, ?, ?)",
                arguments: [e.account.rawValue, e.name, e.role.rawValue, e.at.timeIntervalSince1970])
        case .storeFavourited(let e):
            try db.execute(
                sql: "INSERT OR REPLACE INTO rm_favourites(account_id, store_id, since) VALUES (?, ?, ?)",
                arguments: [account, e.store.rawValue, e.at.timeIntervalSince1970])
        case .storeUnfavourited(let e):
            try db.execute(
                sql: "DELETE FROM rm_favourites WHERE account_id = ? AND store_id = ?",
                arguments: [account, e.store.rawValue])
        case .notificationsRead(let e):
            try db.execute(
                sql: "UPDATE rm_accounts SET notifications_read_upto = MAX(notifications_read_upto, ?) WHERE account_id = ?",
                arguments: [e.upToPosition, account])
        case .signInFailed, .signInSucceeded:
            break  // The back-off is read from the account's stream, where every process sees it.
        }
    }
}
