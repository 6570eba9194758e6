import Foundation
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// `baedal serve` with the real OpenSSH client on loopback, under tmux.
@Suite(
    "baedal serve over SSH", .serialized,
    .enabled(if: ServeHarness.isAvailable, "tmux or the OpenSSH client is not installed; skipping the SSH tests"))
struct ServeEndToEndTests {
    @Test func passwordSignInShowsTheStoresAndResizes() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        #expect(server.serverStdout.contains("Host key fingerprint: ED25519 SHA256:"))

        try server.connect("customer", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("customer", "the store list, signed in as 김민수") { screen in
            screen.contains("김민수 (고객)") && screen.contains("24시김밥")
        }
        try tmux.resize("customer", width: 120, height: 40)
        try tmux.waitFor("customer", "the wider layout") { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.count > 100 && $0.contains("╮") }
        }
        try tmux.resize("customer", width: 70, height: 20)
        try tmux.waitFor("customer", toShow: "창이 너무 작아요: 70×20")
        try tmux.resize("customer", width: 100, height: 30)
        try tmux.waitFor("customer", toShow: "24시김밥")

        try tmux.press("customer", "q")
        try tmux.waitFor("customer", "ssh to end when the session quits") { _ in (try? tmux.isDead("customer")) == true }
        try server.waitUntil("the connection's log line") {
            server.serverLog.contains("127.0.0.1: 김민수,") && server.serverLog.contains("signed out") ? true : nil
        }
        #expect(!server.serverLog.contains("minsu-1234"))
    }

    @Test func anOrderOverOneConnectionArrivesLiveAtTheOwnersConnection() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        try server.connect("owner", user: "최사장", password: "owner-12345")
        try server.connect("customer", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("owner", toShow: "새 주문을 기다리는 중")
        try tmux.waitFor("customer", toShow: "24시김밥")
        try tmux.fillCheckoutWithTestCard("customer")
        try tmux.waitFor("customer", toShow: "**** **** **** 4242")
        try tmux.press("customer", "Enter")
        try tmux.waitFor("customer", toShow: "가게 확인을 기다리는 중")
        try tmux.waitFor("owner", toShow: "원조김밥 ×2")
    }

    @Test func noColorFromTheClientTurnsColoursOff() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        try server.connect("plain", user: "김민수", password: "minsu-1234", options: ["-o", "SetEnv=NO_COLOR=1"])
        try server.connect("coloured", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("plain", toShow: "24시김밥")
        try tmux.waitFor("coloured", toShow: "24시김밥")
        // Foreground colours are SGR 30-37, 90-97 or 38;…; capture-pane -e keeps them.
        func hasColour(_ window: String) throws -> Bool {
            let screen = try tmux.tmux(["capture-pane", "-e", "-p", "-t", window])
            return screen.range(of: "\u{1B}\\[[0-9;]*(3[0-8]|9[0-7])[;m]", options: .regularExpression) != nil
        }
        #expect(try hasColour("coloured"))
        #expect(try !hasColour("plain"))
    }

    /// The client's BAEDAL_LANG (sent like NO_COLOR) words that session's screens; another
    /// session of the same server stays Korean.
    @Test func baedalLangFromTheClientDrawsThatSessionInEnglish() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        try server.connect("english", user: "김민수", password: "minsu-1234", options: ["-o", "SetEnv=BAEDAL_LANG=en"])
        try server.connect("korean", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("english", toShow: "김민수 (Customer) · Stores")
        try tmux.waitFor("korean", toShow: "김민수 (고객) · 가게")
    }

    @Test func aWrongPasswordIsRefused() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        let result = try server.runSSH(user: "김민수", password: "not-her-password", ["-tt"])
        #expect(result.status == 255)
        #expect(result.text.contains("Permission denied"))
        // The server or the client may close first: "3 wrong passwords" or "3 wrong password(s)".
        try server.waitUntil("the refusal in the log") { server.serverLog.contains("3 wrong password") ? true : nil }
        #expect(!server.serverLog.contains("not-her-password"))
        #expect(server.sessionProcesses().isEmpty)
    }

    /// Wrong passwords from one address slow that address: the owner connecting from another
    /// (127.0.0.2 and 127.0.0.1 are both this machine's loopback) signs in at once, while the
    /// guesser's own next try waits.
    @Test func aGuesserAtOneAddressDoesNotKeepTheOwnerOut() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        let guess = try server.runSSH(user: "김민수", password: "not-her-password", ["-oBindAddress=127.0.0.2", "-tt"])
        #expect(guess.status == 255)
        try server.waitUntil("the guesser's refusal in the log") {
            server.serverLog.contains("127.0.0.2: ") && server.serverLog.contains("3 wrong password") ? true : nil
        }
        // Within the guesser's 1 s back-off: the account as a whole would refuse this one.
        try server.connect("owner", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("owner", "the owner's store list") { screen in screen.contains("김민수 (고객)") && screen.contains("24시김밥") }
    }

    @Test func aCommandRunsNothing() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        let command = try server.runSSH(user: "김민수", password: "minsu-1234", ["cat", "/etc/passwd"])
        #expect(command.status != 0)
        #expect(!command.text.contains("root:"))
        let subsystem = try server.runSSH(user: "김민수", password: "minsu-1234", ["-s", "sftp"])
        #expect(subsystem.status != 0)
        // Without a terminal there is no screen to serve either.
        let noTerminal = try server.runSSH(user: "김민수", password: "minsu-1234", ["-T"])
        #expect(noTerminal.status != 0)
        #expect(server.sessionProcesses().isEmpty)
    }

    @Test func theHostKeyIsTheSameAfterARestart() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        let first = try server.scannedHostKey()
        let fingerprint = server.serverStdout.split(separator: "\n").first { $0.contains("fingerprint") }
        let keyFile = tmux.databasePath + ".ssh-host-key"
        let attributes = try FileManager.default.attributesOfItem(atPath: keyFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let database = try FileManager.default.attributesOfItem(atPath: tmux.databasePath)
        #expect((database[.posixPermissions] as? Int) == 0o600)
        server.stop()
        try server.start()
        #expect(try server.scannedHostKey() == first)
        #expect(server.serverStdout.split(separator: "\n").first { $0.contains("fingerprint") } == fingerprint)
        // The printed fingerprint is the one OpenSSH computes.
        let scanned = try SessionTmux.run(
            "/bin/sh", ["-c", "ssh-keyscan -t ed25519 -p \(server.port) 127.0.0.1 2>/dev/null | ssh-keygen -lf -"])
        let printed = fingerprint.map { String($0.split(separator: " ").last ?? "") } ?? "?"
        #expect(scanned.text.contains(printed))
    }

    @Test func pastTheCapAClientIsToldTheServerIsBusy() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start(["--max-sessions", "1"])
        try server.connect("first", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("first", toShow: "24시김밥")
        let second = try server.runSSH(user: "최사장", password: "owner-12345", ["-tt"])
        #expect(second.text.contains("busy"))
        #expect(second.status != 0)
        try tmux.waitFor("first", toShow: "24시김밥")  // the first session is untouched
    }

    @Test func aDroppedConnectionLeavesNothingBehind() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        // The first session warms the engine; the second must then leave the server with exactly
        // the descriptors it had, the database's own files aside (see `sessionDescriptors`).
        var descriptorsBefore: [String] = []
        for round in 1...2 {
            try server.connect("customer\(round)", user: "김민수", password: "minsu-1234")
            try tmux.waitFor("customer\(round)", toShow: "24시김밥")
            #expect(server.sessionProcesses().isEmpty, "sessions are drawn by the server itself")
            #expect(server.openDescriptors() > descriptorsBefore.count)
            // Kill the client outright: no goodbye reaches the server, only the closed socket.
            kill(try tmux.pid("customer\(round)"), SIGKILL)
            try server.waitUntil("the connection's log line") {
                server.serverLog.components(separatedBy: "김민수,").count > round ? true : nil
            }
            if round == 1 {
                descriptorsBefore = server.sessionDescriptors()
            } else {
                do {
                    try server.waitUntil("the server to hold what it held before the session") {
                        server.sessionDescriptors() == descriptorsBefore ? true : nil
                    }
                } catch {
                    let now = server.sessionDescriptors()
                    Issue.record("before: \(descriptorsBefore)\nnow: \(now)")
                    throw error
                }
            }
        }
    }

    @Test func aDroppedConnectionLeavesNoProcessBehindWithAProcessPerSession() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start(["--process-per-session"])
        try server.connect("customer", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("customer", toShow: "24시김밥")
        #expect(server.sessionProcesses().count == 1)
        // Kill the client outright: no goodbye reaches the server, only the closed socket.
        kill(try tmux.pid("customer"), SIGKILL)
        try server.waitUntil("the session's process to be gone") { server.sessionProcesses().isEmpty ? true : nil }
        try server.waitUntil("the connection's log line") { server.serverLog.contains("김민수,") ? true : nil }
    }

    /// The sample accounts' passwords are in the repository: a visitor loading them into a
    /// live server's empty database could sign in as their owners. In both hosting modes the
    /// launcher over ssh refuses, and no store appears.
    @Test(arguments: [[], ["--process-per-session"]])
    func aVisitorCannotLoadTheSampleStores(mode: [String]) throws {
        let tmux = try SessionTmux()
        try tmux.seed(#"signup customer 손님 password "guest-12345""#)
        let server = try ServeHarness(tmux: tmux)
        try server.start(mode)
        try server.connect("newcomer", user: "new", password: "anything")
        try tmux.waitFor("newcomer", toShow: "샘플 가게 불러오기")
        try tmux.press("newcomer", "Enter")
        try tmux.waitFor("newcomer", toShow: "ssh로는 예시 가게를 불러올 수 없어요")
        // Still no store: the launcher, which counts them again after every attempt, still offers them.
        #expect(try tmux.capture("newcomer").contains("샘플 가게 불러오기"))
    }

    @Test func aNewcomerGetsTheLauncherAndSIGTERMDrains() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start()
        try server.connect("newcomer", user: "new", password: "anything")
        try tmux.waitFor("newcomer", toShow: "배달 baedal · 시작")
        server.stop()
        try tmux.waitFor("newcomer", toShow: "The server is stopping")
        #expect(server.sessionProcesses().isEmpty)
    }
}

