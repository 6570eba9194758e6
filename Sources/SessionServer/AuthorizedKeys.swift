import Crypto
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
///
/// Registering goes through ``add(_:for:)``, which writes nothing unless the line is one key
/// swift-nio-ssh can check, and strips control characters from its comment: a comment is shown
/// on screens and printed by `baedal keys list`, and a line break in it would add a line for
/// another account.
public final class AuthorizedKeys: Sendable {
    public let path: String
    private struct Cache {
        var stamp: FileStamp?
        var loaded = false
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

    /// The keys `account` registered, each as its type, fingerprint and comment.
    public func registered(for account: String) -> [AuthorizedKey] {
        keys(of: account).compactMap(AuthorizedKey.init(line:))
    }

    /// Registers `keyLine` (one OpenSSH public key line) for `account` and returns it as
    /// registered. Nothing is written when the line is not one key swift-nio-ssh can check,
    /// or when the account has it already.
    @discardableResult
    public func add(_ keyLine: String, for account: String) throws(AuthorizedKeysError) -> AuthorizedKey {
        let key = try AuthorizedKey.parse(keyLine)
        guard !account.isEmpty, !account.contains(where: { $0.unicodeScalars.contains(where: Self.isControl) }) else {
            throw .badName(account)
        }
        if registered(for: account).contains(where: { $0.fingerprint == key.fingerprint }) {
            throw .alreadyRegistered(key.fingerprint)
        }
        let entry = "\(account)\t\(key.line)\n"
        do {
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw AuthorizedKeysError.unwritable(path, "the file could not be created")
                }
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(entry.utf8))
        } catch let error as AuthorizedKeysError {
            throw error
        } catch {
            throw .unwritable(path, "\(error)")
        }
        invalidate()
        return key
    }

    /// Removes `account`'s key with this fingerprint (`SHA256:…`, as ``registered(for:)``
    /// gives it). Every other line of the file, an operator's own included, is kept as it was.
    /// The file is replaced whole (a new 0600 file renamed over it), so a reader never sees
    /// half of it.
    public func remove(fingerprint: String, for account: String) throws(AuthorizedKeysError) {
        let name = Self.canonical(account)
        let wanted = fingerprint.trimmingCharacters(in: .whitespaces)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var removed = false
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, Self.canonical(String(parts[0])) == name,
                AuthorizedKey(line: String(parts[1]))?.fingerprint == wanted
            else { return true }
            removed = true
            return false
        }
        guard removed else { throw .notRegistered(wanted) }
        let temporary = path + ".tmp-\(UUID().uuidString)"
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(kept.joined(separator: "\n").utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw .unwritable(path, "a new copy could not be written beside it")
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .unwritable(path, String(cString: strerror(errno)))
        }
        invalidate()
    }

    private func entries() -> [(account: String, key: String)] {
        let stamp = FileStamp(path: path)
        return cache.withLockedValue { cache in
            if !cache.loaded || stamp != cache.stamp {
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                cache.entries = text.split(separator: "\n").compactMap { line in
                    let parts = line.split(separator: "\t", maxSplits: 1)
                    guard parts.count == 2 else { return nil }
                    return (String(parts[0]), String(parts[1]))
                }
                cache.stamp = stamp
                cache.loaded = true
            }
            return cache.entries
        }
    }

    /// Our own write may land within the file system's timestamp resolution: read it again.
    private func invalidate() {
        cache.withLockedValue { $0.loaded = false }
    }

    /// Names compare as the engine compares them: composed Hangul, any case.
    static func canonical(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The key's type and base64, without the comment.
    static func keyText(_ line: String) -> String {
        line.split(separator: " ").prefix(2).joined(separator: " ")
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}

/// One registered key as people are shown it: its type, its fingerprint and its comment.
/// The key itself is not secret, but a list of fingerprints is what `ssh-keygen -lf` and
/// GitHub show, and it is what a person compares.
public struct AuthorizedKey: Equatable, Sendable {
    /// `ssh-ed25519`, `ecdsa-sha2-nistp256`…
    public let type: String
    /// `SHA256:` and the unpadded base64 of the SHA-256 of the key's wire form, as OpenSSH prints it.
    public let fingerprint: String
    /// What the key's owner wrote after it (often `user@host`), control characters removed.
    public let comment: String
    /// The line as stored: type, base64 and comment.
    public let line: String

    /// The key types swift-nio-ssh checks signatures for.
    public static let supportedTypes = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"]

    /// A stored line, read without judging it (the file may hold an operator's edits).
    init?(line: String) {
        let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard fields.count >= 2, let blob = Data(base64Encoded: String(fields[1])) else { return nil }
        self.type = String(fields[0])
        self.fingerprint = Self.fingerprint(of: blob)
        self.comment = fields.count > 2 ? Self.cleaned(String(fields[2])) : ""
        self.line = line
    }

    /// Reads one pasted or read line as a key to register: exactly one key, of a type
    /// swift-nio-ssh can check, its comment cleaned of control characters.
    public static func parse(_ text: String) throws(AuthorizedKeysError) -> AuthorizedKey {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("PRIVATE KEY") { throw .privateKey }
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains("\n") else { throw .notAKey }
        let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 2, let blob = Data(base64Encoded: String(fields[1])), !blob.isEmpty else { throw .notAKey }
        let type = String(fields[0])
        // The blob names its own type first; a line whose two disagree is not a key.
        guard blob.count > 4, let named = Self.sshString(at: 0, in: blob), named == type else { throw .notAKey }
        guard supportedTypes.contains(type) else { throw .unsupported(type) }
        let comment = cleaned(fields.dropFirst(2).joined(separator: " "))
        let line = "\(type) \(fields[1])" + (comment.isEmpty ? "" : " \(comment)")
        do { _ = try NIOSSHPublicKey(openSSHPublicKey: line) } catch { throw .notAKey }
        guard let key = AuthorizedKey(line: line) else { throw .notAKey }
        return key
    }

    static func fingerprint(of blob: Data) -> String {
        "SHA256:" + Data(SHA256.hash(data: blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// Control characters (an escape sequence, a line break) become nothing, tabs a space.
    static func cleaned(_ comment: String) -> String {
        let scalars = comment.replacingOccurrences(of: "\t", with: " ").unicodeScalars.filter { !AuthorizedKeys.isControl($0) }
        return String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
    }

    /// The SSH wire string (a 4-byte big-endian length, then the bytes) at `offset`.
    static func sshString(at offset: Int, in blob: Data) -> String? {
        let bytes = [UInt8](blob)
        guard bytes.count >= offset + 4 else { return nil }
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        guard length > 0, length <= 64, bytes.count >= offset + 4 + length else { return nil }
        return String(bytes: bytes[(offset + 4)..<(offset + 4 + length)], encoding: .utf8)
    }
}

/// Enough of a file's `stat` to tell that it changed, even within one timestamp tick.
struct FileStamp: Equatable {
    var modified: Date?
    var size: Int?

    init(path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        modified = attributes?[.modificationDate] as? Date
        size = (attributes?[.size] as? NSNumber)?.intValue
    }
}

/// Why a key could not be registered or removed.
public enum AuthorizedKeysError: Error, CustomStringConvertible, Equatable {
    /// Says nothing of the file's content: it may be the private key.
    case notAKey
    /// The text holds a private key; it is not repeated anywhere.
    case privateKey
    /// A real key type swift-nio-ssh cannot check signatures for (RSA, DSA, security keys).
    case unsupported(String)
    case alreadyRegistered(String)
    case notRegistered(String)
    case badName(String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .notAKey:
            return "That is not an OpenSSH public key. Give the .pub file (e.g. ~/.ssh/id_ed25519.pub), not the private key."
        case .privateKey:
            return
                "That is a private key: keep it to yourself. Give the .pub file beside it (e.g. ~/.ssh/id_ed25519.pub)."
        case .unsupported(let type):
            return
                "\(type) keys are not supported; use ssh-ed25519 or ecdsa-sha2-nistp256/384/521 (make one with `ssh-keygen -t ed25519`)."
        case .alreadyRegistered(let fingerprint):
            return "This key (\(fingerprint)) is registered already; nothing changed."
        case .notRegistered(let fingerprint):
            return "No key with the fingerprint \(fingerprint) is registered for this account; `baedal keys list NAME` shows them."
        case .badName(let name):
            return "\"\(name)\" cannot be an account name."
        case .unwritable(let path, let why):
            return "Cannot write the keys file \(path): \(why)."
        }
    }
}
