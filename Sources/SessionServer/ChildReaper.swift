import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Waits for sessions' processes to end and reports how, so none is left a zombie.
///
/// SIGCHLD wakes it; a check every second catches a signal lost in a race. Only the processes
/// it was asked to watch are waited for (`waitpid(pid, WNOHANG)`), never "any child".
public final class ChildReaper: @unchecked Sendable {
    // Everything below is touched on `queue` only.
    private let queue = DispatchQueue(label: "baedal.serve.reaper")
    private var watched: [pid_t: @Sendable (Int32) -> Void] = [:]
    private var signalSource: DispatchSourceSignal?
    private var timer: DispatchSourceTimer?

    public init() {
        queue.sync {
            let source = DispatchSource.makeSignalSource(signal: SIGCHLD, queue: queue)
            source.setEventHandler { [unowned self] in self.reap() }
            source.resume()
            signalSource = source
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + 1, repeating: 1)
            timer.setEventHandler { [unowned self] in self.reap() }
            timer.resume()
            self.timer = timer
        }
    }

    deinit {
        signalSource?.cancel()
        timer?.cancel()
    }

    /// Calls `ended` once, on a background queue, with the exit status (128 + signal when the
    /// process was killed).
    public func watch(_ pid: pid_t, ended: @escaping @Sendable (Int32) -> Void) {
        queue.async {
            self.watched[pid] = ended
            self.reap()
        }
    }

    /// Sends SIGHUP to the process's group (it and anything it started), and SIGKILL after
    /// `grace` seconds if it has not ended by then.
    public func hangUp(_ pid: pid_t, grace: Double) {
        queue.async {
            guard self.watched[pid] != nil else { return }
            kill(-pid, SIGHUP)
            kill(pid, SIGCONT)
            self.queue.asyncAfter(deadline: .now() + grace) {
                guard self.watched[pid] != nil else { return }
                kill(-pid, SIGKILL)
            }
        }
    }

    /// The processes still running.
    public var running: Int { queue.sync { watched.count } }

    private func reap() {
        for (pid, ended) in watched {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            guard result == pid || (result == -1 && errno == ECHILD) else { continue }
            watched[pid] = nil
            ended(ChildLaunch.shellStatus(status))
        }
    }
}