/// The limits that take a short setting to see in a test.
@Suite(
    "baedal serve's limits", .serialized,
    .enabled(if: ServeHarness.isAvailable, "tmux or the OpenSSH client is not installed; skipping the SSH tests"))
struct ServeLimitsEndToEndTests {
    @Test func anIdleSessionIsSignedOutPolitely() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start(["--idle-minutes", "0.05"])  // 3 s
        try server.connect("customer", user: "김민수", password: "minsu-1234")
        try tmux.waitFor("customer", toShow: "24시김밥")
        try tmux.waitFor("customer", toShow: "Signed out after", timeout: .seconds(20))
        try server.waitUntil("the idle reason in the log") { server.serverLog.contains("ended: idle") ? true : nil }
        #expect(server.sessionProcesses().isEmpty)
    }

    @Test func anAddressOpeningTooManyConnectionsIsRefused() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start(["--connections-per-minute", "2"])
        for _ in 0..<2 { _ = try server.runSSH(user: "김민수", password: "minsu-1234", ["true"]) }
        let third = try server.runSSH(user: "김민수", password: "minsu-1234", ["true"])
        #expect(third.status == 255)
        try server.waitUntil("the refusal in the log") { server.serverLog.contains("too many connections from 127.0.0.1") ? true : nil }
    }
}

