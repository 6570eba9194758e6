import DeliveryDomain
import EventStore
import Foundation
import GRDB

/// Keeps the read models in step with the log. Any process may catch up at any time: the
/// checkpoint is read and advanced inside the same write transaction as the rows it covers,
/// so two processes catching up at once apply each event exactly once.
///
/// A session catching up on a few new events and `baedal replay` rebuilding from the first
/// event run the same code: read and decode a batch of events (off the writer, while the
/// previous batch is being written), fold it in memory (``ReadModelState``), then write each
/// changed row once (``ReadModelWriter``) and the checkpoint, in one transaction.
public struct Projector: Sendable {
    let store: any EventStore
    /// The live read models' pool, or a rebuild's scratch file (``ReadModelAudit``).
    let pool: any DatabaseWriter
    let codec = EventCodec()
    /// Events in the first write transaction of a catch-up. Small, because catching up holds
    /// the database's one writer and every order placed meanwhile waits for it.
    var firstBatchSize = 256
    /// While batches come back full (a process far behind, or a rebuild), each is four times
    /// the one before, up to this: large transactions and few of them, each written in tens
    /// of milliseconds.
    var largestBatchSize = 16_384
    /// A catch-up from the first event with at least this many to go runs without the
    /// secondary indexes and builds them at the end (``DeferredIndexes``).
    var smallestDeferredRebuild = DeferredIndexes.smallestRebuild
    /// Notices of rebuilds, shared by the copies of this projector.
    let repair = ReadModelRepair()
    /// On a shared log followed by this process: when a read may skip asking the server
    /// (``catchUpForRead()``). Nil on SQLite, where the log is in the same file.
    var trust: ReadTrust? = nil
    /// The events this process appended, taken instead of reading and decoding them again;
    /// nil for a rebuild's scratch projector.
    var ownAppends: OwnAppends? = nil

    public init(store: any EventStore, pool: any DatabaseWriter) {
        self.store = store
        self.pool = pool
    }

    public func checkpoint() async throws -> Int64 {
        try await pool.read { db in try Self.checkpoint(db) }
    }

    static func checkpoint(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT position FROM rm_checkpoint WHERE name = 'read_models'")) ?? 0
    }

    /// Applies every event after the checkpoint. Returns how many were applied.
    ///
    /// Damaged read models (see ``ReadModelRepair``) are rebuilt from the log on the way, with a
    /// notice; a full disk is reported as ``EventStoreError/diskFull(path:)``.
    @discardableResult
    public func catchUp(upTo limit: Int64 = .max) async throws -> Int {
        let mark = trust?.mark()
        let applied = try await catchUpFromTheLog(upTo: limit)
        if let mark { trust?.caughtUp(from: mark) }
        return applied
    }

    /// Applies events a wake-up carried (``LogWakeUp``) when they continue the read models: the
    /// first is at most one past the checkpoint, checked in the same write transaction. Returns
    /// false, having applied nothing, when they do not (or carry nothing): then catch up by
    /// position instead. Either way no position is skipped or applied twice.
    func apply(carried events: [RecordedEvent]) async throws -> Bool {
        guard !events.isEmpty else { return false }
        let mark = trust?.markAnnounced()
        let batch = Batch(positions: events.map(\.position), events: try await decode(events), isFull: false)
        guard try await write(batch, continuingOnly: true) != nil else { return false }
        ownAppends?.passed(batch.positions.last!)
        if let mark { trust?.caughtUp(from: mark) }
        return true
    }

    /// Applies this process's own appends up to `head`, as kept when they were appended
    /// (``OwnAppends``), when they continue the read models; returns false, having applied
    /// nothing, when they do not, or when not all of them were kept: then catch up by position.
    func applyOwn(upTo head: Int64) async throws -> Bool {
        guard let ownAppends else { return false }
        let mark = trust?.markAnnounced()
        let applied = try await pool.write { db -> Bool in
            let current = try Self.checkpoint(db)
            guard current < head else { return true }
            let run = ownAppends.run(after: current, upTo: head, limit: .max)
            guard run.positions.last == head else { return false }
            try Self.fold(Batch(positions: run.positions, events: run.events, isFull: false), after: current, in: db)
            return true
        }
        guard applied else { return false }
        ownAppends.passed(head)
        if let mark { trust?.caughtUp(from: mark) }
        return true
    }

    /// What a read does first: catch up, unless this process has heard of nothing new since the
    /// last catch-up (``ReadTrust``), which on a shared log saves a round trip per read.
    @discardableResult
    func catchUpForRead() async throws -> Int {
        if let trust, trust.projectionIsCurrent { return 0 }
        return try await catchUp()
    }

    private func catchUpFromTheLog(upTo limit: Int64) async throws -> Int {
        do {
            if repair.claimShapeCheck() {
                let (damage, deferred) = try await pool.read { db in
                    (try ReadModelSchema.damage(db), try DeferredIndexes.areDeferred(db))
                }
                // A rebuild killed before it built its indexes left them owed.
                if deferred { repair.oweIndexes() }
                if let damage { return try await rebuild(because: damage, upTo: limit) }
            }
            do {
                return try await applyNewEvents(upTo: limit)
            } catch  where ReadModelRepair.isDamage(error) {
                return try await rebuild(because: ReadModelRepair.cause(of: error), upTo: limit)
            }
        } catch {
            throw DiskSpace.translate(error, path: pool.path)
        }
    }

    /// Drops the read models, replays the log into them and records a notice saying so.
    @discardableResult
    func rebuild(because cause: String, upTo limit: Int64 = .max) async throws -> Int {
        try await pool.write { db in try ReadModelSchema.recreate(db) }
        let replayed = try await applyNewEvents(upTo: limit)
        repair.record(cause: cause, replayed: replayed)
        return replayed
    }

