import DeliveryEngine
import Dispatch
import NIOCore
import Synchronization
import TerminalUI

/// Every session drawn by the server's own process: the design that holds a thousand sessions
/// on two cores.
///
/// One engine serves them all, and one watcher on the database wakes them all (``WakeBoard``).
/// Each session is its screens' runtime on a ``StreamTerminal``, whose frames become escape
/// sequences written straight into the SSH channel: no process, pseudo-terminal or ncurses per
/// session. The sessions run on the main actor, one event at a time; what they wait for (the
/// engine's reads and writes) runs elsewhere, so a slow read holds up no other session.
///
/// What a session may do is what its screens allow, exactly as in a local session: the
/// runtime starts signed in only for a visitor the server proved (password or key).
public final class ScreenHosting: SessionHosting {
    let engine: DeliveryEngine
    let services: SessionServices
    let board: WakeBoard

    @MainActor
    /// `wakePath`: the database file whose wake-up file tells of changes (``DeliveryEngine/wakePath``:
    /// the SQLite database, or the local projection of a PostgreSQL log).
    public init(engine: DeliveryEngine, services: SessionServices, wakePath: String) {
        self.engine = engine
        self.services = services
        self.board = WakeBoard(databasePath: wakePath)
    }

    /// A session drawn here ends on the main actor as soon as it is hung up.
    public var stillEnding: Int { 0 }

    /// Sessions started so far, which spreads their clocks' turns (``SessionRuntime/minuteLag``).
    private let started = Mutex(0)

    /// The `n`th session's clock turns this long after the minute: consecutive sessions a
    /// golden-ratio step apart within one second, so any number of them spread evenly.
    static func minuteLag(forSession n: Int) -> Duration {
        .milliseconds((n * 618) % 1000)
    }

    public func start(_ request: SessionRequest, output: SessionOutput) throws -> any RunningSession {
        let n = started.withLock { count in
            defer { count += 1 }
            return count
        }
        let session = ScreenSession(request: request, output: output, hosting: self, minuteLag: Self.minuteLag(forSession: n))
        onMain { session.begin() }
        return session
    }
}

/// One served session. The channel calls it on its event loop; every call hops to the main
/// actor in order (the main queue is first in, first out), so keys are never reordered.
@MainActor
final class ScreenSession: RunningSession {
    private let request: SessionRequest
    private let output: SessionOutput
    private let hosting: ScreenHosting
    private var terminal: StreamTerminal?
    private let minuteLag: Duration
    private var hungUp = false

    nonisolated init(request: SessionRequest, output: SessionOutput, hosting: ScreenHosting, minuteLag: Duration) {
        self.request = request
        self.output = output
        self.hosting = hosting
        self.minuteLag = minuteLag
    }

    func begin() {
        guard !hungUp else {
            output.ended(0)
            return
        }
        let output = output
        let terminal = StreamTerminal(
            size: TerminalSize(width: request.size.columns, height: request.size.rows),
            colors: ColorDepth.forTerminal(named: request.term, noColor: request.noColor), reportsMouse: !request.noMouse,
            send: { bytes in output.write(ByteBuffer(bytes: bytes)) })
        self.terminal = terminal
        var services = hosting.services
        services.signInSource = .connection(from: request.address)
        let runtime = SessionRuntime(
            start: .launcher, runner: EffectRunner(engine: hosting.engine, services: services), language: request.language)
        runtime.minuteLag = minuteLag
        let board = hosting.board
        board.add(terminal)
        let visitor = request.visitor
        Task { @MainActor in
            if case .account(let name, let revision) = visitor, await !runtime.resumeSignedIn(as: name, passwordRevision: revision) {
                terminal.close()  // the account went away between sign-in and now
            }
            await runtime.run(on: terminal, wake: nil)
            terminal.close()
            board.remove(terminal)
            output.ended(0)
        }
    }

    nonisolated func receive(_ bytes: ByteBuffer, taken: @escaping @Sendable () -> Void) {
        onMain {
            self.terminal?.receive(bytes.readableBytesView)
            taken()
        }
    }

    nonisolated func resize(to size: WindowSize) {
        onMain { self.terminal?.resize(to: TerminalSize(width: size.columns, height: size.rows)) }
    }

    nonisolated func outputWritable(_ writable: Bool) {
        onMain { self.terminal?.setOutputBlocked(!writable) }
    }

    nonisolated func hangUp() {
        onMain {
            self.hungUp = true
            self.terminal?.close()
        }
    }
}

/// Wakes every served session when the database changes: one inotify watch for the process,
/// read on the main queue, instead of one per session.
@MainActor
final class WakeBoard {
    private var terminals: [ObjectIdentifier: StreamTerminal] = [:]
    private let watcher: DatabaseWake?
    private var source: (any DispatchSourceRead)?

    init(databasePath: String) {
        watcher = DatabaseWake(databasePath: databasePath)
        guard let watcher else { return }
        let source = DispatchSource.makeReadSource(fileDescriptor: watcher.descriptor, queue: .main)
        source.setEventHandler { [weak self] in
            MainActor.assumeIsolated { self?.wakeAll() }
        }
        source.resume()
        self.source = source
    }

    func add(_ terminal: StreamTerminal) { terminals[ObjectIdentifier(terminal)] = terminal }

    func remove(_ terminal: StreamTerminal) { terminals[ObjectIdentifier(terminal)] = nil }

    private func wakeAll() {
        watcher?.drain()
        for terminal in terminals.values { terminal.wake() }
    }
}

/// Runs `work` on the main actor after everything already queued there.
private func onMain(_ work: @escaping @MainActor @Sendable () -> Void) {
    DispatchQueue.main.async { MainActor.assumeIsolated { work() } }
}
