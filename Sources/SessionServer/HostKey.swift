import Crypto
import Foundation
import NIOSSH

/// The server's Ed25519 host key: made on first start, kept in a file only the server's user
/// can read (0600), and offered again after every restart, so a client that trusted it once
/// is not told the host changed.
///
/// The file holds the 32-byte private seed in base64 under a one-line header; it is not an
/// OpenSSH key file because nothing but this server ever reads it.
public struct HostKey: Sendable {
    /// The 32-byte seed; the key is rebuilt from it (swift-crypto's key type is not Sendable).
    private let seed: Data
    public var privateKey: Curve25519.Signing.PrivateKey { try! Curve25519.Signing.PrivateKey(rawRepresentation: seed) }

    static let header = "baedal ed25519 host key v1"

    /// The key in the form swift-nio-ssh offers to clients.
    public var sshKey: NIOSSHPrivateKey { NIOSSHPrivateKey(ed25519Key: privateKey) }

    /// The public key as a line of `authorized_keys`/`known_hosts`: `ssh-ed25519 AAAA…`.
    public var openSSHPublicKey: String { String(openSSHPublicKey: sshKey.publicKey) }

    /// The fingerprint OpenSSH prints (`ssh-keygen -lf`, and on first connection):
    /// `SHA256:` and the unpadded base64 of the SHA-256 of the public key's wire form.
    public var fingerprint: String {
        var blob = Data()
        Self.appendSSHString(Data("ssh-ed25519".utf8), to: &blob)
        Self.appendSSHString(privateKey.publicKey.rawRepresentation, to: &blob)
        let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        self.seed = privateKey.rawRepresentation
    }

    /// Reads the key at `path`, or makes one and writes it there (0600) when there is none.
    /// Returns the key and whether it was made now.
    public static func loadOrCreate(at path: String) throws(HostKeyError) -> (key: HostKey, created: Bool) {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path) {
            return (try load(url), false)
        }
        let key = HostKey(privateKey: Curve25519.Signing.PrivateKey())
        let text = header + "\n" + key.privateKey.rawRepresentation.base64EncodedString() + "\n"
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Created 0600 from the start: the secret never sits in a file others may read.
            guard
                FileManager.default.createFile(
                    atPath: path, contents: Data(text.utf8),
                    attributes: [.posixPermissions: 0o600])
            else {
                throw HostKeyError.unwritable(path, "the file could not be created")
            }
        } catch let error as HostKeyError {
            throw error
        } catch {
            throw .unwritable(path, "\(error)")
        }
        return (key, true)
    }

    private static func load(_ url: URL) throws(HostKeyError) -> HostKey {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(url.path, "\(error)")
        }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count >= 2, lines[0] == header, let seed = Data(base64Encoded: lines[1]),
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        else {
            throw .unreadable(url.path, "it is not a baedal host key file")
        }
        return HostKey(privateKey: key)
    }

    private static func appendSSHString(_ bytes: Data, to blob: inout Data) {
        var length = UInt32(bytes.count).bigEndian
        withUnsafeBytes(of: &length) { blob.append(contentsOf: $0) }
        blob.append(bytes)
    }
}

/// Why the host key could not be read or made.
public enum HostKeyError: Error, CustomStringConvertible, Equatable {
    case unreadable(String, String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let why):
            return "Cannot read the host key \(path): \(why). Restore the file, or move it away to make a new key "
                + "(clients that trusted the old one will then warn that the host changed)."
        case .unwritable(let path, let why):
            return "Cannot write the host key \(path): \(why). Choose a writable place with --host-key PATH."
        }
    }
}
