import Foundation
import NIOConcurrencyHelpers
import NIOSSH

/// The public keys accounts registered for signing in over SSH, kept in a file beside the
/// database (0600, like the database): one line per key, `account name`, a tab, and the key as
/// OpenSSH writes it (`ssh-ed25519 AAAA… comment`).
///
/// A file of its own rather than a table: the keys are the server's business, not an event in
/// any order's or account's history, and an operator can read and edit them. The file is read
/// again whenever it changes, so a key added while the server runs works at once.
public final class AuthorizedKeys: Sendable {
    public let path: String
    private struct Cache {
        var modified: Date?
        var entries: [(account: String, key: String)] = []
    }
    private let cache = NIOLockedValueBox(Cache())

    public init(path: String) { self.path = path }

    /// Whether `account` registered `key`. swift-nio-ssh has already checked the client's
    /// signature, so a match proves the client holds the private key.
    public func allows(_ account: String, _ key: NIOSSHPublicKey) -> Bool {
        let wanted = Self.keyText(String(openSSHPublicKey: key))
        let name = Self.canonical(account)
        return entries().contains { Self.canonical($0.account) == name && Self.keyText($0.key) == wanted }
    }

    /// The keys `account` registered, as OpenSSH writes them.
    public func keys(of account: String) -> [String] {
        let name = Self.canonical(account)
        return entries().filter { Self.canonical($0.account) == name }.map(\.key)
    }

    /// Registers `keyLine` (an OpenSSH public key line) for `account`. Nothing is written when
    /// the line is not a key swift-nio-ssh can check.
    public func add(_ keyLine: String, for account: String) throws(AuthorizedKeysError) {
        let line = keyLine.trimmingCharacters(in: .whitespacesAndNewlines)
        do { _ = try NIOSSHPublicKey(openSSHPublicKey: line) } catch {
            throw .notAKey
        }
        guard !account.contains("\t"), !account.contains("\n") else { throw .badName(account) }
        if keys(of: account).contains(where: { Self.keyText($0) == Self.keyText(line) }) { return }
        let entry = "\(account)\t\(line)\n"
        let url = URL(fileURLWithPath: path)
        do {
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw AuthorizedKeysError.unwritable(path, "the file could not be created")
                }
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(entry.utf8))
        } catch let error as AuthorizedKeysError {
            throw error
        } catch {
            throw .unwritable(path, "\(error)")
        }
    }

    private func entries() -> [(account: String, key: String)] {
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        return cache.withLockedValue { cache in
            if modified != cache.modified {
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                cache.entries = text.split(separator: "\n").compactMap { line in
                    let parts = line.split(separator: "\t", maxSplits: 1)
                    guard parts.count == 2 else { return nil }
                    return (String(parts[0]), String(parts[1]))
                }
                cache.modified = modified
            }
            return cache.entries
        }
    }

    /// Names compare as the engine compares them: composed Hangul, any case.
    static func canonical(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The key's type and base64, without the comment.
    static func keyText(_ line: String) -> String {
        line.split(separator: " ").prefix(2).joined(separator: " ")
    }
}

/// Why a key could not be registered.
public enum AuthorizedKeysError: Error, CustomStringConvertible, Equatable {
    /// Says nothing of the file's content: it may be the private key.
    case notAKey
    case badName(String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .notAKey:
            return "That is not an OpenSSH public key. Give the .pub file (e.g. ~/.ssh/id_ed25519.pub), not the private key."
        case .badName(let name):
            return "\"\(name)\" cannot be an account name."
        case .unwritable(let path, let why):
            return "Cannot write the keys file \(path): \(why)."
        }
    }
}
