import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import EventStore
import Foundation
import LivePayments
import PostgresEngine
import PostgresEventStore

/// Opens the engine for a subcommand, turning a bad database into a clear message and exit 1.
/// The location is a SQLite file's path or a PostgreSQL URL (see ``DatabaseLocation``).
enum EngineOpener {
    static func open(
        _ path: String, clock: any EngineClock = SystemClock(), seed: UInt64? = nil,
        options: DeliveryEngine.Options? = nil
    ) async throws -> DeliveryEngine {
        var options = options ?? DeliveryEngine.Options(hasherForSimulated: .fromEnvironment())
        options.clock = clock
        options.backend = DatabaseLocation.backend
        if let seed { options.ids = .seeded(seed) }
        do {
            return try await DeliveryEngine.open(path: path, options: options)
        } catch {
            printError(message(for: error, at: path))
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
        options.backend = DatabaseLocation.backend
        if let seed { options.ids = .seeded(seed) }
        var wiring = wiring
        wiring.worker.clock = SystemClock()
        do {
            return try await LiveEngine.open(path: path, gatewayOption: gateway, options: options, wiring: wiring)
        } catch let error as DeliveryError {
            let message = error.text(in: language)
            printError(gateway == nil ? message : "--payment-gateway: \(message)")
            throw ExitCode(1)
        } catch {
            printError(message(for: error, at: path))
            throw ExitCode(1)
        }
    }

    /// Refuses a SQLite file that is not there, for the commands that only read or change what
    /// a database holds (`timeline`, `replay`, `settings`, `keys`, `password`, `payment-worker`):
    /// opening one creates it, so a mistyped `--db` used to leave an empty database behind and
    /// answer "no such order" (or, from `replay`, "every read model matches"), which sent people
    /// looking for a missing order rather than a typo. Sessions ask instead (``MissingDatabase``);
    /// `run` and the launcher create one, saying so.
    static func openExisting(_ path: String) async throws -> DeliveryEngine {
        try requireExisting(path)
        return try await open(path)
    }

    /// Names a database a command just created, on standard error.
    static func sayCreated(_ path: String) {
        printError("Created a new database at \(URL(fileURLWithPath: path).standardizedFileURL.path).")
    }

    static func requireExisting(_ path: String) throws {
        guard MissingDatabase.isMissing(path) else { return }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        printError(
            "There is no database at \(absolute); nothing was created. Check --db (or BAEDAL_DB). "
                + "`baedal run SCRIPT --db PATH` or the launcher (`baedal start --db PATH`) creates a new one.")
        throw ExitCode(1)
    }

    /// What went wrong opening `path`, without a PostgreSQL URL's password.
    static func message(for error: any Error, at path: String) -> String {
        switch error {
        case let error as EventStoreError: error.description
        case let error as PostgresEventStoreError: error.description
        case let error as PostgresURLError: "--db: \(error.description)"
        default: "Cannot open the database \(DatabaseLocation.display(path)): \(error)"
        }
    }
}

/// Where `--db` points: a SQLite file, or a PostgreSQL database shared by many machines
/// (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or `postgres:///DATABASE?host=/socket/dir&user=USER`).
enum DatabaseLocation {
    /// Opens PostgreSQL URLs; anything else is a SQLite file's path.
    static let backend: any EngineBackend = PostgresBackend()

    static func isPostgres(_ location: String) -> Bool { PostgresURL.looksLikePostgresURL(location) }

    /// The location as messages may show it: a URL without its password.
    static func display(_ location: String) -> String {
        guard isPostgres(location) else { return location }
        return (try? PostgresURL(parsing: location).description) ?? "the PostgreSQL URL given"
    }
}
