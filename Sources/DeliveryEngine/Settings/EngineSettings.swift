import Foundation
import GRDB

/// Settings an operator makes for the whole database (not derived from the log): one row per
/// name. Like ``WorkerLease`` they live beside the log and survive read-model rebuilds.
enum EngineSettings {
    static func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS engine_settings(name TEXT PRIMARY KEY, value TEXT NOT NULL)
            """)
    }

    static let paymentGateway = "payment_gateway"
}

extension DeliveryEngine {
    /// Stores the gateway every session on this database uses for card payments (nil: the
    /// in-process sandbox). The URL is checked first; a bad one is refused and nothing is written.
    public func setPaymentGateway(_ url: URL?) async throws(DeliveryError) {
        let value = try url.map { url throws(DeliveryError) in try PaymentGatewayAddress.parse(url.absoluteString).absoluteString }
        do {
            try await pool.write { db in
                if let value {
                    try db.execute(sql: """
                        INSERT INTO engine_settings(name, value) VALUES (?, ?)
                        ON CONFLICT(name) DO UPDATE SET value = excluded.value
                        """, arguments: [EngineSettings.paymentGateway, value])
                } else {
                    try db.execute(sql: "DELETE FROM engine_settings WHERE name = ?", arguments: [EngineSettings.paymentGateway])
                    // Back to the sandbox: the last worker's report is nobody's now, and
                    // screens would otherwise warn forever that no worker is running.
                    try db.execute(sql: "DELETE FROM engine_payment_gateway_health")
                }
            }
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    /// The stored gateway, nil when none is set (payments go through the in-process sandbox).
    public func paymentGatewaySetting() async throws(DeliveryError) -> URL? {
        let text: String?
        do {
            text = try await pool.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM engine_settings WHERE name = ?",
                                    arguments: [EngineSettings.paymentGateway])
            }
        } catch {
            throw DeliveryError.wrap(error)
        }
        guard let text else { return nil }
        do {
            return try PaymentGatewayAddress.parse(text)
        } catch {
            throw .invalidSetting("The stored payment gateway \"\(text)\" is not usable: \(error.description) "
                                  + "Change it with `baedal settings payment-gateway URL`, or turn it off with `baedal settings payment-gateway off`.")
        }
    }
}
