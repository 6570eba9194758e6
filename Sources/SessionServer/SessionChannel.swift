import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// One SSH session channel: takes the pty request, refuses commands and subsystems, starts the
/// visitor's session on a pseudo-terminal when the client asks for a shell, and relays bytes
/// both ways until the session or the connection ends.
///
/// Ending is one path whatever the cause: the session's process is hung up (SIGHUP, then SIGKILL
/// after a grace period), its exit is awaited, the last of its output is sent, then the reason
/// (when the server ended it) and the exit status, and the channel closes.
final class SessionChannel: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    struct Context: Sendable {
        let record: ConnectionRecord
        let registry: SessionRegistry
        let reaper: ChildReaper
        let program: SessionProgram
        let limits: ServerLimits
    }

    private let shared: Context
    private var channel: (any Channel)?
    private var term = "xterm-256color"
    private var size: WindowSize?
    private var noColor = false
    private var session: PseudoTerminal?
    private var terminalChannel: (any Channel)?
    private var slot: Int?
    private var exitStatus: Int32?
    private var terminalDrained = false
    private var endMessage: String?
    private var lastInput = NIODeadline.now()
    private var idleCheck: RepeatedTask?
    private var finished = false

    init(_ shared: Context) { self.shared = shared }

    func handlerAdded(context: ChannelHandlerContext) {
        channel = context.channel
        context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true).whenFailure { _ in }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            term = request.term.isEmpty ? term : request.term
            size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            reply(request.wantReply, true, context)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // Only NO_COLOR is taken from the client: nothing else of its environment reaches the session.
            let accepted = request.name == "NO_COLOR"
            if accepted { noColor = true }
            reply(request.wantReply, accepted, context)
        case let request as SSHChannelRequestEvent.ShellRequest:
            startSession(wantReply: request.wantReply, context)
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse(
                wantReply: request.wantReply, "baedal serves its screens, not commands: connect without one, as `ssh -p PORT NAME@HOST`.",
                context)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse(wantReply: request.wantReply, "baedal has no \(request.subsystem) here: it serves its screens only.", context)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            let newSize = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            size = newSize
            if let session { PseudoTerminal.resize(master: session.master, to: newSize) }
        case ChannelEvent.inputClosed:
            // The client closed its side (EOF): the person cannot type any more.
            end(because: nil)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func reply(_ wanted: Bool, _ success: Bool, _ context: ChannelHandlerContext) {
        guard wanted else { return }
        let event: Any = success ? ChannelSuccessEvent() : ChannelFailureEvent()
        context.triggerUserOutboundEvent(event, promise: nil)
    }

    /// Says why on standard error, refuses, and closes: nothing runs.
    private func refuse(wantReply: Bool, _ message: String, _ context: ChannelHandlerContext) {
        shared.record.ending(because: "refused a command or subsystem request")
        context.writeAndFlush(wrapOutboundOut(text(message + "\r\n", type: .stdErr, context)), promise: nil)
        reply(wantReply, false, context)
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
        context.close(promise: nil)
    }

    private func text(_ string: String, type: SSHChannelData.DataType = .channel, _ context: ChannelHandlerContext) -> SSHChannelData {
        SSHChannelData(type: type, data: .byteBuffer(context.channel.allocator.buffer(string: string)))
    }

    private func startSession(wantReply: Bool, _ context: ChannelHandlerContext) {
        guard session == nil, let visitor = shared.record.visitor else {
            reply(wantReply, false, context)
            return
        }
        guard let size else {
            refuse(wantReply: wantReply, "baedal's screens need a terminal: connect with `ssh -t`.", context)
            return
        }
        let loop = context.eventLoop
        let bound = NIOLoopBound(self, eventLoop: loop)
        guard let slot = shared.registry.open(end: { reason in loop.execute { bound.value.end(because: reason) } }) else {
            shared.record.ending(because: "busy: \(shared.registry.capacity) sessions open")
            context.writeAndFlush(
                wrapOutboundOut(
                    text(
                        "baedal is busy right now (\(shared.registry.capacity) sessions open). Please try again in a few minutes.\r\n",
                        context)), promise: nil)
            reply(wantReply, true, context)
            context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
            context.close(promise: nil)
            return
        }
        self.slot = slot
        var environment = shared.program.environment
        environment["TERM"] = term
        if noColor { environment["NO_COLOR"] = "1" }
        let started: PseudoTerminal
        do {
            started = try PseudoTerminal.spawn(
                executable: shared.program.executable,
                arguments: shared.program.arguments(visitor),
                environment: environment, size: size)
        } catch {
            shared.record.ending(because: "\(error)")
            context.writeAndFlush(
                wrapOutboundOut(text("The session could not start; please tell the server's operator.\r\n", type: .stdErr, context)),
                promise: nil)
            reply(wantReply, false, context)
            finish(status: 1)
            return
        }
        session = started
        reply(wantReply, true, context)
        shared.reaper.watch(started.pid) { status in
            loop.execute { bound.value.processEnded(status) }
        }
        let sshChannel = context.channel
        NIOPipeBootstrap(group: loop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelInitializer { terminal in
                terminal.eventLoop.makeCompletedFuture {
                    try terminal.pipeline.syncOperations.addHandler(TerminalOutput(ssh: sshChannel))
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: started.master)
            .hop(to: loop)
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let terminal):
                    bound.value.terminalOpened(terminal)
                case .failure:
                    PseudoTerminal.close(master: started.master)
                    bound.value.terminalDrained = true
                    bound.value.end(because: "the session's terminal could not be read")
                }
            }
        let interval = TimeAmount.seconds(Int64(max(1, min(30, shared.limits.idleMinutes * 60 / 4))))
        idleCheck = loop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in
            bound.value.checkIdle()
        }
    }

    private func terminalOpened(_ terminal: any Channel) {
        terminalChannel = terminal
        let bound = NIOLoopBound(self, eventLoop: terminal.eventLoop)
        terminal.closeFuture.whenComplete { _ in
            bound.value.terminalDrained = true
            bound.value.finishIfDone()
        }
        if finished || exitStatus != nil { terminal.close(promise: nil) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case .byteBuffer(let bytes) = message.data else { return }
        lastInput = .now()
        terminalChannel?.writeAndFlush(bytes, promise: nil)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // Output to a slow client waits in the pty (the session blocks) instead of in memory here.
        terminalChannel?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenFailure { _ in }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        // The connection dropped (or we closed it): the session must not outlive it.
        finished = true
        if let session, exitStatus == nil { shared.reaper.hangUp(session.pid, grace: shared.limits.hangupGraceSeconds) }
        releaseSlot()
        context.fireChannelInactive()
    }

    private func checkIdle() {
        let idle = NIODeadline.now() - lastInput
        if idle >= .seconds(Int64(shared.limits.idleMinutes * 60)) {
            shared.record.ending(because: "idle for \(Int(shared.limits.idleMinutes)) min")
            end(
                because:
                    "\r\n\(Int(shared.limits.idleMinutes))분 동안 입력이 없어 로그아웃했어요. Signed out after \(Int(shared.limits.idleMinutes)) minutes without a key; come back any time.\r\n"
            )
        }
    }

    /// Ends the session: hangs up its process and, once it has exited, sends `message` (when
    /// given) and closes.
    func end(because message: String?) {
        if endMessage == nil { endMessage = message }
        guard let session else {
            finish(status: 0)
            return
        }
        if exitStatus == nil { shared.reaper.hangUp(session.pid, grace: shared.limits.hangupGraceSeconds) }
    }

    private func processEnded(_ status: Int32) {
        exitStatus = status
        if endMessage == nil { shared.record.ending(because: status == 0 ? "signed out (exit 0)" : "session ended with status \(status)") }
        // The pty reports end-of-file once the output is read; don't wait for it for ever.
        let bound = NIOLoopBound(self, eventLoop: channel!.eventLoop)
        channel?.eventLoop.scheduleTask(in: .seconds(1)) { bound.value.terminalChannel?.close(promise: nil) }
        if terminalChannel == nil { terminalDrained = true }
        finishIfDone()
    }

    private func finishIfDone() {
        guard let exitStatus, terminalDrained else { return }
        finish(status: exitStatus)
    }

    private func finish(status: Int32) {
        idleCheck?.cancel()
        idleCheck = nil
        releaseSlot()
        guard let channel, channel.isActive, !finished else { return }
        finished = true
        if let endMessage {
            channel.writeAndFlush(
                SSHChannelData(type: .channel, data: .byteBuffer(channel.allocator.buffer(string: endMessage))), promise: nil)
        }
        channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: Int(status)), promise: nil)
        channel.close(promise: nil)
    }

    private func releaseSlot() {
        if let slot { shared.registry.close(slot) }
        slot = nil
    }
}

/// Carries the session's screen output from the pseudo-terminal to the SSH channel.
final class TerminalOutput: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let ssh: any Channel

    init(ssh: any Channel) { self.ssh = ssh }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        ssh.write(SSHChannelData(type: .channel, data: .byteBuffer(unwrapInboundIn(data))), promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        ssh.flush()
        if !ssh.isWritable { context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in } }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // EIO: the session's process closed the terminal (it ended).
        context.close(promise: nil)
    }
}
