import Foundation
import PostgresEventStore

/// A separate process appending to the log: `psql` running a script of `append_events` (or
/// `append_one`) calls, each in its own transaction, as another baedal process's appends would
/// arrive.
struct PsqlAppender {
    /// `psql` from PATH or from the newest PostgreSQL under /usr/lib/postgresql; nil if none.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let fromPath = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("psql") }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let installed = versions.sorted { $0.compare($1, options: .numeric) == .orderedDescending }
            .map { URL(fileURLWithPath: "/usr/lib/postgresql/\($0)/bin/psql") }
        return (fromPath + installed).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    let url: PostgresURL
    let stream: String
    /// Events per append, in order: one `append_events` call each.
    let appends: [Int]
    /// The server function each call goes through.
    var function = "append_events"

    var eventCount: Int { appends.reduce(0, +) }

    /// The script: one autocommitted call per append, each event with a fresh id.
    var script: String {
        appends.map { count in
            let ones = Array(repeating: "1", count: count).joined(separator: ",")
            func repeated(_ literal: String) -> String { Array(repeating: literal, count: count).joined(separator: ",") }
            return """
                SELECT 1 FROM \(function)(false, ARRAY['\(stream)'], ARRAY[0], ARRAY[0], ARRAY[\(count)], ARRAY[0]::bigint[], \
                '{}', '{}', '{}', ARRAY[\(repeated("gen_random_uuid()"))], ARRAY[\(repeated("'Tick'"))], ARRAY[\(ones)], \
                ARRAY[\(repeated("'\\x'"))]::bytea[], ARRAY[\(repeated("false"))], ARRAY[\(repeated("''"))], \
                ARRAY[\(repeated("''"))], ARRAY[\(repeated("''"))]);
                """
        }.joined(separator: "\n")
    }

    /// Runs psql to the end; throws with its error output if it fails.
    func run(psql: URL) async throws {
        let process = Process()
        process.executableURL = psql
        var arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-U", url.user, "-d", url.database]
        switch url.endpoint {
        case let .tcp(host, port): arguments += ["-h", host, "-p", "\(port)"]
        case let .unixSocket(directory, port): arguments += ["-h", directory, "-p", "\(port)"]
        }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PGOPTIONS"] = "-c search_path=\(url.schema)"
        if let password = url.password { environment["PGPASSWORD"] = password }
        process.environment = environment
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors

        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            input.fileHandleForWriting.write(Data(script.utf8))
            try? input.fileHandleForWriting.close()
        }
        guard status == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw PsqlFailure(status: status, message: message)
        }
    }

    struct PsqlFailure: Error, CustomStringConvertible {
        let status: Int32
        let message: String
        var description: String { "psql exited with status \(status): \(message)" }
    }
}
