import EventStore
import Foundation
import NIOCore
import NIOPosix
import NIOSSH
import SessionServer

/// `baedal bench serve`: a `baedal serve` on loopback, N sessions held open through an
/// in-process SSH client, then measured: memory, idle CPU, and the echo of keys while M of them
/// type. Everything it starts and writes is gone when it returns, or when it is interrupted.
public struct ServeBenchRun: Sendable {
    public let plan: ServeBenchPlan

    public init(plan: ServeBenchPlan) { self.plan = plan }

    public func run(progress: @escaping @Sendable (String) -> Void) async throws -> ServeBenchReport {
        let machine = MachineDescription.current()
        let limit = FileDescriptorLimit.raiseToHardLimit()
        if limit < plan.sessions + 64 {
            progress("warning: this process may open only \(limit) files; sessions past that will fail to connect")
        }
        let folder = try PrivateFiles.makeScratchDirectory(prefix: "baedal-bench-serve")
        let removeFolder = ServeBenchTeardown.track(folder)
        defer { InterruptCleanup.run(removeFolder) }

        let databasePath = folder.appendingPathComponent("serve.sqlite").path
        progress("seeding \(databasePath): 2 stores, \(plan.sessions) customers")
        let world = try await ServeBenchWorld.make(
            databasePath: databasePath, keysPath: databasePath + ".ssh-authorized-keys", customers: plan.sessions,
            progress: progress)

        let server = try ServerProcess.start(
            executable: plan.executable, databasePath: databasePath, directory: folder, maxSessions: plan.sessions,
            processPerSession: plan.processPerSession)
        let stopServer = ServeBenchTeardown.track(server)
        defer { InterruptCleanup.run(stopServer) }
        progress("baedal serve is listening on 127.0.0.1:\(server.port) (pid \(server.pid))")

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let screens = world.customers.enumerated().map { ServedScreen(index: $0.offset, customer: $0.element.name) }
        do {
            let report = try await measure(
                server: server, world: world, screens: screens, group: group, machine: machine, progress: progress)
            for screen in screens { screen.close() }
            try? await group.shutdownGracefully()
            return report
        } catch {
            for screen in screens { screen.close() }
            try? await group.shutdownGracefully()
            throw error
        }
    }

    private func measure(
        server: ServerProcess, world: ServeBenchWorld, screens: [ServedScreen], group: MultiThreadedEventLoopGroup,
        machine: MachineDescription, progress: @escaping @Sendable (String) -> Void
    ) async throws -> ServeBenchReport {
        // The server alone, read twice a settling time apart: the second reading is the one
        // sessions are compared with (start-up's own allocations have had time to go), and the
        // two readings' difference is how much the server's memory moves with nothing happening,
        // which a few sessions' share can be smaller than (`--quick`'s four are).
        let firstAloneKiB = ProcessTree.pssKiB(of: [server.pid])
        try await Task.sleep(for: .seconds(plan.settleSeconds))
        let serverAloneKiB = ProcessTree.pssKiB(of: [server.pid])

        // 1. Open every session, a few at a time, each until its screen shows the store list.
        let clock = ContinuousClock()
        let openStart = clock.now
        let failures = try await openAll(screens, world: world, server: server, group: group, progress: progress)
        let openSeconds = (clock.now - openStart).seconds
        progress(
            "\(screens.filter(\.isHeld).count) of \(screens.count) sessions show the store list, after \(Int(openSeconds)) s; "
                + "settling \(Int(plan.settleSeconds)) s")
        try await Task.sleep(for: .seconds(plan.settleSeconds))

        // 2. Memory, every session open.
        let members = server.tree.members().map(\.pid)
        let totalKiB = ProcessTree.pssKiB(of: members)

        // 3. Idle CPU over the window.
        progress(
            "measuring idle CPU over \(Int(plan.idleSeconds)) s with \(screens.filter(\.isHeld).count) sessions open (\(members.count) processes)"
        )
        let idleStart = server.tree.cpuReading()
        try await Task.sleep(for: .seconds(plan.idleSeconds))
        let idleCPU = idleStart.cores(until: server.tree.cpuReading())
        let held = screens.filter(\.isHeld)
        var notHeld = failures
        let lost = screens.filter { $0.showedStoreList && $0.isClosed }.count
        if lost > 0 { notHeld["closed while idle", default: 0] += lost }

        // 4. Echo while M sessions type.
        let typists = Array(held.prefix(plan.typingSessions))
        progress("\(typists.count) sessions typing \(plan.keysPerSecond) keys/s for \(Int(plan.typingSeconds)) s")
        let (typingStart, clientStart) = (server.tree.cpuReading(), (clock.now, ProcessCPUTime.now()))
        let typing = try await type(on: typists)
        let clientCPU = (ProcessCPUTime.now() - clientStart.1) / (clock.now - clientStart.0).seconds
        let typingCPU = typingStart.cores(until: server.tree.cpuReading())

        return ServeBenchReport(
            machine: machine, sessionsRequested: screens.count, sessionsHeld: held.count, sessionsNotHeld: notHeld,
            openSeconds: openSeconds, serverAloneMiB: Double(serverAloneKiB) / 1024,
            serverAloneDriftMiB: Double(abs(serverAloneKiB - firstAloneKiB)) / 1024, serverAndSessionsMiB: Double(totalKiB) / 1024,
            idleSeconds: plan.idleSeconds, idleCPUPercent: idleCPU * 100, typingSessions: typists.count,
            keysPerSecond: plan.keysPerSecond, echo: typing.recorder.summary, echoUnanswered: typing.unanswered,
            typingCPUPercent: typingCPU * 100, clientTypingCPUPercent: clientCPU * 100)
    }

