/// How well group commit is sharing transactions, for benchmarks and tests.
public struct GroupCommitStatistics: Sendable, Equatable {
    /// Write transactions committed for appends.
    public var transactions: Int = 0
    /// Append requests those transactions carried (refused ones included).
    public var appends: Int = 0
    /// The most append requests one transaction carried.
    public var largestGroup: Int = 0
    /// Append requests waiting right now for the next transaction.
    public var queued: Int = 0
    /// Append requests in the transaction committing right now.
    public var committing: Int = 0

    public init() {}

    mutating func recordCommit(ofGroupSize size: Int) {
        transactions += 1
        appends += size
        largestGroup = max(largestGroup, size)
    }
}