    /// Events read from the log and decoded, ready to fold.
    struct Batch: Sendable {
        /// Every event read, projected or not, up to the limit: the checkpoint moves past them all.
        let positions: [Int64]
        let events: [ProjectedEvent]
        /// True when the log may hold more after this batch.
        let isFull: Bool
    }

    private func applyNewEvents(upTo limit: Int64) async throws -> Int {
        let from = try await checkpoint()
        guard from < limit else {
            if repair.takeIndexesOwed() { try await pool.write { try DeferredIndexes.build($0) } }
            return 0
        }
        var deferring = false
        do {
            let applied = try await applyNewEvents(after: from, upTo: limit, deferring: &deferring)
            if deferring || repair.takeIndexesOwed() { try await pool.write { try DeferredIndexes.build($0) } }
            return applied
        } catch {
            if deferring { repair.oweIndexes() }
            throw error
        }
    }

    /// True when a catch-up from the first event (new or rebuilt read models) has at least
    /// ``DeferredIndexes/smallestRebuild`` events to go: it runs without the secondary indexes.
    /// Asked only once a first batch from the first event came back full, so a catch-up of a
    /// few events, the everyday kind, asks nothing more of the log.
    private func isLongRebuild(upTo limit: Int64) async throws -> Bool {
        try await min(limit, store.headPosition()) >= smallestDeferredRebuild
    }

    /// Reads, folds and writes batch after batch up to `limit`. Sets `deferring` once it has
    /// dropped the secondary indexes for a long rebuild (``DeferredIndexes``).
    private func applyNewEvents(after from: Int64, upTo limit: Int64, deferring: inout Bool) async throws -> Int {
        var size = firstBatchSize
        var batch = try await read(after: from, limit: size, upTo: limit)
        if from == 0, batch.isFull, try await isLongRebuild(upTo: limit) {
            try await pool.write { try DeferredIndexes.drop($0) }
            deferring = true
        }
        var applied = 0
        while let last = batch.positions.last {
            guard batch.isFull else {
                applied += try await write(batch) ?? 0
                ownAppends?.passed(last)
                return applied
            }
            size = min(size * 4, largestBatchSize)
            let nextSize = size
            // The next batch is read and decoded on a reader while this one is written.
            async let next = read(after: last, limit: nextSize, upTo: limit)
            applied += try await write(batch) ?? 0
            ownAppends?.passed(last)
            batch = try await next
        }
        return applied
    }

    private func read(after position: Int64, limit: Int, upTo end: Int64) async throws -> Batch {
        guard position < end else { return Batch(positions: [], events: [], isFull: false) }
        // This process's own appends right after `position`: nothing to read or decode. The log
        // may hold more after them, so the next batch reads on.
        if let own = ownAppends?.run(after: position, upTo: end, limit: limit), !own.positions.isEmpty {
            return Batch(positions: own.positions, events: own.events, isFull: true)
        }
        let recorded = try await store.readAll(afterPosition: position, limit: limit)
        let within = Array(recorded.prefix { $0.position <= end })
        return Batch(
            positions: within.map(\.position), events: try await decode(within),
            isFull: recorded.count == limit && within.count == recorded.count && within.last!.position < end)
    }

    /// Events decoded in slices side by side: decoding JSON is most of a rebuild's reading.
    private func decode(_ events: [RecordedEvent]) async throws -> [ProjectedEvent] {
        let (codec, own) = (self.codec, ownAppends)
        // An event this process appended is taken as it was kept, not decoded.
        @Sendable func decode(_ recorded: RecordedEvent) throws -> ProjectedEvent? {
            if let kept = own?.event(at: recorded.position) { return kept }
            return try ProjectedEvent.decode(recorded, codec: codec)
        }
        let slice = 2_048
        guard events.count > slice else { return try events.compactMap(decode) }
        return try await withThrowingTaskGroup(of: (Int, [ProjectedEvent]).self) { group in
            for start in stride(from: 0, to: events.count, by: slice) {
                let part = events[start..<min(start + slice, events.count)]
                group.addTask { (start, try part.compactMap(decode)) }
            }
            var parts: [(Int, [ProjectedEvent])] = []
            for try await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// Folds the events the checkpoint has not passed and writes the rows they changed, all in
    /// one transaction with the checkpoint. Returns how many events it applied; nil, applying
    /// nothing, when `continuingOnly` and the batch starts beyond the position after the
    /// checkpoint (events carried by a wake-up, with some before them not yet taken in).
    private func write(_ batch: Batch, continuingOnly: Bool = false) async throws -> Int? {
        guard let first = batch.positions.first, let last = batch.positions.last else { return 0 }
        return try await pool.write { db -> Int? in
            let current = try Self.checkpoint(db)
            if continuingOnly && first > current + 1 { return nil }
            guard last > current else { return 0 }
            try Self.fold(batch, after: current, in: db)
            return batch.positions.count { $0 > current }
        }
    }

    /// Folds the batch's events after the checkpoint `current` and writes the rows they changed
    /// and the new checkpoint, inside the caller's write transaction.
    private static func fold(_ batch: Batch, after current: Int64, in db: Database) throws {
        guard let last = batch.positions.last else { return }
        let writer = ReadModelWriter(db: db)
        var state = ReadModelState(source: writer)
        for event in batch.events where event.position > current { try state.evolve(event) }
        try writer.write(state)
        try db.cachedStatement(sql: "UPDATE rm_checkpoint SET position = ? WHERE name = 'read_models'")
            .execute(arguments: [last])
    }
}
