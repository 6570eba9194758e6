import Crypto
import Foundation
import TestScratch
import Testing
@testable import SessionServer

/// The keys file `baedal keys` and the session's keys page write, and `baedal serve` reads.
@Suite("Authorized keys")
struct AuthorizedKeysTests {
    let folder = TestScratch.url("baedal-keys")
    var path: String { folder.appendingPathComponent("db.sqlite.ssh-authorized-keys").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A real ed25519 key line from a fixed seed, with its fingerprint as OpenSSH prints it.
    static func key(_ seed: UInt8, comment: String = "") throws -> (line: String, fingerprint: String) {
        let host = HostKey(privateKey: try Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: seed, count: 32)))
        return (host.openSSHPublicKey + (comment.isEmpty ? "" : " " + comment), host.fingerprint)
    }

    var fileText: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    @Test func addedKeysAreListedByTypeFingerprintAndComment() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = AuthorizedKeys(path: path)
        let laptop = try Self.key(1, comment: "minsu@laptop")
        let added = try keys.add(laptop.line + "\n", for: "김민수")
        #expect(added.fingerprint == laptop.fingerprint)
        #expect(keys.registered(for: "김민수") == [added])
        #expect(added.type == "ssh-ed25519" && added.comment == "minsu@laptop")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func aDuplicateIsRefusedAndNothingIsWritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = AuthorizedKeys(path: path)
        let laptop = try Self.key(1, comment: "one")
        try keys.add(laptop.line, for: "김민수")
        let before = fileText
        // The same key under another comment is the same key.
        #expect(throws: AuthorizedKeysError.alreadyRegistered(laptop.fingerprint)) {
            try keys.add(try Self.key(1, comment: "two").line, for: "김민수")
        }
        #expect(fileText == before)
    }

    @Test func malformedUnsupportedAndPrivateTextIsRefusedAndNothingIsWritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = AuthorizedKeys(path: path)
        var rsaBlob = Data([0, 0, 0, 7])
        rsaBlob += Data("ssh-rsa".utf8) + Data(repeating: 1, count: 40)
        let refusals: [(String, AuthorizedKeysError)] = [
            ("", .notAKey),
            ("hello there", .notAKey),
            ("ssh-ed25519 not-base64!", .notAKey),
            ("ssh-ed25519 " + rsaBlob.base64EncodedString(), .notAKey),  // the blob says ssh-rsa
            ("ssh-rsa " + rsaBlob.base64EncodedString() + " old@box", .unsupported("ssh-rsa")),
            ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----", .privateKey),
            (try Self.key(1).line + "\n" + Self.key(2).line, .notAKey),
        ]
        for (text, error) in refusals {
            #expect(throws: error, "\(text)") { try keys.add(text, for: "김민수") }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(AuthorizedKeysError.privateKey.description.contains("private key"))
        #expect(!AuthorizedKeysError.privateKey.description.contains("b3BlbnNzaC1"))
    }

    /// An escape sequence or a line break in a comment never reaches the file, so it can
    /// neither paint a terminal that lists the keys nor add a line for another account.
    @Test func aHostileCommentIsCleanedBeforeItIsKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = AuthorizedKeys(path: path)
        let key = try Self.key(3)
        let added = try keys.add(key.line + " \u{1B}[2J\u{1B}]0;owned\u{07}me\rroot\tx", for: "김민수")
        #expect(added.comment == "[2J]0;ownedmeroot x")
        #expect(!fileText.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D })
        #expect(fileText.split(separator: "\n").count == 1)
        #expect(keys.registered(for: "root").isEmpty)
    }

    @Test func removeTakesOnlyThatAccountsKeyAndKeepsEveryOtherLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = AuthorizedKeys(path: path)
        let shared = try Self.key(4, comment: "shared")
        let other = try Self.key(5, comment: "other")
        try keys.add(shared.line, for: "김민수")
        try keys.add(other.line, for: "김민수")
        try keys.add(shared.line, for: "박사장")
        // An operator's own note survives the rewrite.
        try (fileText + "# kept by the operator\n").write(toFile: path, atomically: false, encoding: .utf8)

        try keys.remove(fingerprint: shared.fingerprint, for: "김민수")
        #expect(keys.registered(for: "김민수").map(\.fingerprint) == [other.fingerprint])
        #expect(keys.registered(for: "박사장").map(\.fingerprint) == [shared.fingerprint])
        #expect(fileText.contains("# kept by the operator"))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        #expect(throws: AuthorizedKeysError.notRegistered(shared.fingerprint)) {
            try keys.remove(fingerprint: shared.fingerprint, for: "김민수")
        }
    }

    /// The server's check follows the file: a removed key no longer signs in.
    @Test func aRemovedKeyNoLongerSignsIn() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = AuthorizedKeys(path: path)
        let host = HostKey(privateKey: try Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 6, count: 32)))
        let added = try keys.add(host.openSSHPublicKey, for: "김민수")
        #expect(keys.allows("김민수", host.sshKey.publicKey))
        try keys.remove(fingerprint: added.fingerprint, for: "김민수")
        #expect(!keys.allows("김민수", host.sshKey.publicKey))
    }
}
