import DeliveryDomain
import NIOCore
import NIOPosix

/// Each session in a process of its own, on a pseudo-terminal: the first design, kept as
/// `baedal serve --process-per-session` and as the baseline `bench serve` compares with. A
/// crash takes one person's session down, not the server; but every session costs a process
/// (about 4.6 MiB and its share of the scheduler), and past about 900 of them on this 2-core
/// machine sessions stop answering in time (see the README's "Measuring the server").
public struct ProcessHosting: SessionHosting {
    let program: SessionProgram
    let reaper: ChildReaper
    let hangupGrace: Double

    public init(program: SessionProgram, hangupGraceSeconds: Double = ServerLimits().hangupGraceSeconds) {
        self.program = program
        self.reaper = ChildReaper()
        self.hangupGrace = hangupGraceSeconds
    }

    /// Sessions' processes still running (the server waits for them when it stops).
    public var stillEnding: Int { reaper.running }

    public func start(_ request: SessionRequest, output: SessionOutput) throws -> any RunningSession {
        var environment = program.environment
        environment["TERM"] = request.term
        if request.noColor { environment["NO_COLOR"] = "1" }
        if request.noMouse { environment["NO_MOUSE"] = "1" }
        environment[Language.environmentVariable] = request.language.code
        let terminal = try PseudoTerminal.spawn(
            executable: program.executable, arguments: program.arguments(request.visitor, request.address),
            environment: environment, size: request.size)
        let session = ProcessSession(terminal: terminal, loop: request.eventLoop, reaper: reaper, grace: hangupGrace, output: output)
        session.begin()
        return session
    }
}

/// One session's process and the relay of its pseudo-terminal. Everything runs on the
/// connection's event loop.
///
/// Ending is one path whatever the cause: the process is hung up (SIGHUP, then SIGKILL after a
/// grace period), its exit is awaited, the last of its output is relayed, and only then is
/// `ended` called with its exit status.
final class ProcessSession: RunningSession, @unchecked Sendable {
    private let terminal: PseudoTerminal
    private let loop: any EventLoop
    private let reaper: ChildReaper
    private let grace: Double
    private let output: SessionOutput
    private var relay: (any Channel)?
    private var exitStatus: Int32?
    private var relayDrained = false
    private var reported = false

    init(terminal: PseudoTerminal, loop: any EventLoop, reaper: ChildReaper, grace: Double, output: SessionOutput) {
        self.terminal = terminal
        self.loop = loop
        self.reaper = reaper
        self.grace = grace
        self.output = output
    }

    func begin() {
        let bound = NIOLoopBound(self, eventLoop: loop)
        reaper.watch(terminal.pid) { [loop] status in
            loop.execute { bound.value.processEnded(status) }
        }
        let master = terminal.master
        let output = output
        NIOPipeBootstrap(group: loop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelInitializer { relay in
                relay.eventLoop.makeCompletedFuture {
                    try relay.pipeline.syncOperations.addHandler(TerminalOutput(output: output))
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: master)
            .hop(to: loop)
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let relay):
                    bound.value.relayOpened(relay)
                case .failure:
                    PseudoTerminal.close(master: master)
                    bound.value.relayDrained = true
                    bound.value.hangUp()
                }
            }
    }

    private func relayOpened(_ relay: any Channel) {
        self.relay = relay
        let bound = NIOLoopBound(self, eventLoop: loop)
        relay.closeFuture.whenComplete { _ in
            bound.value.relayDrained = true
            bound.value.reportIfDone()
        }
        if exitStatus != nil { relay.close(promise: nil) }
    }

    func receive(_ bytes: ByteBuffer, taken: @escaping @Sendable () -> Void) {
        guard let relay else { return taken() }
        // Taken once written: a program that reads no input fills its terminal, and the write
        // (so the channel, so the client) waits instead of piling up here.
        relay.writeAndFlush(bytes).whenComplete { _ in taken() }
    }

    func resize(to size: WindowSize) {
        PseudoTerminal.resize(master: terminal.master, to: size)
    }

    func outputWritable(_ writable: Bool) {
        // Output to a slow client waits in the pty (the session blocks) instead of in memory here.
        relay?.setOption(ChannelOptions.autoRead, value: writable).whenFailure { _ in }
    }

    func hangUp() {
        if exitStatus == nil { reaper.hangUp(terminal.pid, grace: grace) }
    }

    private func processEnded(_ status: Int32) {
        exitStatus = status
        // The pty reports end-of-file once the output is read; don't wait for it for ever.
        let bound = NIOLoopBound(self, eventLoop: loop)
        loop.scheduleTask(in: .seconds(1)) { bound.value.relay?.close(promise: nil) }
        if relay == nil { relayDrained = true }
        reportIfDone()
    }

    private func reportIfDone() {
        guard let exitStatus, relayDrained, !reported else { return }
        reported = true
        output.ended(exitStatus)
    }
}

/// Carries the session's screen output from the pseudo-terminal to the connection.
final class TerminalOutput: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let output: SessionOutput

    init(output: SessionOutput) { self.output = output }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        output.write(unwrapInboundIn(data))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // EIO: the session's process closed the terminal (it ended).
        context.close(promise: nil)
    }
}
