import Foundation
import Logging
import NIOCore
import Synchronization

/// How many connections the gateway holds open, against its cap.
final class ConnectionGauge: Sendable {
    let limit: Int
    private let open = Atomic(0)

    init(limit: Int) { self.limit = limit }

    /// Counts a new connection in, unless the cap is reached.
    func admit() -> Bool {
        let now = open.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue
        guard now > limit else { return true }
        open.wrappingSubtract(1, ordering: .acquiringAndReleasing)
        return false
    }

    func release() { open.wrappingSubtract(1, ordering: .acquiringAndReleasing) }

    var count: Int { open.load(ordering: .acquiring) }
}

/// The first handler of every connection, on raw bytes: refuses connections over the cap with
/// `503`, and closes a connection whose request head does not arrive in time.
///
/// The header timeout runs from the moment a connection opens until its first head is complete,
/// and from the first byte of each later head until its end: a client that connects and says
/// nothing is closed after it (silently), one that sends part of a head gets `408`. Idle
/// connections between requests are closed by Hummingbird's own idle timeout.
///
/// It sits before the HTTP decoder because a head that never completes never reaches the
/// decoder's users: the end of a head is found here as the first blank line (`CRLF CRLF`).
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum Phase {
        /// Before the first byte of a request.
        case waitingForRequest
        /// Some of a head has arrived; `lastBytes` holds its last three bytes.
        case readingHead(lastBytes: [UInt8])
        /// The head is complete: the body and the answer are the HTTP layers' business.
        case headRead
    }

    private let gauge: ConnectionGauge
    private let limits: GatewayLimits
    private var counted = false
    private var admitted = false
    private var phase = Phase.waitingForRequest
    private var headDeadline: Scheduled<Void>?
    /// A refusal was written; the connection is closing and anything more it sends is dropped.
    private var closing = false

    init(gauge: ConnectionGauge, limits: GatewayLimits) {
        self.gauge = gauge
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { countIn(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        countIn(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if counted && admitted { gauge.release() }
        counted = false
        headDeadline?.cancel()
        headDeadline = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        guard admitted else {
            // Read and drop the request, so the close that follows the answer is a clean one.
            refuse(
                context, status: "503 Service Unavailable", error: "too_many_connections",
                message: "The gateway is serving \(gauge.limit) connections, its limit. Retry in a moment.",
                retryAfter: limits.retryAfterSeconds)
            return
        }
        let bytes = unwrapInboundIn(data)
        notice(bytes, context: context)
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // An answer is going out: the next bytes in begin a new request.
        if case .headRead = phase { phase = .waitingForRequest }
        context.write(data, promise: promise)
    }

    /// How long a connection over the cap may take to send its request before it is closed
    /// unanswered: long enough for a client that sends at once to read its `503`.
    static let refusalGrace = Duration.seconds(1)

    private func countIn(_ context: ChannelHandlerContext) {
        guard !counted else { return }
        counted = true
        admitted = gauge.admit()
        // A connection that never sends anything must not hold its slot (or its file) for long.
        startHeadDeadline(context, after: admitted ? limits.headerTimeout : min(limits.headerTimeout, Self.refusalGrace))
    }

    /// Follows the request head through the bytes: the deadline starts at its first byte and
    /// ends at its blank line.
    private func notice(_ bytes: ByteBuffer, context: ChannelHandlerContext) {
        guard bytes.readableBytes > 0 else { return }
        var seen: [UInt8]
        switch phase {
        case .headRead: return
        case .waitingForRequest:
            seen = []
            // The first request's deadline runs from the connection's opening.
            if headDeadline == nil { startHeadDeadline(context, after: limits.headerTimeout) }
        case .readingHead(let lastBytes):
            seen = lastBytes
        }
        seen.append(contentsOf: bytes.readableBytesView)
        if Self.containsEndOfHead(seen) {
            phase = .headRead
            headDeadline?.cancel()
            headDeadline = nil
        } else {
            phase = .readingHead(lastBytes: Array(seen.suffix(3)))
        }
    }

    static func containsEndOfHead(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return true
        }
        return false
    }

    private func startHeadDeadline(_ context: ChannelHandlerContext, after timeout: Duration) {
        headDeadline?.cancel()
        let nanoseconds = Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        headDeadline = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: .nanoseconds(nanoseconds)) { [self] in
            headDeadline = nil
            switch phase {
            case .readingHead:
                refuse(
                    context, status: "408 Request Timeout", error: "request_timeout",
                    message: "The request's headers did not arrive within the gateway's header timeout.", retryAfter: nil)
            case .waitingForRequest:
                context.close(promise: nil)
            case .headRead:
                break
            }
        }
    }

    /// Answers with a complete HTTP/1.1 response written as bytes (the HTTP layers never see
    /// this connection's request), then closes.
    private func refuse(_ context: ChannelHandlerContext, status: String, error: String, message: String, retryAfter: Int?) {
        guard context.channel.isActive, !closing else { return }
        closing = true
        headDeadline?.cancel()
        headDeadline = nil
        let reply = GatewayReply.problem(0, error, message)
        var head = "HTTP/1.1 \(status)\r\nContent-Type: application/json\r\nContent-Length: \(reply.body.count)\r\n"
        if let retryAfter { head += "Retry-After: \(retryAfter)\r\n" }
        head += "Connection: close\r\n\r\n"
        var buffer = context.channel.allocator.buffer(capacity: head.utf8.count + reply.body.count)
        buffer.writeString(head)
        buffer.writeBytes(reply.body)
        phase = .headRead
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(buffer)).whenComplete { _ in channel.close(promise: nil) }
    }
}
