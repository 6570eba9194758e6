import ArgumentParser
import Foundation
import PaymentGateway

/// `baedal gateway`: the card processor simulator as its own process.
struct Gateway: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gateway",
        abstract: "Run the payment gateway simulator on 127.0.0.1 until interrupted.",
        discussion: """
            Point an engine at it with --payment-gateway http://127.0.0.1:PORT. Faults can be set at \
            start with --fault and changed while it runs through its admin endpoint, which needs the \
            admin token the gateway prints at start (a random 256-bit one, or the value of \
            $BAEDAL_GATEWAY_ADMIN_TOKEN, at least 16 characters, for scripts). Without it, /v1/admin \
            answers 401 and changes nothing:

              T='Authorization: Bearer <admin token>'
              curl -s -H "$T" -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"down"}'
              curl -s -H "$T" -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"slow","latency_ms":500}'
              curl -s -H "$T" -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"flaky","failure_share":0.3,"seed":7}'
              curl -s -H "$T" -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"declineAll"}'
              curl -s -H "$T" -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"healthy"}'
              curl -s -H "$T" localhost:PORT/v1/admin/faults     # the current mode
              curl -s -H "$T" localhost:PORT/v1/admin/stats      # counters: captures per order, duplicate captures

            Faults never apply to /v1/admin, so a broken gateway can always be healed. The token is \
            taken from the environment rather than an option because any local user can read another \
            process's command line.

            Clients are bounded: a request head must arrive within --header-timeout seconds of its \
            first byte (else 408), a connection idle for --idle-timeout seconds is closed, and \
            connections beyond --max-connections get 503 with Retry-After at once.
            """
    )

    /// The environment variable a script sets to choose the admin token.
    static let adminTokenVariable = "BAEDAL_GATEWAY_ADMIN_TOKEN"

    @Option(help: "The port on 127.0.0.1 (0 picks a free one and prints it).")
    var port: Int = 8089

    @Option(help: "Start broken: down, slow:MS, flaky:SHARE (0…1), decline-all, or healthy.")
    var fault: String = "healthy"

    @Option(help: "Seconds a request head may take from its first byte (answered 408 after).")
    var headerTimeout: Double = 10

    @Option(help: "Seconds a connection may stay idle before it is closed.")
    var idleTimeout: Double = 30

    @Option(help: "Connections served at once; more are answered 503 with Retry-After.")
    var maxConnections: Int = 256

    func validate() throws {
        guard headerTimeout > 0, idleTimeout > 0 else { throw ValidationError("--header-timeout and --idle-timeout must be positive.") }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be at least 1.") }
    }

    func run() async throws {
        let faults = try Self.parseFault(fault)
        let token: AdminToken
        if let chosen = ProcessInfo.processInfo.environment[Self.adminTokenVariable] {
            do { token = try AdminToken(chosen) } catch { throw ValidationError("$\(Self.adminTokenVariable): \(error)") }
        } else {
            token = .random()
        }
        let limits = GatewayLimits(
            headerTimeout: .milliseconds(Int64(headerTimeout * 1000)),
            idleTimeout: .milliseconds(Int64(idleTimeout * 1000)),
            maximumConnections: maxConnections)
        let gateway = try await GatewayServer.start(port: port, faults: faults, adminToken: token, limits: limits)
        // Written unbuffered, so a script waiting for these lines sees them at once.
        FileHandle.standardOutput.write(Data("payment gateway listening on \(gateway.baseURL) (\(faults)); Ctrl-C stops it\n".utf8))
        FileHandle.standardOutput.write(Data("admin token: \(token.value) (send Authorization: Bearer <token> to /v1/admin)\n".utf8))
        // Run until the process is signalled; the server task keeps serving meanwhile.
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    /// "down", "slow:500", "flaky:0.3", "decline-all", "healthy".
    static func parseFault(_ text: String) throws -> FaultMode {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first ?? "", parts.count > 1 ? parts[1] : nil) {
        case ("healthy", nil): return .healthy
        case ("down", nil): return .down
        case ("decline-all", nil), ("declineAll", nil): return .declineAll
        case ("slow", let ms?) where Int64(ms) != nil: return .slow(latency: .milliseconds(Int64(ms)!))
        case ("flaky", let share?) where Double(share).map({ (0...1).contains($0) }) == true:
            return .flaky(failureShare: Double(share)!, seed: 1)
        default:
            throw ValidationError("--fault takes down, slow:MS, flaky:SHARE (0…1), decline-all or healthy, not \"\(text)\".")
        }
    }
}
