import DeliveryDomain
import EventStore
import Foundation
import GRDB
import Payments

/// The order engine every terminal shares: commands in, events appended, read models out.
/// Several processes may open the same file at once; the log serialises them.
public final class DeliveryEngine: Sendable {
    /// The shared event log: every command reads and appends here.
    public let store: any EventStore
    /// The SQLite file of the read models. On a SQLite database it is the database itself (the
    /// log too); on a shared log elsewhere, this process's private projection of that log.
    /// Not public: callers ask the engine's queries, never the read models' SQL.
    let local: SQLiteEventStore
    /// What processes share beside the log: the worker's lease, settings, health, time.
    public let shared: any SharedEngineState
    /// Keeps the private projection caught up with a shared log; nil on SQLite.
    let follower: LocalProjection?
    /// The database's time (``DatabaseTime``): every recorded instant comes from it.
    public let clock: any EngineClock
    /// The database's time: whether it is live or simulated, and the clock it keeps.
    public let time: DatabaseTime
    public let ids: IdentifierSource
    public let payments: any PaymentProcessor
    /// Outbox payments: checkout records the request and returns at once; a ``PaymentWorker`` charges it.
    public let queuesPayments: Bool
    let hasher: PasswordHasher
    /// Where password hashes run: off the cooperative pool, a few at a time.
    let passwordChecks: PasswordChecks
    let projector: Projector
    let codec = EventCodec()
    let sharedStreams = FoldedStateCache()
    let sharedTurns = StreamTurns()
    /// What a store search needs, kept while stores and menus stay as they are.
    let searchableStores = KeptByRevision(.stores, load: SearchableStore.load)
    let dishNames = KeptByRevision(.menus, load: SearchableStore.loadDishNames)
    /// This process's appended events, until the projection has taken them in.
    let ownAppends = OwnAppends()
    /// Placements in progress in this process, which the payment worker yields to.
    public let placements = PlacementGauge()

    public struct Options: Sendable {
        public var clock: any EngineClock
        public var ids: IdentifierSource
        /// Nil means the in-process sandbox, judging card expiry by the engine's clock.
        public var payments: (any PaymentProcessor)?
        public var hasher: PasswordHasher
        /// A cheaper hasher used instead of `hasher` only on a simulated database (scripts, demos,
        /// test suites): `BAEDAL_SCRYPT_LOG2N` must not weaken the passwords of a live one.
        public var hasherForSimulated: PasswordHasher?
        /// The threads password hashes run on: the process's own unless a test gives its own.
        public var passwordChecks: PasswordChecks = .shared
        public var synchronous: SQLiteEventStore.Synchronous?
        /// True: placing an order never waits for the processor; a ``PaymentWorker`` charges the
        /// recorded request later (outbox). False: the charge is attempted during checkout.
        public var queuesPayments: Bool
        /// Nil: derived from `clock`. A ``SimulatedClock`` asks for a simulated database
        /// starting at its time; any other clock asks for the wall clock.
        public var time: TimeRequest?
        /// Where the log and the shared state live when the location is not a SQLite file (a
        /// PostgreSQL URL): nil asks ``EngineBackends``, and failing that opens `path` as a SQLite file.
        public var backend: (any EngineBackend)?

        var timeRequest: TimeRequest {
            if let time { return time }
            if let simulated = clock as? SimulatedClock { return .simulated(simulated) }
            return .wallClock
        }

        /// The wall clock a live database uses: the system clock unless a test injects one.
        var wallClock: any EngineClock {
            clock is SimulatedClock || clock is DatabaseTime ? SystemClock() : clock
        }

