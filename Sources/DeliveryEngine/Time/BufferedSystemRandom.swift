#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The operating system's cryptographic randomness, fetched a block at a time.
///
/// `SystemRandomNumberGenerator` makes one system call per number, and an event id takes 16
/// numbers: placements were spending more time asking the kernel for entropy than encoding
/// their events. This draws the same source (`arc4random_buf`, which glibc serves from
/// `getrandom`) 4 KiB at a time.
public struct BufferedSystemRandom: RandomNumberGenerator, Sendable {
    private static let blockSize = 512
    private var block: [UInt64] = []
    private var cursor = 0

    public init() {}

    public mutating func next() -> UInt64 {
        if cursor == block.count { refill() }
        defer { cursor += 1 }
        return block[cursor]
    }

    private mutating func refill() {
        block = [UInt64](repeating: 0, count: Self.blockSize)
        block.withUnsafeMutableBytes { arc4random_buf($0.baseAddress!, $0.count) }
        cursor = 0
    }
}
