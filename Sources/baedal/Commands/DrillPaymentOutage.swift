import ArgumentParser
import DeliveryBench
import Foundation
import PaymentGateway

/// `baedal drill payment-outage`: the gateway goes down mid-rush and comes back.
struct DrillPaymentOutage: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment-outage",
        abstract: "Customers keep ordering while the payment gateway is down, then it recovers.",
        discussion: """
            Checkout never waits for the gateway: the order and its payment request are recorded \
            together and the payment worker charges them, through a circuit breaker and retries \
            with jittered backoff, once the gateway answers again. The report shows availability \
            (placements accepted or queued), orders lost (must be 0), double charges (must be 0, \
            from the gateway's own counters, cross-checked with the log), placement latency \
            percentiles, the breaker's transitions and how long the queue took to drain.
            """
    )

    @Option(help: "Simulated customers, each placing one order.")
    var customers = 100

    @Option(help: "Placements are spread evenly over this many seconds.")
    var arrivalSeconds = 10.0

    @Option(help: "When the gateway breaks, seconds after the first placement.")
    var downAt = 2.0

    @Option(help: "When the gateway heals.")
    var upAt = 8.0

    @Option(help: "How it breaks: down, slow:MS, flaky:SHARE or decline-all.")
    var fault = "down"

    @OptionGroup var common: DrillCommonOptions

    func validate() throws {
        guard customers > 0 else { throw ValidationError("--customers must be at least 1.") }
        guard upAt >= downAt, downAt >= 0 else { throw ValidationError("Need 0 ≤ --down-at ≤ --up-at.") }
    }

    func run() async throws {
        let faultMode = try Gateway.parseFault(fault)
        let report = try await common.withDatabase { path in
            try await DrillRun(
                plan: DrillRun.Plan(
                    name: "payment-outage", customers: customers, arrivalSeconds: arrivalSeconds,
                    outage: (faultMode, downAt, upAt), drainTimeoutSeconds: common.drainTimeout,
                    databasePath: path, progress: !common.quiet)
            ).run()
        }
        try await DrillOutput.finish(report, json: common.json)
    }
}
