import Foundation
import GRDB

/// What every process on one database shares beside the log: the payment worker's lease, the
/// gateway's health report, operator settings, the database's time and customers' saved carts.
/// None of it is derived from the log, so it survives read-model rebuilds. One implementation
/// per backend: ``SQLiteSharedState`` (tables in the database file) and `PostgresSharedState`
/// (tables in the PostgreSQL schema beside the log).
public protocol SharedEngineState: Sendable {
    // MARK: The worker lease

    /// Takes the lease if it is free or expired (`expires_at <= now`), renews it if `holder`
    /// holds it, in one atomic step. True when `holder` holds it now.
    func acquireLease(_ name: String, holder: String, now: Double, until: Double) async throws -> Bool
    /// Gives the lease up if `holder` holds it.
    func releaseLease(_ name: String, holder: String) async throws
    /// Who holds the lease and until when (Unix seconds); nil when nobody does.
    func lease(_ name: String) async throws -> (holder: String, expiresAt: Double)?

    // MARK: Settings

    func setting(_ name: String) async throws -> String?
    /// Writes (or, with nil, deletes) one setting. `clearingHealth`: the gateway's last report is
    /// deleted in the same step (back to the sandbox, nobody's report any more).
    func writeSetting(_ name: String, value: String?, clearingHealth: Bool) async throws

    /// Writes one setting unless `change.refusal`, decided on the read models caught up to the
    /// log's head, says no; returns that refusal instead. No append commits between the check and
    /// the write, so a reason against the change (a payment the old gateway still owes) cannot
    /// appear in the log unseen while the change is decided: on SQLite the check and the write
    /// are one write transaction; on PostgreSQL one transaction holds the log's head row, which
    /// every append locks.
    func changeSetting(_ change: GuardedSettingChange) async throws -> String?

    // MARK: The gateway's health report

    func healthRow() async throws -> SharedHealthRow?
    /// Stores the report; true when the breaker's state or the waiting count changed (or it is
    /// the first report), which is what sessions show.
    func saveHealth(_ row: SharedHealthRow) async throws -> Bool

    // MARK: The database's time

    /// The stored time record, or, on a fresh database, the one `first` chooses (given the time of
    /// the newest event), stored atomically so that two processes opening it agree.
    func openTime(first: @escaping @Sendable (_ newest: Date?) -> SharedTimeRow) async throws -> (SharedTimeRow, newest: Date?)
    func timeRow() async throws -> SharedTimeRow?
    /// Sets a simulated database's time (nothing on a live one).
    func storeSimulatedNow(_ seconds: Double) async throws
    /// Reads the stored simulated time and the newest event's, asks `rule` for the next time and
    /// stores it, in one atomic step.
    func moveSimulatedNow(_ rule: @escaping @Sendable (_ stored: Double?, _ newest: Date?) throws -> Double) async throws -> Double

    /// Wakes every session on the database: after a shared write that shows on screens.
    func signalChange()

    // MARK: Saved carts

    /// The cart the account left, as stored (`SavedCartRecord`'s JSON); nil when none.
    func savedCart(of account: String) async throws -> String?
    /// Keeps `cart` as the account's cart, replacing any (last write wins); `savedAt` in Unix seconds.
    func saveCart(_ cart: String, of account: String, savedAt: Double) async throws
    /// Deletes the account's saved cart. With `ifStill`, only while the row still holds that
    /// text: a row found unreadable is dropped without deleting a cart saved meanwhile.
    func deleteSavedCart(of account: String, ifStill: String?) async throws
}

/// The gateway's health report as stored: see `PaymentGatewayHealthRecord`.
public struct SharedHealthRow: Sendable, Equatable {
    public var breaker: String
    public var since: Double
    public var pendingPayments: Int
    public var updatedAt: Double
    public var holder: String
    /// A JSON array of `{"from", "to", "at", "reason"}`.
    public var transitions: String

    public init(breaker: String, since: Double, pendingPayments: Int, updatedAt: Double, holder: String, transitions: String) {
        self.breaker = breaker
        self.since = since
        self.pendingPayments = pendingPayments
        self.updatedAt = updatedAt
        self.holder = holder
        self.transitions = transitions
    }
}

/// The database's time as stored: `mode` is "live" or "simulated"; `simulatedNow` in Unix seconds.
public struct SharedTimeRow: Sendable, Equatable {
    public var mode: String
    public var simulatedNow: Double?

    public init(mode: String, simulatedNow: Double?) {
        self.mode = mode
        self.simulatedNow = simulatedNow
    }
}

/// A setting change that depends on what the log holds (``SharedEngineState/changeSetting(_:)``):
/// leaving a payment gateway is refused while it still owes the log a payment.
public struct GuardedSettingChange: Sendable {
    public var name: String
    /// nil deletes the setting.
    public var value: String?
    /// Delete the gateway's last health report in the same step.
    public var clearingHealth: Bool
    /// The read models the refusal is decided on. On SQLite they are in the log's own file, and
    /// the refusal reads them inside the write transaction.
    public var readModels: DatabasePool
    /// Brings the read models up to at least `position` of the log, or throws.
    public var catchUp: @Sendable (_ position: Int64) async throws -> Void
    /// Given the stored value (nil when unset) and the read models at the log's head: why the
    /// change must not happen, or nil to write it.
    public var refusal: @Sendable (_ current: String?, _ readModels: Database) throws -> String?

    public init(
        name: String, value: String?, clearingHealth: Bool, readModels: DatabasePool,
        catchUp: @escaping @Sendable (Int64) async throws -> Void,
        refusal: @escaping @Sendable (String?, Database) throws -> String?
    ) {
        self.name = name
        self.value = value
        self.clearingHealth = clearingHealth
        self.readModels = readModels
        self.catchUp = catchUp
        self.refusal = refusal
    }

    /// The refusal, read in one snapshot of the read models (call after ``catchUp``).
    public func decide(current: String?) async throws -> String? {
        let refusal = refusal
        return try await readModels.read { db in try refusal(current, db) }
    }
}

/// The read models stayed behind the log's head while a guarded setting was being decided:
/// nothing was written.
public struct SettingCheckFellBehind: Error, CustomStringConvertible {
    public let head: Int64
    public let checkpoint: Int64

    public var description: String {
        "The read models reached position \(checkpoint) of the log but not its head \(head), so the setting could not be "
            + "checked against what the log holds. Nothing was changed. Try again; if it keeps failing, run `baedal replay`."
    }
}
