import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import Foundation

/// `baedal settings`: shows or changes the settings stored in the database for every process.
struct Settings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the database's settings (the payment gateway).",
        discussion: """
            baedal settings                                  show every setting
            baedal settings payment-gateway                  show the payment gateway and its health
            baedal settings payment-gateway http://127.0.0.1:8089   charge cards through that gateway
            baedal settings payment-gateway off              charge cards with the in-process sandbox

            With a gateway set, every session and `baedal run` on this database queues payments and \
            runs a payment worker in the background (one active at a time, by lease); \
            --payment-gateway on those commands overrides the setting for that process. The health \
            line is what the active worker last recorded: the breaker's state and since when. The \
            waiting line is counted from the log now: payments not yet answered, and card holds of \
            orders that ended unpaid still to release at the gateway.

            A gateway that still has payments waiting cannot be switched off or replaced: only it \
            can say what it charged. Keep a payment worker running until nothing is waiting, then switch.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The setting: payment-gateway.")
    var name: String?

    @Argument(help: "The new value: a gateway URL like http://127.0.0.1:8089, or off.")
    var value: String?

    static let known = ["payment-gateway"]

    func run() async throws {
        if let name, !Self.known.contains(name) {
            printError("There is no setting called \(name); the settings are: \(Self.known.joined(separator: ", ")).")
            throw ExitCode(1)
        }
        // Checked before the database is opened, so a typo changes nothing.
        let newGateway: URL??
        switch value {
        case nil: newGateway = nil
        case "off"?: newGateway = .some(nil)
        case let text?:
            do { newGateway = .some(try PaymentGatewayAddress.parse(text)) } catch {
                printError("payment-gateway: \(error.description) Or give `off` for the in-process sandbox.")
                throw ExitCode(1)
            }
        }
        // Showing needs a database that is there; setting may start one (an operator's first
        // step), and names it, so a mistyped --db does not pass unnoticed.
        if newGateway == nil { try EngineOpener.requireExisting(database.resolvedPath) }
        let creating = MissingDatabase.isMissing(database.resolvedPath)
        let engine = try await EngineOpener.open(database.resolvedPath)
        if creating { EngineOpener.sayCreated(database.resolvedPath) }
        if let newGateway {
            do { try await engine.setPaymentGateway(newGateway) } catch {
                printError("payment-gateway: \(error.description)")
                throw ExitCode(1)
            }
        }
        print(try await Self.describeGateway(engine))
        if let health = try await engine.paymentGatewayHealth() {
            print(Self.describe(health, now: Date()))
        }
        let waiting = try await engine.paymentsAwaitingGateway()
        let gatewaySet = try await engine.paymentGatewaySetting() != nil
        if waiting.total > 0 || gatewaySet {
            print(Self.describe(waiting))
        }
    }

    /// The true count, from the log: never the worker's last report, which goes stale when it stops.
    static func describe(_ waiting: PaymentsAwaitingGateway) -> String {
        "payments waiting \(waiting.unanswered) not yet answered, \(waiting.holdsToRelease) card hold(s) to release"
    }

    static func describeGateway(_ engine: DeliveryEngine) async throws -> String {
        guard let url = try await engine.paymentGatewaySetting() else {
            return "payment-gateway  off (cards are charged by the in-process sandbox)"
        }
        return "payment-gateway  \(url.absoluteString) (payments are queued and charged by a payment worker)"
    }

    static func describe(_ health: PaymentGatewayHealth, now: Date) -> String {
        let age = Int(now.timeIntervalSince(health.updatedAt).rounded())
        let since = KoreanTime.full(health.since)
        return "gateway health   breaker \(health.breaker.rawValue) since \(since); "
            + "reported \(age) s ago\(age > 10 ? " (no worker is reporting now)" : "")"
    }
}
