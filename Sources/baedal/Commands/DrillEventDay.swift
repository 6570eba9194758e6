import ArgumentParser
import DeliveryBench
import Foundation

/// `baedal drill event-day`: a burst of customers on one store at once.
struct DrillEventDay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event-day",
        abstract: "A thousand customers order from one store within one second.",
        discussion: """
            Every order is written on its own stream, so a hot store is not a hot spot: no stream \
            or row is written by every order. The report has the same shape as payment-outage; \
            the target is every order accounted for and placement p99 ≤ 50 ms in a release build \
            (swift build -c release).
            """
    )

    @Option(help: "Simulated customers, each placing one order.")
    var customers = 1_000

    @Option(help: "The burst's length in seconds.")
    var arrivalSeconds = 1.0

    @Option(help: "Hot store: how many orders the kitchen holds at once; the rest queue first come first served.")
    var kitchenCapacity: Int?

    @Option(help: "Event dish: only this many portions (2 per order), never oversold.")
    var stock: Int?

    @Option(help: "Stock shards (streams) the portions are spread over.")
    var stockShards = 8

    @OptionGroup var common: DrillCommonOptions

    func run() async throws {
        let report = try await common.withDatabase { path in
            try await DrillRun(
                plan: DrillRun.Plan(
                    name: "event-day", customers: customers, arrivalSeconds: arrivalSeconds, outage: nil,
                    drainTimeoutSeconds: common.drainTimeout, databasePath: path, progress: !common.quiet,
                    kitchenCapacity: kitchenCapacity, stock: stock, stockShards: stockShards)
            ).run()
        }
        try await DrillOutput.finish(report, json: common.json)
    }
}
