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
            try writePrivately(Data(text.utf8), to: path)
        } catch let error as HostKeyError {
            throw error
        } catch {
            throw .unwritable(path, "\(error)")
        }
        return (key, true)
    }

    /// Writes `data` to a new file at `path` that only this user can read, from the moment it
    /// exists: open(2) creates it 0600 (a umask can only take bits away). FileManager's
    /// `createFile(attributes:)` would not do: on Linux it creates the file with the umask's
    /// mode (0644) and sets the permissions only afterwards. The secret goes into a temporary
    /// name and is renamed into place once complete, so a crash never leaves half a key.
    static func writePrivately(_ data: Data, to path: String) throws(HostKeyError) {
        let temporary = path + ".\(getpid()).new"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .unwritable(path, String(cString: strerror(errno))) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    guard errno == EINTR else {
                        failure = errno
                        return
                    }
                    continue
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw .unwritable(path, String(cString: strerror(failure)))
        }
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
