import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation
import LivePayments

/// Opens the engine for a subcommand, turning a bad database into a clear message and exit 1.
enum EngineOpener {
    static func open(
        _ path: String, clock: any EngineClock = SystemClock(), seed: UInt64? = nil,
        options: DeliveryEngine.Options? = nil
    ) async throws -> DeliveryEngine {
        var options = options ?? DeliveryEngine.Options(hasherForSimulated: .fromEnvironment())
        options.clock = clock
        if let seed { options.ids = .seeded(seed) }
        do {
            return try await DeliveryEngine.open(path: path, options: options)
        } catch let error as EventStoreError {
            printError(error.description)
            throw ExitCode(1)
        } catch {
            printError("Cannot open the database \(path): \(error)")
            throw ExitCode(1)
        }
    }

    /// Opens the engine with the payment gateway chosen by `--payment-gateway` or the stored
    /// setting, and its embedded payment worker. A refusal (a live database asked to move its
    /// clock) is printed in `language`. The worker's lease and health record run on the
    /// system clock even when the engine's clock is simulated (a script): other processes read them.
    static func openLive(
        _ path: String, gateway: String?, time: TimeRequest = .wallClock,
        seed: UInt64? = nil, wiring: LiveEngine.Wiring = LiveEngine.Wiring(), language: Language = .standard
    ) async throws -> LiveEngine {
        var options = DeliveryEngine.Options(hasherForSimulated: .fromEnvironment())
        options.time = time
        if let seed { options.ids = .seeded(seed) }
        var wiring = wiring
        wiring.worker.clock = SystemClock()
        do {
            return try await LiveEngine.open(path: path, gatewayOption: gateway, options: options, wiring: wiring)
        } catch let error as DeliveryError {
            let message = error.text(in: language)
            printError(gateway == nil ? message : "--payment-gateway: \(message)")
            throw ExitCode(1)
        } catch let error as EventStoreError {
            printError(error.description)
            throw ExitCode(1)
        } catch {
            printError("Cannot open the database \(path): \(error)")
            throw ExitCode(1)
        }
    }
}
