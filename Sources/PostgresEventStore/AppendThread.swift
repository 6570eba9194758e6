import Foundation

/// A thread of its own for the append queue's call loop while appends queue up (a task
/// executor), so that the loop is not queued behind the callers it has just woken.
///
/// When a call's answer arrives, the loop resumes every caller in the group, then sends the next
/// group. On the shared cooperative pool (one thread per core) the loop's own resumption waited
/// behind those callers' work (deciding their next command, encoding its events): at 64 clients
/// on 2 cores the engine reached 0.79–0.91 of what one client sending calls back to back does
/// (`bench engine`'s one-call ceiling), and 0.87–1.22 from this thread. The loop spends most of
/// its time waiting for the server, so the thread costs little.
final class AppendThread: TaskExecutor, @unchecked Sendable {
    /// One for the process: it lives as long as the process, as NIO's event loops do.
    static let shared = AppendThread()
    static let name = "baedal-appends"

    /// Whether the caller runs on the append thread (for tests).
    static var isCurrent: Bool {
        shared.condition.lock()
        defer { shared.condition.unlock() }
        return shared.thread.map { pthread_equal($0, pthread_self()) != 0 } ?? false
    }

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []  // guarded by `condition`
    private var thread: pthread_t?  // guarded by `condition`

    private init() {
        let thread = Thread { [unowned self] in self.run() }
        thread.name = Self.name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func run() {
        condition.lock()
        thread = pthread_self()
        condition.unlock()
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let ready = jobs
            jobs.removeAll(keepingCapacity: true)
            condition.unlock()
            for job in ready { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
