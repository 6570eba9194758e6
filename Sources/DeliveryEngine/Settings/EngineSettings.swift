import DeliveryDomain
import Foundation
import GRDB

/// Settings an operator makes for the whole database (not derived from the log): one row per
/// name. Like ``WorkerLease`` they live beside the log and survive read-model rebuilds.
enum EngineSettings {
    static func prepare(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS engine_settings(name TEXT PRIMARY KEY, value TEXT NOT NULL)
                """)
    }

    static let paymentGateway = "payment_gateway"
}

/// What the payment gateway still owes the log, counted from the read models (not from the
/// worker's last report, which is stale as soon as the worker stops).
public struct PaymentsAwaitingGateway: Sendable, Equatable {
    /// Payment requests not yet answered.
    public var unanswered: Int
    /// Orders that ended unpaid whose card hold has not been released yet.
    public var holdsToRelease: Int

    public var total: Int { unanswered + holdsToRelease }

    public init(unanswered: Int, holdsToRelease: Int) {
        self.unanswered = unanswered
        self.holdsToRelease = holdsToRelease
    }

    static func count(_ db: Database) throws -> PaymentsAwaitingGateway {
        PaymentsAwaitingGateway(
            unanswered: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_pending_payments") ?? 0,
            holdsToRelease: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rm_holds_to_release") ?? 0)
    }
}

extension DeliveryEngine {
    /// Stores the gateway every session on this database uses for card payments (nil: the
    /// in-process sandbox). The URL is checked first; a bad one is refused and nothing is written.
    ///
    /// Leaving a gateway (off, or another URL) is refused while it still owes the log anything.
    /// Refusing, rather than handing the payments over, is deliberate: only the gateway that
    /// received a request can say whether it charged it. The sandbox cannot ask it, and another
    /// gateway would charge the same key a second time, so a handed-over payment is either
    /// stranded (the 91 that waited forever) or at risk of a double charge. The operator keeps a
    /// worker running until the count is 0 (every request is answered, or given up after
    /// ``PaymentDeadline`` once the gateway confirms it never charged it), then switches.
    /// Turning a gateway *on* is always allowed: its worker takes over whatever is waiting.
    public func setPaymentGateway(_ url: URL?) async throws(DeliveryError) {
        let value = try url.map { url throws(DeliveryError) in try PaymentGatewayAddress.parse(url.absoluteString).absoluteString }
        _ = try await read { _ in () }  // the read models up to the log's head, so the counts below are current
        let refusal: String?
        do {
            refusal = try await changeSetting(EngineSettings.paymentGateway, to: value)
        } catch {
            throw DeliveryError.wrap(error)
        }
        if let refusal { throw .invalidSetting(refusal) }
        shared.signalChange()  // every session shows whether card payments go to a gateway
    }

    /// Writes the gateway setting unless leaving the current one would strand payments; returns the
    /// refusal instead. On SQLite the check and the write are one transaction. On a shared log the
    /// counts come from this process's projection, caught up to the log's head just before.
    private func changeSetting(_ name: String, to value: String?) async throws -> String? {
        if shared is SQLiteSharedState {
            return try await pool.write { db -> String? in
                let current = try String.fetchOne(db, sql: "SELECT value FROM engine_settings WHERE name = ?", arguments: [name])
                if let current, current != value {
                    let waiting = try PaymentsAwaitingGateway.count(db)
                    if waiting.total > 0 { return Self.strandingRefusal(waiting, gateway: current) }
                }
                // Back to the sandbox: the last worker's report is nobody's now, and screens
                // would otherwise warn forever that no worker is running.
                try SQLiteSharedState.writeSetting(name, value: value, clearingHealth: value == nil, db)
                return nil
            }
        }
        if let current = try await shared.setting(name), current != value {
            let waiting = try await pool.read { db in try PaymentsAwaitingGateway.count(db) }
            if waiting.total > 0 { return Self.strandingRefusal(waiting, gateway: current) }
        }
        try await shared.writeSetting(name, value: value, clearingHealth: value == nil)
        return nil
    }

    /// Unanswered payments and unreleased card holds, as they stand in the log now.
    public func paymentsAwaitingGateway() async throws(DeliveryError) -> PaymentsAwaitingGateway {
        try await read { db in try PaymentsAwaitingGateway.count(db) }
    }

    static func strandingRefusal(_ waiting: PaymentsAwaitingGateway, gateway: String) -> String {
        var parts: [String] = []
        if waiting.unanswered > 0 { parts.append("\(waiting.unanswered) payment(s) not yet answered") }
        if waiting.holdsToRelease > 0 { parts.append("\(waiting.holdsToRelease) card hold(s) still to release") }
        return "The payment gateway \(gateway) still has \(parts.joined(separator: " and ")); "
            + "switching now would strand them, and only that gateway can say what it charged. Nothing was changed. "
            + "Keep a payment worker running against it (`baedal payment-worker`, or any session) until "
            + "`baedal settings` shows nothing waiting: a payment is answered, or given up after \(PaymentDeadline.defaultMinutes) minutes "
            + "once the gateway confirms it never charged it. Then switch."
    }

    /// The stored gateway, nil when none is set (payments go through the in-process sandbox).
    public func paymentGatewaySetting() async throws(DeliveryError) -> URL? {
        let text: String?
        do {
            text = try await shared.setting(EngineSettings.paymentGateway)
        } catch {
            throw DeliveryError.wrap(error)
        }
        guard let text else { return nil }
        do {
            return try PaymentGatewayAddress.parse(text)
        } catch {
            throw .invalidSetting(
                "The stored payment gateway \"\(text)\" is not usable: \(error.description) "
                    + "Change it with `baedal settings payment-gateway URL`, or turn it off with `baedal settings payment-gateway off`.")
        }
    }
}
