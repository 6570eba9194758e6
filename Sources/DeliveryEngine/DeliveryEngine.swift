import DeliveryDomain
import EventStore
import Foundation
import GRDB
import Payments

/// The order engine every terminal shares: commands in, events appended, read models out.
/// Several processes may open the same file at once; the log serialises them.
public final class DeliveryEngine: Sendable {
    public let store: SQLiteEventStore
    public let clock: any EngineClock
    public let ids: IdentifierSource
    public let payments: any PaymentProcessor
    /// Outbox payments: checkout records the request and returns at once; a ``PaymentWorker`` charges it.
    public let queuesPayments: Bool
    let hasher: PasswordHasher
    let projector: Projector
    let codec = EventCodec()
    let sharedStreams = FoldedStateCache()
    let sharedTurns = StreamTurns()
    /// Placements in progress in this process, which the payment worker yields to.
    public let placements = PlacementGauge()

    public struct Options: Sendable {
        public var clock: any EngineClock
        public var ids: IdentifierSource
        /// Nil means the in-process sandbox, judging card expiry by the engine's clock.
        public var payments: (any PaymentProcessor)?
        public var hasher: PasswordHasher
        public var synchronous: SQLiteEventStore.Synchronous?
        /// True: placing an order never waits for the processor; a ``PaymentWorker`` charges the
        /// recorded request later (outbox). False: the charge is attempted during checkout.
        public var queuesPayments: Bool

        public init(clock: any EngineClock = SystemClock(), ids: IdentifierSource = IdentifierSource(),
                    payments: (any PaymentProcessor)? = nil, hasher: PasswordHasher = PasswordHasher(),
                    synchronous: SQLiteEventStore.Synchronous? = nil, queuesPayments: Bool = false) {
            self.queuesPayments = queuesPayments
            self.clock = clock
            self.ids = ids
            self.payments = payments
            self.hasher = hasher
            self.synchronous = synchronous
        }
    }

    /// Opens (or creates) the database, checks it is baedal's, and brings the read models up
    /// to date with only the events they have not seen: no full replay on start.
    public static func open(path: String, options: Options = Options()) async throws -> DeliveryEngine {
        var storeOptions = SQLiteEventStore.Options()
        if let synchronous = options.synchronous { storeOptions.synchronous = synchronous }
        let store = try SQLiteEventStore(path: path, configuration: storeOptions)
        try await store.pool.write { db in
            try ReadModelSchema.prepare(db)
            try WorkerLease.prepare(db)
            try EngineSettings.prepare(db)
            try PaymentGatewayHealthRecord.prepare(db)
        }
        let engine = DeliveryEngine(store: store, options: options)
        try await engine.projector.catchUp()
        return engine
    }

    init(store: SQLiteEventStore, options: Options) {
        self.store = store
        self.clock = options.clock
        self.ids = options.ids
        let clock = options.clock
        self.payments = options.payments ?? SandboxCardProcessor(now: { clock.now() })
        self.queuesPayments = options.queuesPayments
        self.hasher = options.hasher
        self.projector = Projector(store: store, pool: store.pool)
    }

    public var pool: DatabasePool { store.pool }

    /// The newest log position: sessions compare it to know whether anything changed.
    public func headPosition() async throws -> Int64 { try await store.headPosition() }

    /// Brings the read models up to the log's head.
    @discardableResult
    public func refresh() async throws -> Int { try await projector.catchUp() }

    /// - Parameter shared: the stream is one every placement reads (a store, its admission
    ///   setting, a stock plan): keep its folded state between loads.
    func handler<D: Decider>(_ decider: D.Type, shared: Bool = false) -> CommandHandler<D> where D.Event: StoredEvent {
        CommandHandler<D>(store: store, codec: codec, ids: ids, clock: clock, cache: shared ? sharedStreams : nil,
                          turns: shared ? sharedTurns : nil)
    }

    /// Runs a command and maps every failure to a `DeliveryError` a person can read.
    func run<D: Decider>(
        _ decider: D.Type, _ stream: StreamID, actor: String, shared: Bool = false, isNew: Bool = false,
        loaded: (state: D.State, version: Int)? = nil,
        _ command: @escaping @Sendable (D.State, Date) throws -> D.Command
    ) async throws(DeliveryError) -> CommandHandler<D>.Outcome where D.Event: StoredEvent {
        do {
            return try await handler(decider, shared: shared)
                .execute(stream, actor: actor, isNew: isNew, loaded: loaded, command: command)
        } catch {
            throw DeliveryError.wrap(error)
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DeliveryError) -> T {
        do {
            return try await readRepairing(body)
        } catch {
            throw DeliveryError.wrap(error)
        }
    }
}
