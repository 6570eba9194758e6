import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 child channel with a ``ConnectionGuard`` in front of it and the
/// idle timeout of ``GatewayLimits``.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let http1: HTTP1Channel
    let gauge: ConnectionGauge
    let limits: GatewayLimits

    init(responder: @escaping HTTPChannelHandler.Responder, gauge: ConnectionGauge, limits: GatewayLimits) {
        let idle = TimeAmount.nanoseconds(
            Int64(limits.idleTimeout.components.seconds) * 1_000_000_000
                + limits.idleTimeout.components.attoseconds / 1_000_000_000)
        http1 = HTTP1Channel(responder: responder, configuration: .init(idleTimeout: idle))
        self.gauge = gauge
        self.limits = limits
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(ConnectionGuard(gauge: gauge, limits: limits))
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return http1.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}
