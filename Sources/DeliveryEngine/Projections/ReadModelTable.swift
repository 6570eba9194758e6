/// One read-model table as a projector batch sees it: the rows the batch has learned, either
/// from the database (asked once per row, on first use) or because an event made them, and
/// which rows the batch changed.
///
/// A batch writes each changed row once, however many events changed it (an order's row
/// changes about eight times in its life), and writes nothing for a row that ends as it began.
struct ReadModelTable<Key: Hashable & Sendable, Row: Equatable & Sendable>: Sendable {
    /// Every row the batch knows: `.some(nil)` is a row known to be absent.
    private var known: [Key: Row?] = [:]
    /// What the database held before the batch, for the rows the batch learned from it or
    /// knows to be new.
    private var original: [Key: Row?] = [:]
    /// Keys changed by the batch, in the order first changed, so writes are deterministic.
    private var changedKeys: [Key] = []
    private var changedSet: Set<Key> = []

    init() {}

    /// The row under `key`: known already, or asked of `load` once.
    mutating func row(_ key: Key, load: (Key) throws -> Row?) rethrows -> Row? {
        if let row = known[key] { return row }
        let loaded = try load(key)
        known[key] = .some(loaded)
        original[key] = .some(loaded)
        return loaded
    }

    /// The row if the batch knows it, without asking the database.
    func knownRow(_ key: Key) -> Row?? { known[key] }

    /// Records that the database holds no row under `key` (a placement starts an order's rows
    /// from nothing), so a later lookup or delete needs no statement.
    mutating func knowAbsent(_ key: Key) {
        guard known[key] == nil else { return }
        known[key] = .some(nil)
        original[key] = .some(nil)
    }

    /// Sets the row under `key`; nil removes it.
    mutating func set(_ key: Key, _ row: Row?) {
        if changedSet.insert(key).inserted { changedKeys.append(key) }
        known[key] = .some(row)
    }

    /// The rows to write, in the order first changed: each changed key's final row (nil: delete
    /// it), leaving out those that end as the database already has them.
    var changes: [(key: Key, row: Row?)] {
        changedKeys.compactMap { key in
            guard let final = known[key] else { return nil }
            if let before = original[key], before == final { return nil }
            return (key, final)
        }
    }

    /// The rows the batch knows to exist, for tests and audits.
    var rows: [Key: Row] { known.compactMapValues { $0 } }
}
