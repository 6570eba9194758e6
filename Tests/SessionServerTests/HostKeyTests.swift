import Crypto
import Foundation
import TestScratch
import Testing
@testable import SessionServer

@Suite("Host key")
struct HostKeyTests {
    let folder = TestScratch.url("baedal-hostkey")

    @Test func madeOnceThenReadBackUnchanged() throws {
        let path = folder.appendingPathComponent("db.sqlite.ssh-host-key").path
        defer { try? FileManager.default.removeItem(at: folder) }
        let (made, created) = try HostKey.loadOrCreate(at: path)
        #expect(created)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let (again, createdAgain) = try HostKey.loadOrCreate(at: path)
        #expect(!createdAgain)
        #expect(again.fingerprint == made.fingerprint)
        #expect(again.openSSHPublicKey == made.openSSHPublicKey)
    }

    /// The form OpenSSH prints; ServeEndToEndTests compares the value with `ssh-keygen -lf`.
    @Test func fingerprintHasOpenSSHsForm() throws {
        let seed = Data((0..<32).map { UInt8($0) })
        let key = HostKey(privateKey: try Curve25519.Signing.PrivateKey(rawRepresentation: seed))
        #expect(key.fingerprint.hasPrefix("SHA256:"))
        #expect(!key.fingerprint.contains("="))
        #expect(key.openSSHPublicKey.hasPrefix("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"))
    }

    @Test func aDamagedFileIsAnErrorThatSaysWhatToDo() throws {
        let path = folder.appendingPathComponent("bad-key").path
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "not a key".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: HostKeyError.self) { try HostKey.loadOrCreate(at: path) }
        do {
            _ = try HostKey.loadOrCreate(at: path)
        } catch {
            #expect(error.description.contains("move it away"))
        }
    }
}
