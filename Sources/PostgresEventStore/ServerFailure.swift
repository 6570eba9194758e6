import PostgresNIO

/// What PostgreSQL said, in words fit for an error message: the server's message and SQLSTATE,
/// or the connection's trouble. Never the query or its parameters (`String(reflecting:)` of a
/// `PSQLError` would print both), since parameters carry events' payloads.
enum ServerFailure {
    /// The SQLSTATE of a server's error, if `error` is one (unwrapping a transaction's error).
    static func sqlState(of error: any Error) -> String? {
        serverError(in: error)?.serverInfo?[.sqlState]
    }

    /// The server error's DETAIL field, if any.
    static func detail(of error: any Error) -> String? {
        serverError(in: error)?.serverInfo?[.detail]
    }

    static func reason(for error: any Error) -> String {
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError {
                return reason(for: inner)
            }
        }
        guard let psql = error as? PSQLError else { return "\(error)" }
        if let info = psql.serverInfo, let message = info[.message] {
            let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + state
        }
        if let underlying = psql.underlying {
            return "\(psql.code): \(underlying)"
        }
        return "\(psql.code)"
    }

    /// Whether the pool behind the store was shut down.
    static func isPoolClosed(_ error: any Error) -> Bool {
        (error as? PSQLError)?.code == .poolClosed
    }

    private static func serverError(in error: any Error) -> PSQLError? {
        if let transaction = error as? PostgresTransactionError, let inner = transaction.closureError {
            return serverError(in: inner)
        }
        guard let psql = error as? PSQLError, psql.code == .server else { return nil }
        return psql
    }
}
