import NIOCore
import NIOSSH
import Synchronization

/// One customer's session as the benchmark's client sees it: the text its screen has drawn,
/// whether that included the store list, the keys typed and their echoes, and whether the
/// channel is still open. Bytes arrive on an event loop while the run reads and types from its
/// tasks, so everything is behind a lock.
final class ServedScreen: Sendable {
    let index: Int
    let customer: String

    private struct State {
        var text = TerminalText()
        var storeList = TextSighting(ServeBenchWorld.storeListWord)
        var echoes = EchoMatcher<ContinuousClock.Instant>(patience: .seconds(10))
        var latencies: [Duration] = []
        /// The last characters drawn, to say why a session failed ("busy…").
        var recent: [Unicode.Scalar] = []
        var channel: (any Channel)?
        var connection: (any Channel)?
        var shellRefused = false
        var closed = false
    }

    private let state = Mutex(State())

    init(index: Int, customer: String) {
        self.index = index
        self.customer = customer
    }

    // MARK: What the screen showed

    var showedStoreList: Bool { state.withLock { $0.storeList.seen } }
    var isClosed: Bool { state.withLock { $0.closed } }
    var shellRefused: Bool { state.withLock { $0.shellRefused } }
    var isHeld: Bool { state.withLock { $0.storeList.seen && !$0.closed } }
    var outstandingKeys: Int { state.withLock { $0.echoes.outstanding } }
    var missedKeys: Int { state.withLock { $0.echoes.missed } }
    var echoLatencies: [Duration] { state.withLock { $0.latencies } }
    var recentText: String {
        state.withLock { String(String.UnicodeScalarView($0.recent)) }
    }

    // MARK: Events from the channel

    func attached(channel: any Channel, connection: any Channel) {
        state.withLock {
            $0.channel = channel
            $0.connection = connection
        }
    }

    func received(_ bytes: some Sequence<UInt8>, at instant: ContinuousClock.Instant) {
        state.withLock { state in
            let drawn = state.text.feed(bytes)
            guard !drawn.isEmpty else { return }
            state.storeList.scan(drawn)
            state.latencies += state.echoes.received(drawn, at: instant)
            state.recent = Array((state.recent + drawn).suffix(160))
        }
    }

    func refusedShell() { state.withLock { $0.shellRefused = true } }

    func ended() { state.withLock { $0.closed = true } }

    // MARK: Typing

    /// Sends one key; its echo is waited for (and timed, when `timed`) when it has a glyph. A key
    /// that `clears` the keys before it has none (``EchoMatcher/cleared()``).
    func type(_ key: Unicode.Scalar, echo: Bool = true, timed: Bool = true, clears: Bool = false) {
        let channel = state.withLock { state -> (any Channel)? in
            if echo { state.echoes.typed(key, at: .now, timed: timed) }
            if clears { state.echoes.cleared() }
            return state.channel
        }
        var bytes = ByteBuffer()
        bytes.writeString(String(Character(key)))
        channel?.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(bytes)), promise: nil)
    }

    /// Gives up on every key still waiting for its echo.
    func giveUpWaitingKeys() { state.withLock { $0.echoes.giveUpAll() } }

    /// Closes the connection (the server then hangs up the session).
    func close() {
        let connection = state.withLock { $0.connection }
        connection?.close(promise: nil)
    }
}