@Suite(
    "baedal serve with public keys", .serialized,
    .enabled(if: ServeHarness.isAvailable && SessionTmux.which("ssh-keygen") != nil, "the OpenSSH client is not installed"))
struct ServeKeysEndToEndTests {
    @Test func aRegisteredKeySignsInAndAnotherKeyDoesNot() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        let keyFile = tmux.directory.appendingPathComponent("id_minsu").path
        let otherKey = tmux.directory.appendingPathComponent("id_other").path
        for key in [keyFile, otherKey] {
            let made = try SessionTmux.run(SessionTmux.which("ssh-keygen")!, ["-q", "-t", "ed25519", "-N", "", "-f", key])
            try #require(made.status == 0, "\(made.text)")
        }
        let added = try SessionTmux.run(SessionTmux.baedal.path, ["keys", "add", "김민수", keyFile + ".pub", "--db", tmux.databasePath])
        #expect(added.status == 0, "\(added.text)")
        let notAKey = try SessionTmux.run(SessionTmux.baedal.path, ["keys", "add", "김민수", keyFile, "--db", tmux.databasePath])
        // The private key is named for what it is, and none of it is repeated.
        #expect(notAKey.status != 0 && notAKey.text.contains("That is a private key"))
        #expect(!notAKey.text.contains("PRIVATE KEY"))

