import ArgumentParser

/// `--payment-gateway URL`, shared by the sessions, the launcher and `run`.
struct GatewayOptions: ParsableArguments {
    @Option(
        name: .customLong("payment-gateway"),
        help: ArgumentHelp(
            "Charge cards through this gateway, e.g. http://127.0.0.1:8089 (overrides `baedal settings payment-gateway`).",
            discussion: """
                With a gateway (from this option or the stored setting) payments are queued and a payment \
                worker runs in the background of this process; one worker is active per database at a time. \
                Without one, cards are charged by the in-process sandbox.
                """))
    var url: String?
}
