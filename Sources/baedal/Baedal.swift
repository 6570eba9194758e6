import ArgumentParser

@main
struct Baedal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baedal",
        abstract: "배달 — food delivery in the terminal, on an event-sourced order engine.",
        discussion: """
            Customers, store owners and riders share one database: every action is an event \
            appended to the log, and the scenario's rules are enforced by the engine. Remote users \
            reach their session over plain ssh (`baedal serve`).

            The database is $XDG_DATA_HOME/baedal/baedal.sqlite (or ~/.local/share/baedal/baedal.sqlite) \
            unless --db or BAEDAL_DB names another: a SQLite file for one machine, or a PostgreSQL URL \
            (postgres://USER@HOST/DATABASE) that many machines share.
            """,
        version: BaedalVersion.number,
        subcommands: [
            Launcher.self, CustomerSession.self, OwnerSession.self, RiderSession.self, Demo.self,
            RunScript.self, Timeline.self, Replay.self, Gateway.self, PaymentWorkerCommand.self, Settings.self, Drill.self, Bench.self,
            Serve.self, Keys.self, Password.self, ServedSession.self,
        ],
        defaultSubcommand: Launcher.self
    )
}
