import Foundation
import TestScratch
import Testing
@testable import SessionServer

#if canImport(Glibc)
    import Glibc
#endif

/// Every child baedal starts goes through ``ChildLaunch``: these pin what each one may rely on.
/// The children are `/bin/sh` one-liners that end by themselves.
@Suite("Starting a child process")
struct ChildLaunchTests {
    /// A folder of this test's own, removed at the end.
    private let folder: URL

    init() throws {
        folder = TestScratch.url("baedal-child")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func remove() { try? FileManager.default.removeItem(at: folder) }

    @Test func theChildGetsItsArgumentsAndEnvironmentAndReportsItsExitStatus() throws {
        defer { remove() }
        let output = folder.appendingPathComponent("out").path
        let launch = ChildLaunch(
            executable: "/bin/sh", arguments: ["-c", "echo \"$1 $GREETING\"; exit 7", "sh", "배달"],
            environment: ["GREETING": "안녕하세요"],
            descriptors: .files(input: "/dev/null", output: output, error: folder.appendingPathComponent("err").path))
        let pid = try launch.start()
        #expect(ChildLaunch.waitForExit(of: pid) == 7)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "배달 안녕하세요\n")
    }

    @Test func outputAndErrorGoToFilesOnlyThisUserCanRead() throws {
        defer { remove() }
        let output = folder.appendingPathComponent("out").path
        let errors = folder.appendingPathComponent("err").path
        try "left from before, and longer than what the child writes\n".write(toFile: output, atomically: true, encoding: .utf8)
        let pid = try ChildLaunch(
            executable: "/bin/sh", arguments: ["-c", "echo out; echo err >&2"],
            descriptors: .files(input: "/dev/null", output: output, error: errors)
        ).start()
        #expect(ChildLaunch.waitForExit(of: pid) == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "out\n")  // emptied first
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == "err\n")
        let mode = try FileManager.default.attributesOfItem(atPath: errors)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// The launcher ignores Ctrl-C while the demo runs, and servers ignore SIGPIPE: a child that
    /// inherited either could not be interrupted, or would not stop on a closed pipe.
    @Test func theChildStartsWithNoSignalIgnoredOrBlocked() throws {
        defer { remove() }
        let output = folder.appendingPathComponent("status").path
        let (pipe, interrupt) = (signal(SIGPIPE, SIG_IGN), signal(SIGINT, SIG_IGN))
        defer {
            signal(SIGPIPE, pipe)
            signal(SIGINT, interrupt)
        }
        let pid = try ChildLaunch(
            executable: "/bin/cat", arguments: ["/proc/self/status"],
            descriptors: .files(input: "/dev/null", output: output, error: "/dev/null")
        ).start()
        #expect(ChildLaunch.waitForExit(of: pid) == 0)
        // Masks of signals 1–64, bit n-1 for signal n. glibc keeps its own two (32 and 33) for
        // threads; the standard signals, 1–31, are the ones a program handles.
        let status = try String(contentsOfFile: output, encoding: .utf8)
        func mask(_ name: String) -> UInt64? {
            let line = status.split(separator: "\n").first { $0.hasPrefix("\(name):") }
            return line.flatMap { UInt64($0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces), radix: 16) }
        }
        let standardSignals: UInt64 = 1 << 31 - 1
        let (ignored, blocked) = (try #require(mask("SigIgn")), try #require(mask("SigBlk")))
        #expect(ignored & standardSignals == 0)
        #expect(blocked & standardSignals == 0)
    }

    @Test func noDescriptorOfThisProcessReachesTheChild() throws {
        defer { remove() }
        let secret = folder.appendingPathComponent("database").path
        try Data("rows".utf8).write(to: URL(fileURLWithPath: secret))
        let descriptor = open(secret, O_RDONLY)  // without O_CLOEXEC, as a careless library would
        try #require(descriptor > 2)
        defer { close(descriptor) }
        let pid = try ChildLaunch(
            executable: "/bin/sh", arguments: ["-c", "test ! -e /proc/$$/fd/\(descriptor)"],
            descriptors: .files(input: "/dev/null", output: "/dev/null", error: "/dev/null")
        ).start()
        #expect(ChildLaunch.waitForExit(of: pid) == 0)
    }

    @Test(arguments: [ChildLaunch.Grouping.sameGroup, .newGroup, .newSession])
    func theChildIsInTheGroupAndSessionAsked(_ grouping: ChildLaunch.Grouping) throws {
        defer { remove() }
        let output = folder.appendingPathComponent("stat").path
        let pid = try ChildLaunch(
            executable: "/bin/cat", arguments: ["/proc/self/stat"],
            descriptors: .files(input: "/dev/null", output: output, error: "/dev/null"), grouping: grouping
        ).start()
        #expect(ChildLaunch.waitForExit(of: pid) == 0)
        // /proc/PID/stat: "pid (comm) state ppid pgrp session …"; `cat` has no spaces in its name.
        let fields = try String(contentsOfFile: output, encoding: .utf8).split(separator: " ")
        let (group, session) = (pid_t(fields[4]), pid_t(fields[5]))
        switch grouping {
        case .sameGroup:
            #expect(group == getpgrp())
            #expect(session == getsid(0))
        case .newGroup:
            #expect(group == pid)
            #expect(session == getsid(0))
        case .newSession:
            #expect(group == pid)
            #expect(session == pid)
        }
    }

    @Test func aProgramThatCannotStartIsNamedWithTheReason() {
        defer { remove() }
        let missing = folder.appendingPathComponent("no-such-program").path
        #expect(throws: ChildLaunchFailure(executable: missing, code: ENOENT)) {
            try ChildLaunch(executable: missing, arguments: []).start()
        }
        #expect(
            ChildLaunchFailure(executable: missing, code: ENOENT).description
                == "Could not start \(missing): No such file or directory.")
    }
}