        public init(
            clock: any EngineClock = SystemClock(), ids: IdentifierSource = IdentifierSource(),
            payments: (any PaymentProcessor)? = nil, hasher: PasswordHasher = PasswordHasher(),
            hasherForSimulated: PasswordHasher? = nil,
            synchronous: SQLiteEventStore.Synchronous? = nil, queuesPayments: Bool = false
        ) {
            self.queuesPayments = queuesPayments
            self.hasherForSimulated = hasherForSimulated
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
        if let backend = options.backend ?? EngineBackends.backend(for: path), backend.accepts(path) {
            return try await open(shared: try await backend.open(path), options: options)
        }
        var storeOptions = SQLiteEventStore.Options()
        if let synchronous = options.synchronous { storeOptions.synchronous = synchronous }
        let store = try SQLiteEventStore(path: path, configuration: storeOptions)
        try await store.pool.write { db in
            try ReadModelSchema.prepare(db)
            try SQLiteSharedState.prepare(db)
        }
        let shared = SQLiteSharedState(store: store)
        var options = options
        options.clock = try await DatabaseTime.open(shared, request: options.timeRequest, wall: options.wallClock)
        let engine = DeliveryEngine(log: store, local: store, shared: shared, follower: nil, options: options)
        try await engine.projector.catchUp()
        return engine
    }

    /// Opens the engine on a shared log (see ``EngineBackend``): the read models go to a private
    /// SQLite file, caught up from the log now and then after every wake-up the backend sends.
    static func open(shared opened: OpenedBackend, options: Options) async throws -> DeliveryEngine {
        let projection = try await LocalProjection.create(log: opened.log, changes: opened.changes)
        var options = options
        options.clock = try await DatabaseTime.open(opened.shared, request: options.timeRequest, wall: options.wallClock)
        let engine = DeliveryEngine(
            log: opened.log, local: projection.file, shared: opened.shared, follower: projection, options: options)
        try await engine.projector.catchUp()
        projection.follow(engine.projector, shared: opened.shared)
        return engine
    }

    init(log: any EventStore, local: SQLiteEventStore, shared: any SharedEngineState, follower: LocalProjection?, options: Options) {
        self.store = log
        self.local = local
        self.shared = shared
        self.follower = follower
        let time =
            (options.clock as? DatabaseTime)
            ?? DatabaseTime(mode: .live, simulated: nil, wall: options.clock, floor: .distantPast)
        self.time = time
        self.clock = time
        self.ids = options.ids
        let clock = time
        self.payments = options.payments ?? SandboxCardProcessor(now: { clock.now() }, random: BufferedSystemRandom())
        self.queuesPayments = options.queuesPayments
        self.passwordChecks = options.passwordChecks
        self.hasher = time.mode == .simulated ? options.hasherForSimulated ?? options.hasher : options.hasher
        var projector = Projector(store: log, pool: local.pool)
        projector.ownAppends = ownAppends
        if follower != nil, let counting = log as? any CountsOwnAppends { projector.trust = ReadTrust(store: counting) }
        self.projector = projector
    }

    /// The read models' database (the engine's own, and tests').
    var pool: DatabasePool { local.pool }

    /// The file a session watches (``ChangeWatcher``, `DatabaseWake`) to wake on any change: the
    /// database file on SQLite; the private projection's file on a shared log, whose follower
    /// touches its wake file after catching up with a change.
    public var wakePath: String { local.path }

    /// The newest log position: sessions compare it to know whether anything changed.
    public func headPosition() async throws -> Int64 { try await store.headPosition() }

    /// Brings the read models up to the log's head.
    @discardableResult
    public func refresh() async throws -> Int { try await projector.catchUp() }

    /// - Parameter shared: the stream is one every placement reads (a store, its admission
    ///   setting, a stock plan): keep its folded state between loads.
    func handler<D: Decider>(_ decider: D.Type, shared: Bool = false) -> CommandHandler<D> where D.Event: StoredEvent {
        CommandHandler<D>(
            store: store, codec: codec, ids: ids, clock: clock, cache: shared ? sharedStreams : nil,
            turns: shared ? sharedTurns : nil, ownAppends: ownAppends)
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
