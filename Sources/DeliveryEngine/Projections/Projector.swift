import DeliveryDomain
import EventStore
import Foundation
import GRDB

/// Keeps the read models in step with the log. Any process may catch up at any time: the
/// checkpoint is read and advanced inside the same write transaction as the rows it covers,
/// so two processes catching up at once apply each event exactly once.
public struct Projector: Sendable {
    let store: any EventStore
    let pool: DatabasePool
    let codec = EventCodec()
    /// Events per write transaction. Small, because catching up holds the database's one
    /// writer: a long batch would make every order placed meanwhile wait for it.
    var batchSize = 128
    /// Notices of rebuilds, shared by the copies of this projector.
    let repair = ReadModelRepair()

    public init(store: any EventStore, pool: DatabasePool) {
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
        do {
            if repair.claimShapeCheck(), let damage = try await pool.read({ try ReadModelSchema.damage($0) }) {
                return try await rebuild(because: damage, upTo: limit)
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

    private func applyNewEvents(upTo limit: Int64) async throws -> Int {
        var applied = 0
        while true {
            let from = try await checkpoint()
            guard from < limit else { return applied }
            let events = try await store.readAll(afterPosition: from, limit: batchSize).filter { $0.position <= limit }
            guard let last = events.last else { return applied }
            let codec = self.codec
            applied += try await pool.write { db in
                let current = try Self.checkpoint(db)
                var count = 0
                let rows = OrderRows()
                for event in events where event.position > current {
                    try Self.apply(event, codec: codec, db, rows: rows)
                    count += 1
                }
                try rows.write(db)
                if last.position > current {
                    try db.cachedStatement(sql: "UPDATE rm_checkpoint SET position = ? WHERE name = 'read_models'").execute(arguments: [
                        last.position
                    ])
                }
                return count
            }
            if events.count < batchSize { return applied }
        }
    }

    static func apply(_ event: RecordedEvent, codec: EventCodec, _ db: Database, rows: OrderRows) throws {
        let stream = event.streamID.rawValue
        if stream.hasPrefix("order-") {
            try OrderProjection.apply(try codec.decode(event, as: OrderEvent.self), event, db, rows: rows)
        } else if stream.hasPrefix("store-") {
            try StoreProjection.apply(try codec.decode(event, as: StoreEvent.self), event, db)
        } else if stream.hasPrefix("admission-") {
            try KitchenQueueProjection.apply(try codec.decode(event, as: AdmissionEvent.self), db)
        } else if stream.hasPrefix("account-") {
            try AccountProjection.apply(try codec.decode(event, as: AccountEvent.self), event, db)
        }
    }
}
