import Foundation
@testable import TerminalUI

/// A key registry in memory, for screen tests: it checks a line's shape and type as the real
/// one does (the real one, over the keys file, is tested in SessionServerTests), and gives a
/// stand-in fingerprint made from the key's text.
final class InMemoryKeyRegistry: KeyRegistry, @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [(account: String, key: SSHKey)] = []
    /// Every request that reached the registry, to show what never did.
    private var registered: [String] = []
    var registrations: [String] { lock.withLock { registered } }

    init(_ keys: [(String, SSHKey)] = []) {
        kept = keys.map { (account: $0.0, key: $0.1) }
    }

    func keys(of account: String) throws(KeyRegistryError) -> [SSHKey] {
        lock.withLock { kept.filter { $0.account == account }.map(\.key) }
    }

    func register(_ line: String, for account: String) throws(KeyRegistryError) -> SSHKey {
        let key = try Self.parse(line)
        lock.lock()
        defer { lock.unlock() }
        registered.append(line)
        if kept.contains(where: { $0.account == account && $0.key.fingerprint == key.fingerprint }) {
            throw .alreadyRegistered(fingerprint: key.fingerprint)
        }
        kept.append((account, key))
        return key
    }

    func remove(fingerprint: String, for account: String) throws(KeyRegistryError) {
        lock.lock()
        defer { lock.unlock() }
        guard let index = kept.firstIndex(where: { $0.account == account && $0.key.fingerprint == fingerprint }) else {
            throw .notRegistered(fingerprint: fingerprint)
        }
        kept.remove(at: index)
    }

    static func parse(_ line: String) throws(KeyRegistryError) -> SSHKey {
        let fields = line.split(separator: " ", maxSplits: 2)
        guard fields.count >= 2, Data(base64Encoded: String(fields[1])) != nil else { throw .notAKey }
        guard ["ssh-ed25519", "ecdsa-sha2-nistp256"].contains(fields[0]) else { throw .unsupported(type: String(fields[0])) }
        return SSHKey(
            type: String(fields[0]), fingerprint: fingerprint(String(fields[1])),
            comment: fields.count > 2 ? String(fields[2]) : "")
    }

    static func fingerprint(_ base64: String) -> String { "SHA256:" + base64.suffix(20) }
}
