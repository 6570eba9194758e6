import Foundation
import TestScratch

/// Runs the built `baedal` executable as a separate OS process, as a user would.
enum ProcessHarness {
    /// The package root, found from this file's path so tests run from any directory.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL { packageRoot.appendingPathComponent(".build/debug/baedal") }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Starts the process now; `wait()` on the returned handle collects its output.
    final class Running: @unchecked Sendable {
        let process = Process()
        let out = Pipe()
        let err = Pipe()

        func wait() -> Result {
            // Drain standard error on another thread: a child that fills one pipe while we
            // block reading the other would otherwise wait on us forever.
            let errorData = ErrorBuffer()
            let reader = Thread { [err] in errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
            reader.start()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let stderr = errorData.waitForData()
            return Result(
                status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    /// Standard error collected by a reader thread, handed over once it reaches end of file.
    final class ErrorBuffer: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()
        func set(_ value: Data) {
            data = value
            done.signal()
        }
        func waitForData() -> Data {
            done.wait()
            return data
        }
    }

    /// Cheap password hashing for throwaway test accounts (the cost is stored in each hash).
    static let environment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        env["BAEDAL_SCRYPT_LOG2N"] = "4"
        env["COLUMNS"] = "80"  // help text wraps to the terminal: the same width everywhere
        return env
    }()

    static func start(_ arguments: [String], stdin: String? = nil) throws -> Running {
        let running = Running()
        running.process.executableURL = binary
        running.process.arguments = arguments
        running.process.environment = environment
        running.process.standardOutput = running.out
        running.process.standardError = running.err
        if let stdin {
            let input = Pipe()
            running.process.standardInput = input
            try running.process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            running.process.standardInput = FileHandle.nullDevice
            try running.process.run()
        }
        return running
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        try start(arguments, stdin: stdin).wait()
    }

    static func temporaryDatabase() -> String {
        TestScratch.path("baedal-e2e", suffix: ".sqlite")
    }
}
