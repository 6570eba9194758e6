import ArgumentParser
import DeliveryEngine
import EventStore
import Foundation

/// Opens the engine for a subcommand, turning a bad database into a clear message and exit 1.
enum EngineOpener {
    static func open(_ path: String, clock: any EngineClock = SystemClock(), seed: UInt64? = nil,
                     options: DeliveryEngine.Options? = nil) async throws -> DeliveryEngine {
        var options = options ?? DeliveryEngine.Options(hasher: .fromEnvironment())
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
}
