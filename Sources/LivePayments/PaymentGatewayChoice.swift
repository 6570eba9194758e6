import DeliveryEngine
import Foundation

/// Which gateway a process uses: the `--payment-gateway` option when given, else the setting
/// stored in the database, else none (the in-process sandbox).
public enum PaymentGatewayChoice {
    /// The option, checked, wins over the stored setting.
    public static func resolve(option: String?, stored: URL?) throws(DeliveryError) -> URL? {
        if let option { return try PaymentGatewayAddress.parse(option) }
        return stored
    }

    /// As above, reading the setting from the engine's database only when no option was given.
    public static func resolve(option: String?, engine: DeliveryEngine) async throws(DeliveryError) -> URL? {
        if let option { return try PaymentGatewayAddress.parse(option) }
        return try await engine.paymentGatewaySetting()
    }
}
