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

    /// Made 0600, never 0644 first and narrowed after: the directory sees the file created and
    /// written, but no change of its permissions. (The final mode is 0600, so it was born so.)
    @Test func theKeyFileIsNeverReadableByOthersNotEvenWhileItIsMade() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let watch = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #expect(watch >= 0)
        defer { close(watch) }
        #expect(inotify_add_watch(watch, folder.path, UInt32(IN_CREATE | IN_ATTRIB)) >= 0)
        let path = folder.appendingPathComponent("watched-key").path
        _ = try HostKey.loadOrCreate(at: path)
        // inotify queues each event as its system call returns: all of them are here now.
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let length = read(watch, &buffer, buffer.count)
        #expect(length > 0)
        var masks: [UInt32] = []
        var offset = 0
        while offset + 16 <= length {
            // struct inotify_event: wd (4), mask (4), cookie (4), len (4), then the name.
            let mask = buffer[(offset + 4)..<(offset + 8)].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let nameLength = buffer[(offset + 12)..<(offset + 16)].reversed().reduce(0) { $0 << 8 | Int($1) }
            masks.append(mask)
            offset += 16 + nameLength
        }
        #expect(masks.contains { $0 & UInt32(IN_CREATE) != 0 })
        #expect(!masks.contains { $0 & UInt32(IN_ATTRIB) != 0 }, "the permissions were changed after the file was made")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
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
