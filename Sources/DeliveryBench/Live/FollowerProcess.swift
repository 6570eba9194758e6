import Foundation
import Synchronization
#if canImport(Glibc)
    import Glibc
#endif

/// One follower session running as a child process, and what it has said: when it was ready,
/// and when it took in each head of the log.
final class FollowerProcess: Sendable {
    let process: Process
    let polling: Bool
    private struct Heard {
        var ready = false
        var seen: [Int64: UInt64] = [:]
        var ended = false
    }
    private let heard = Mutex(Heard())
    private let changed = NSCondition()

    /// Starts `executable live-follower --db PATH --account NAME [--polling]`.
    init(executable: URL, databasePath: String, account: String, polling: Bool) throws {
        self.polling = polling
        let process = Process()
        process.executableURL = executable
        process.arguments =
            ["bench", "live-follower", "--db", databasePath, "--account", account] + (polling ? ["--polling"] : [])
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        self.process = process
        try process.run()
        let reader = output.fileHandleForReading
        let thread = Thread { [self] in readLines(from: reader) }
        thread.start()
    }

    var pid: Int32 { process.processIdentifier }

    /// Waits until the follower said `ready`, or `deadline` passed; false then.
    func waitUntilReady(before deadline: Date) -> Bool {
        wait(before: deadline) { $0.ready }
    }

    /// When the follower took in `head` (or a later one), in monotonic nanoseconds; nil if it had
    /// not by `deadline`.
    func seen(_ head: Int64, before deadline: Date) -> UInt64? {
        var time: UInt64?
        _ = wait(before: deadline) { heard in
            time = heard.seen.filter { $0.key >= head }.map(\.value).min()
            return time != nil
        }
        return time
    }

    /// Ends the follower and waits for it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        process.waitUntilExit()
    }

    private func wait(before deadline: Date, until satisfied: (Heard) -> Bool) -> Bool {
        changed.lock()
        defer { changed.unlock() }
        while true {
            let (done, ended) = heard.withLock { (satisfied($0), $0.ended) }
            if done { return true }
            if ended || !changed.wait(until: deadline) { return heard.withLock { satisfied($0) } }
        }
    }

    private func readLines(from handle: FileHandle) {
        var buffer = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                record(line)
            }
        }
        heard.withLock { $0.ended = true }
        signal()
    }

    private func record(_ line: String) {
        let words = line.split(separator: " ")
        if words == ["ready"] {
            heard.withLock { $0.ready = true }
        } else if words.count == 3, words[0] == "seen", let head = Int64(words[1]), let time = UInt64(words[2]) {
            heard.withLock { $0.seen[head] = $0.seen[head] ?? time }
        }
        signal()
    }

    private func signal() {
        changed.lock()
        changed.broadcast()
        changed.unlock()
    }
}
