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
        let refusal: String?
        do {
            refusal = try await shared.changeSetting(paymentGatewayChange(to: value))
        } catch {
            throw DeliveryError.wrap(error)
        }
        if let refusal { throw .invalidSetting(refusal) }
        shared.signalChange()  // every session shows whether card payments go to a gateway
    }

    /// The gateway setting's change, refused while leaving the current gateway would strand
    /// payments. The backend decides it with appends held off (see
    /// ``SharedEngineState/changeSetting(_:)``), on the read models caught up to the log's head.
    func paymentGatewayChange(to value: String?) -> GuardedSettingChange {
        let projector = projector
        return GuardedSettingChange(
            name: EngineSettings.paymentGateway, value: value,
            // Back to the sandbox: the last worker's report is nobody's now, and screens
            // would otherwise warn forever that no worker is running.
            clearingHealth: value == nil, readModels: pool,
            catchUp: { [self] position in
                _ = try await readRepairing(askingTheLog: true) { _ in () }
                let checkpoint = try await projector.checkpoint()
                if checkpoint < position { throw SettingCheckFellBehind(head: position, checkpoint: checkpoint) }
            },
            refusal: { current, db in
                guard let current, current != value else { return nil }
                let waiting = try PaymentsAwaitingGateway.count(db)
                return waiting.total > 0 ? Self.strandingRefusal(waiting, gateway: current) : nil
            })
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