    /// Opens the sessions `plan.openingAtOnce` at a time; returns why those not opened failed.
    private func openAll(
        _ screens: [ServedScreen], world: ServeBenchWorld, server: ServerProcess, group: MultiThreadedEventLoopGroup,
        progress: @escaping @Sendable (String) -> Void
    ) async throws -> [String: Int] {
        let plan = plan
        var failures: [String: Int] = [:]
        var (attempted, opened) = (0, 0)
        var lastReport = ContinuousClock.now
        try await withThrowingTaskGroup(of: String?.self) { tasks in
            var next = 0
            let openDeadline = ContinuousClock.now + .seconds(plan.openingSeconds)
            func startNext() {
                guard next < screens.count else { return }
                // Past the budget, the rest are not tried: a machine that slow holds no more.
                if ContinuousClock.now > openDeadline {
                    failures["not tried: opening took more than \(Int(plan.openingSeconds)) s", default: 0] += screens.count - next
                    next = screens.count
                    return
                }
                let screen = screens[next]
                let key = world.customers[next].key
                next += 1
                tasks.addTask {
                    await Self.openOne(screen, key: key, port: server.port, group: group, deadlineSeconds: plan.sessionStartSeconds)
                }
            }
            for _ in 0..<min(plan.openingAtOnce, screens.count) { startNext() }
            while let failure = try await tasks.next() {
                attempted += 1
                if let failure { failures[failure, default: 0] += 1 } else { opened += 1 }
                // A server that fails every one of the first sessions will fail them all: say why now.
                if attempted == min(screens.count, plan.openingAtOnce * 2), opened == 0 {
                    let reasons = failures.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
                    throw ServeBenchError.noSessionOpened(
                        "the first \(attempted) all failed (\(reasons)). The server's log ends:\n" + ServerProcess.tail(of: server.errorLog)
                    )
                }
                if ContinuousClock.now - lastReport > .seconds(2) {
                    lastReport = .now
                    progress("opened \(opened) of \(screens.count) sessions (\(attempted) tried)")
                }
                startNext()
            }
        }
        progress("opened \(opened) of \(screens.count) sessions (\(attempted) tried)")
        return failures
    }

    /// Connects one session and waits for its store list; nil when it shows, or why not.
    private static func openOne(
        _ screen: ServedScreen, key: NIOSSHPrivateKey, port: Int, group: MultiThreadedEventLoopGroup, deadlineSeconds: Double
    ) async -> String? {
        do {
            try await ScreenClient.open(screen, key: key, host: "127.0.0.1", port: port, group: group)
        } catch {
            return "could not connect or sign in (\(String(describing: error).prefix(80)))"
        }
        let deadline = ContinuousClock.now + .seconds(deadlineSeconds)
        while ContinuousClock.now < deadline {
            if screen.showedStoreList { return nil }
            if screen.shellRefused || screen.isClosed {
                let said = screen.recentText
                return said.contains("busy") ? "the server said it was busy" : "closed before the store list: \(said.suffix(60))"
            }
            try? await Task.sleep(for: .milliseconds(20))  // polling interval, not a wait for the condition
        }
        return "no store list within \(Int(deadlineSeconds)) s"
    }
}