        try server.start()
        try server.connect("customer", user: "김민수", keyFile: keyFile)
        try tmux.waitFor("customer", "the store list, signed in by key") { screen in
            screen.contains("김민수 (고객)") && screen.contains("24시김밥")
        }
        let stranger = try server.runSSH(user: "김민수", keyFile: otherKey, ["-tt"])
        #expect(stranger.status == 255)
        #expect(stranger.text.contains("Permission denied"))

        // `keys list` shows the fingerprint ssh-keygen prints; `keys remove` takes it, and the
        // running server refuses the key at once.
        let printed = try SessionTmux.run(SessionTmux.which("ssh-keygen")!, ["-lf", keyFile + ".pub"])
        let fingerprint = try #require(printed.text.split(separator: " ").first { $0.hasPrefix("SHA256:") }.map(String.init))
        let listed = try SessionTmux.run(SessionTmux.baedal.path, ["keys", "list", "김민수", "--db", tmux.databasePath])
        #expect(listed.status == 0 && listed.text.contains("ssh-ed25519  \(fingerprint)"), "\(listed.text)")
        let removed = try SessionTmux.run(
            SessionTmux.baedal.path, ["keys", "remove", "김민수", fingerprint, "--db", tmux.databasePath])
        #expect(removed.status == 0, "\(removed.text)")
        let again = try SessionTmux.run(
            SessionTmux.baedal.path, ["keys", "remove", "김민수", fingerprint, "--db", tmux.databasePath])
        #expect(again.status != 0 && again.text.contains("No key with the fingerprint"))
        let revoked = try server.runSSH(user: "김민수", keyFile: keyFile, ["-tt"])
        #expect(revoked.status == 255)
        #expect(revoked.text.contains("Permission denied"))
    }
}

extension ServeLimitsEndToEndTests {
    @Test func aConnectionThatNeverSignsInIsClosed() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let server = try ServeHarness(tmux: tmux)
        try server.start(["--sign-in-seconds", "1"])
        // A bare TCP connection that says nothing: only the time limit can end it.
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(server.port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        var buffer = [UInt8](repeating: 0, count: 256)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var total = 0
        while true {  // the server's banner, then end of file when it closes
            let count = read(socket, &buffer, buffer.count)
            if count <= 0 {
                #expect(count == 0, "the server did not close the connection")
                break
            }
            total += count
        }
        #expect(total > 0)
        try server.waitUntil("the reason in the log") { server.serverLog.contains("did not authenticate within 1 s") ? true : nil }
    }
}
