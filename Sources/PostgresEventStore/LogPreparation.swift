import Logging
import PostgresNIO

/// Checks the log in the URL's schema, or creates it there, in one transaction.
///
/// A schema is taken for a fresh log only when it holds nothing at all; one whose
/// `baedal_schema` row says baedal is a log (refused if newer than this build); anything else
/// is another program's and is left untouched, as a foreign SQLite file is.
enum LogPreparation {
    static func prepare(on connection: PostgresConnection, url: PostgresURL, logger: Logger) async throws {
        do {
            try await connection.query("BEGIN", logger: logger)
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresEventLogSchema.preparationLock))", logger: logger)
            if url.schema != "public" {
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(url.schema)\""), logger: logger)
            }
            switch try await identity(on: connection, logger: logger) {
            case .fresh:
                for statement in PostgresEventLogSchema.createStatements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            case .baedal(let version) where version > PostgresEventLogSchema.version:
                throw PostgresEventStoreError.newerSchema(
                    url: url.description, schema: url.schema, found: version, supported: PostgresEventLogSchema.version)
            case .baedal:
                // Version 1 is the only shape so far: future migrations go here. The append
                // functions may be an older build's (same signature, same answers, slower).
                try await replaceOlderAppendFunctions(on: connection, logger: logger)
            case .foreign:
                throw PostgresEventStoreError.notABaedalDatabase(url: url.description, schema: url.schema)
            }
            try await connection.query("COMMIT", logger: logger)
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            if error is PostgresEventStoreError { throw error }
            throw PostgresEventStoreError.cannotConnect(url: url.description, reason: ServerFailure.reason(for: error))
        }
    }

    /// Replaces the append functions unless all hold this build's revision mark (an older log
    /// may lack some, or hold an older revision). Only then: replacing a function makes every
    /// connection recompile it at its next call.
    private static func replaceOlderAppendFunctions(on connection: PostgresConnection, logger: Logger) async throws {
        let functions = PostgresEventLogSchema.functions
        var current = 0
        let rows = try await connection.query(
            """
            SELECT count(*)::bigint FROM pg_proc p
            WHERE p.proname = ANY (\(functions.map(\.name)))
              AND p.pronamespace = current_schema()::regnamespace
              AND strpos(p.prosrc, \(PostgresEventLogSchema.revisionMark)) > 0
            """, logger: logger)
        for try await found in rows.decode(Int64.self) { current = Int(found) }
        if current < functions.count {
            for function in functions {
                try await connection.query(PostgresQuery(unsafeSQL: function.source), logger: logger)
            }
        }
    }

    private enum Identity {
        case fresh
        case baedal(version: Int)
        case foreign
    }

    private static func identity(on connection: PostgresConnection, logger: Logger) async throws -> Identity {
        let rows = try await connection.query(
            """
            SELECT count(*)::bigint,
                   coalesce(bool_or(c.relname = 'baedal_schema' AND c.relkind = 'r'), false)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
            """, logger: logger)
        var objects: Int64 = 0
        var hasStamp = false
        for try await (count, stamp) in rows.decode((Int64, Bool).self) {
            objects = count
            hasStamp = stamp
        }
        if objects == 0 { return .fresh }
        guard hasStamp else { return .foreign }
        var identity = Identity.foreign
        for try await (application, version) in try await connection.query(
            "SELECT application, version FROM baedal_schema", logger: logger
        ).decode((String, Int).self) where application == PostgresEventLogSchema.application {
            identity = .baedal(version: version)
        }
        return identity
    }
}
