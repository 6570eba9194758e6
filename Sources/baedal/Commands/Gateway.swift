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
            start with --fault and changed while it runs through its admin endpoint:

              curl -s -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"down"}'
              curl -s -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"slow","latency_ms":500}'
              curl -s -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"flaky","failure_share":0.3,"seed":7}'
              curl -s -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"declineAll"}'
              curl -s -XPOST localhost:PORT/v1/admin/faults -d '{"mode":"healthy"}'
              curl -s localhost:PORT/v1/admin/faults     # the current mode
              curl -s localhost:PORT/v1/admin/stats      # counters: captures per order, duplicate captures

            Faults never apply to /v1/admin, so a broken gateway can always be healed.
            """
    )

    @Option(help: "The port on 127.0.0.1 (0 picks a free one and prints it).")
    var port: Int = 8089

    @Option(help: "Start broken: down, slow:MS, flaky:SHARE (0…1), decline-all, or healthy.")
    var fault: String = "healthy"

    func run() async throws {
        let faults = try Self.parseFault(fault)
        let gateway = try await GatewayServer.start(port: port, faults: faults)
        // Written unbuffered, so a script waiting for this line sees it at once.
        FileHandle.standardOutput.write(Data("payment gateway listening on \(gateway.baseURL) (\(faults)); Ctrl-C stops it\n".utf8))
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
