import Foundation
import Synchronization

/// Where the slow password work runs: scrypt hashes, each tens of milliseconds of one core and
/// 32 MiB at the default cost, on threads of their own, a few at a time.
///
/// On Swift's cooperative pool (one thread per core) a hash holds a whole thread: two sign-ins
/// at once on this machine's two cores stalled every session the process served, the append
/// queue's callers and the payment worker with them, for as long as the hashes took, and a
/// stranger typing passwords over `ssh` as fast as the back-off allows could keep it so. Here the
/// hashes wait their turn on `concurrency` threads instead (one less than the cores, at least
/// one), so the pool keeps answering; and at most `maximumWaiting` wait, so a flood is refused
/// at once (``NotRun/full``) rather than making every sign-in behind it wait minutes, and its memory
/// stays bounded by the threads, not by the number of people typing. A check whose caller has
/// gone (its task cancelled: an `ssh` connection dropped while its password waited) leaves the
/// line unrun, so a stranger who types and hangs up costs no hash.
public final class PasswordChecks: Sendable {
    /// The process's own: every engine in a process shares the bound, since they share its cores.
    public static let shared = PasswordChecks(
        concurrency: max(1, ProcessInfo.processInfo.activeProcessorCount - 1), maximumWaiting: 64)

    /// The threads' name (Linux keeps 15 bytes of it).
    static let threadName = "baedal-password"

    /// Whether the caller runs on one of the checks' threads (for tests).
    public static var isCurrentThreadOne: Bool { Thread.current.threadDictionary[threadName] as? Bool ?? false }

    /// Why a check did not run.
    public enum NotRun: Error, Equatable {
        /// `maximumWaiting` checks already waited for a thread.
        case full
        /// The caller's task was cancelled while the check waited: it was taken out of the line.
        case callerLeft
    }

    private struct Job {
        let number: Int
        let work: @Sendable () -> Void
        /// Answers the caller that its check was taken out of the line, unrun.
        let dropped: @Sendable () -> Void
    }

    private struct Line {
        var waiting: [Job] = []
        var running = 0
        var threadsStarted = 0
        var jobsNumbered = 0

        /// Takes the job out of the line if it still waits there (not yet running).
        mutating func remove(number: Int) -> Job? {
            guard let index = waiting.firstIndex(where: { $0.number == number }) else { return nil }
            return waiting.remove(at: index)
        }
    }

    public let concurrency: Int
    public let maximumWaiting: Int
    private let line = Mutex(Line())
    private let wakeUp = NSCondition()

    public init(concurrency: Int, maximumWaiting: Int) {
        self.concurrency = max(1, concurrency)
        self.maximumWaiting = max(0, maximumWaiting)
    }

    /// Checks running now, and waiting for a thread (for tests).
    public var load: (running: Int, waiting: Int) { line.withLock { ($0.running, $0.waiting.count) } }

    /// Runs `work` on one of the threads once one is free, and returns what it returned.
    /// Throws ``NotRun/full`` at once when `maximumWaiting` checks already wait, and
    /// ``NotRun/callerLeft`` when the calling task is cancelled before a thread took the work
    /// (work already running finishes, and its value is returned).
    public func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async throws(NotRun) -> Value {
        let number = line.withLock { line in
            line.jobsNumbered += 1
            return line.jobsNumbered
        }
        let outcome: Result<Value, NotRun> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let job = Job(
                    number: number,
                    work: { [self] in
                        let value = work()
                        line.withLock { $0.running -= 1 }  // before the caller hears: its thread is free again
                        continuation.resume(returning: .success(value))
                    },
                    dropped: { continuation.resume(returning: .failure(.callerLeft)) })
                enqueue(job, orRefuse: { continuation.resume(returning: .failure(.full)) })
            }
        } onCancel: {
            line.withLock { $0.remove(number: number) }?.dropped()
        }
        return try outcome.get()
    }

    /// Puts `job` in the line and wakes a thread, starting one if fewer than `concurrency` run;
    /// calls `refuse` instead when the line is full.
    ///
    /// A caller cancelled before it got here never joins the line: its cancellation handler has
    /// run already and found nothing to take out, and a thread started for the job could take
    /// it before any later look. One cancelled while it joins is taken out if no thread took it
    /// yet; if one did, the check runs and answers, as one cancelled while running.
    private func enqueue(_ job: Job, orRefuse refuse: () -> Void) {
        if Task.isCancelled { return job.dropped() }
        let accepted = line.withLock { line -> (accepted: Bool, startsThread: Bool) in
            // At most `concurrency` run and `maximumWaiting` wait; a job queued while a thread
            // is free is about to run, not waiting.
            guard line.waiting.count + line.running < concurrency + maximumWaiting else { return (false, false) }
            line.waiting.append(job)
            guard line.threadsStarted < concurrency else { return (true, false) }
            line.threadsStarted += 1
            return (true, true)
        }
        guard accepted.accepted else { return refuse() }
        if accepted.startsThread { startThread() }  // counted as started: it must start, whatever follows
        if Task.isCancelled, let removed = line.withLock({ $0.remove(number: job.number) }) {
            removed.dropped()
            return
        }
        wakeUp.lock()
        wakeUp.signal()
        wakeUp.unlock()
    }

    private func startThread() {
        let thread = Thread { [self] in
            Thread.current.threadDictionary[Self.threadName] = true
            while true { nextJob().work() }
        }
        thread.name = Self.threadName
        thread.start()
    }

    /// Blocks the calling thread until a job waits, and takes it.
    private func nextJob() -> Job {
        wakeUp.lock()
        defer { wakeUp.unlock() }
        while true {
            let job = line.withLock { line -> Job? in
                guard !line.waiting.isEmpty else { return nil }
                line.running += 1
                return line.waiting.removeFirst()
            }
            if let job { return job }
            wakeUp.wait()
        }
    }
}
