import Crypto
import Foundation
import _CryptoExtras

/// Passwords are kept only as salted scrypt hashes. The cost is part of the stored string,
/// so it can be raised later without breaking existing accounts; tests use a cheap cost.
public struct PasswordHasher: Sendable {
    /// scrypt's N (a power of two), r and p. 2^15 with r=8 takes ~32 MiB and tens of ms per hash.
    public let rounds: Int
    public let blockSize: Int
    public let parallelism: Int

    public init(rounds: Int = 1 << 15, blockSize: Int = 8, parallelism: Int = 1) {
        self.rounds = rounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    /// Cheap enough for test suites that sign up hundreds of accounts.
    public static let fastForTests = PasswordHasher(rounds: 1 << 4, blockSize: 1, parallelism: 1)

    public func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &rng) }
        let key = try derive(password, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return [
            "scrypt", "\(rounds)", "\(blockSize)", "\(parallelism)", Data(salt).base64EncodedString(),
            key.base64EncodedString(),
        ].joined(separator: "$")
    }

    /// scrypt's work for a hash, N × r: its time and memory grow with it.
    public var work: Int { rounds * blockSize }

    /// The work of the hash `stored` was made with, read from the string; nil if it is not one.
    public static func work(of stored: String) -> Int? {
        let parts = stored.split(separator: "$")
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]) else { return nil }
        return n.multipliedReportingOverflow(by: r).overflow ? .max : n * r
    }

    /// Below this work a hash takes microseconds and a few KiB (the test suites' and scripted
    /// stories' cost), less than handing it to another thread: it runs where it is asked.
    public static let workWorthAThread = 1 << 10

    /// Compares in constant time so a wrong guess takes as long as a near miss.
    public func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]),
            let p = Int(parts[3]), let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5]),
            let actual = try? derive(password, salt: Array(salt), rounds: n, blockSize: r, parallelism: p)
        else { return false }
        guard actual.count == expected.count else { return false }
        return zip(actual, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private func derive(_ password: String, salt: [UInt8], rounds: Int, blockSize: Int, parallelism: Int) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.precomposedStringWithCanonicalMapping.utf8), salt: salt, outputByteCount: 32,
            rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Data($0) }
    }
}

extension PasswordHasher {
    /// `BAEDAL_SCRYPT_LOG2N` lowers or raises scrypt's cost for new hashes (4...20, default 15):
    /// slow machines and test suites that create many accounts turn it down. Existing hashes
    /// keep the cost they were made with, since it is stored inside them.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PasswordHasher {
        guard let text = environment["BAEDAL_SCRYPT_LOG2N"], let log2n = Int(text), (4...20).contains(log2n) else {
            return PasswordHasher()
        }
        return PasswordHasher(rounds: 1 << log2n, blockSize: log2n < 10 ? 1 : 8, parallelism: 1)
    }
}
