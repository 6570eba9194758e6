import ArgumentParser

/// `baedal drill …`: rehearsals of bad days, each ending in a report that proves nothing was lost.
struct Drill: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Rehearse a bad day against a throwaway database and report what happened.",
        discussion: """
            Each drill starts its own payment gateway on a free port and a fresh temporary database, \
            runs simulated customers against the engine with the payment worker charging the outbox, \
            and audits the log against the gateway's ledger: orders lost and double charges must be 0.
            """,
        subcommands: [DrillPaymentOutage.self, DrillEventDay.self]
    )
}

/// Options every drill shares.
struct DrillCommonOptions: ParsableArguments {
    @Flag(help: "Print the report as JSON on standard output.")
    var json = false

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @Option(help: "Give up waiting for the payment queue to drain after this many seconds.")
    var drainTimeout: Double = 120

    @Option(help: "Keep the drill's database at this path instead of a deleted temporary file.")
    var db: String?
}
