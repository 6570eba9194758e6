import DeliveryDomain
import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// One SSH session channel: takes the pty request, refuses commands and subsystems, starts the
/// visitor's session (see ``SessionHosting``) when the client asks for a shell, and relays
/// keys, window changes and flow control to it until the session or the connection ends.
///
/// Ending is one path whatever the cause: the session is hung up, and once it says it has
/// ended (its last output sent), the reason (when the server ended it) and the exit status
/// follow, and the channel closes.
final class SessionChannel: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    struct Context: Sendable {
        let record: ConnectionRecord
        let registry: SessionRegistry
        let hosting: any SessionHosting
        let limits: ServerLimits
    }

    private let shared: Context
    private var channel: (any Channel)?
    private var term = "xterm-256color"
    private var size: WindowSize?
    private var noColor = false
    private var noMouse = false
    private var language = Language.standard
    private var session: (any RunningSession)?
    private var slot: Int?
    private var endMessage: String?
    private var lastInput = NIODeadline.now()
    private var idleCheck: RepeatedTask?
    private var finished = false
    /// Bytes of input handed to the session and not yet taken in (``RunningSession/receive(_:taken:)``).
    private var inputWaiting = 0
    /// Input read but not yet handed on, while the session has its fill.
    private var inputQueue: [ByteBuffer] = []
    /// A read held back while input waits; made once the session catches up.
    private var readHeld = false

    /// Input handed to the session and not yet taken in, beyond which no more is handed on and
    /// the channel reads no more. The client's SSH window then runs out and it stops sending:
    /// a flood costs the server at most this much and a packet queued on the session's side
    /// (the main actor, shared by every session) and two SSH windows held here, not whatever
    /// was sent.
    /// Far more than any paste into a field.
    static let inputWaitingLimit = 64 * 1024

    init(_ shared: Context) { self.shared = shared }

    func handlerAdded(context: ChannelHandlerContext) {
        channel = context.channel
        context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true).whenFailure { _ in }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            term = request.term.isEmpty ? term : request.term
            size = WindowSize(requestedColumns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            reply(request.wantReply, true, context)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // Only NO_COLOR, NO_MOUSE and BAEDAL_LANG are taken from the client: nothing else
            // of its environment reaches the session. A language baedal does not speak is
            // refused, and the session stays Korean.
            var accepted = request.name == "NO_COLOR" || request.name == "NO_MOUSE"
            if request.name == "NO_COLOR" { noColor = true }
            if request.name == "NO_MOUSE" { noMouse = true }
            if request.name == Language.environmentVariable, let chosen = try? Language(code: request.value) {
                language = chosen
                accepted = true
            }
            reply(request.wantReply, accepted, context)
        case let request as SSHChannelRequestEvent.ShellRequest:
            shared.record.askedForShell = true
            startSession(wantReply: request.wantReply, context)
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse(
                wantReply: request.wantReply, "baedal serves its screens, not commands: connect without one, as `ssh -p PORT NAME@HOST`.",
                context)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse(wantReply: request.wantReply, "baedal has no \(request.subsystem) here: it serves its screens only.", context)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            let newSize = WindowSize(requestedColumns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
            size = newSize
            session?.resize(to: newSize)
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
        let sshChannel = context.channel
        let output = SessionOutput(
            write: { bytes in sshChannel.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(bytes)), promise: nil) },
            ended: { status in loop.execute { bound.value.sessionEnded(status) } })
        let request = SessionRequest(
            visitor: visitor, address: shared.record.address, term: term, size: size, noColor: noColor, noMouse: noMouse,
            language: language, eventLoop: loop)
        do {
            session = try shared.hosting.start(request, output: output)
        } catch {
            shared.record.ending(because: "\(error)")
            context.writeAndFlush(
                wrapOutboundOut(text("The session could not start; please tell the server's operator.\r\n", type: .stdErr, context)),
                promise: nil)
            reply(wantReply, false, context)
            finish(status: 1)
            return
        }
        reply(wantReply, true, context)
        let interval = TimeAmount.seconds(Int64(max(1, min(30, shared.limits.idleMinutes * 60 / 4))))
        idleCheck = loop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in
            bound.value.checkIdle()
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case .byteBuffer(let bytes) = message.data else { return }
        lastInput = .now()
        guard session != nil else { return }
        inputQueue.append(bytes)
        handOnInput(context.eventLoop)
    }

    func read(context: ChannelHandlerContext) {
        guard inputQueue.isEmpty else {
            readHeld = true
            return
        }
        context.read()
    }

    /// Hands queued input to the session while it has less than ``inputWaitingLimit`` to take in.
    private func handOnInput(_ loop: any EventLoop) {
        guard let session else { return }
        let bound = NIOLoopBound(self, eventLoop: loop)
        while inputWaiting < Self.inputWaitingLimit, !inputQueue.isEmpty {
            let bytes = inputQueue.removeFirst()
            let count = bytes.readableBytes
            inputWaiting += count
            session.receive(bytes) { loop.execute { bound.value.inputTaken(count, loop) } }
        }
    }

    private func inputTaken(_ count: Int, _ loop: any EventLoop) {
        inputWaiting -= count
        handOnInput(loop)
        guard readHeld, inputQueue.isEmpty else { return }
        readHeld = false
        channel?.read()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        session?.outputWritable(context.channel.isWritable)
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        // The connection dropped (or we closed it): the session must not outlive it.
        finished = true
        session?.hangUp()
        releaseSlot()
        closeConnectionSoon(context)
        context.fireChannelInactive()
    }

    /// The connection's one session channel is closed, so it has nothing left to do: a client
    /// (`ssh`) disconnects by itself, and one that does not is closed after a moment, or it
    /// would hold a descriptor for ever (the idle check ended with the channel).
    private func closeConnectionSoon(_ context: ChannelHandlerContext) {
        guard let connection = context.channel.parent else { return }
        let record = shared.record
        connection.eventLoop.scheduleTask(in: .seconds(5)) {
            guard connection.isActive else { return }
            record.ending(because: "kept the connection open after its session ended")
            connection.close(promise: nil)
        }
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

    /// Ends the session: hangs it up and, once it has ended, sends `message` (when given) and
    /// closes.
    func end(because message: String?) {
        if endMessage == nil { endMessage = message }
        guard let session else {
            finish(status: 0)
            return
        }
        session.hangUp()
    }

    private func sessionEnded(_ status: Int32) {
        if endMessage == nil { shared.record.ending(because: status == 0 ? "signed out (exit 0)" : "session ended with status \(status)") }
        finish(status: status)
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

extension WindowSize {
    /// The widest screen a client gets. Every session is drawn on the one main actor, and a
    /// full repaint costs in proportion to the cells (a cell is about 32 bytes, and a few grids
    /// of it are kept per session): 500 × 200 is 100,000 cells, about 3 MB a grid. That is
    /// wider than a 4K display full of an 8-pixel font (480 columns) and taller than one full of
    /// a 12-pixel line (180 rows); a bigger window is simply drawn in its top-left part.
    static let maxColumns = 500
    static let maxRows = 200

    /// The size a client asked for (pty-req, window-change), kept within 1…``maxColumns`` and
    /// 1…``maxRows``: an unbounded size is the client's to choose, and 65535 × 65535 asks the
    /// server for 137 GB. 0 (RFC 4254's "unknown") becomes 1, a screen too small to draw,
    /// which the screens say.
    init(requestedColumns columns: Int, rows: Int) {
        self.init(columns: min(max(columns, 1), Self.maxColumns), rows: min(max(rows, 1), Self.maxRows))
    }
}
