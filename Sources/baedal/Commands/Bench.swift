import ArgumentParser

/// `baedal bench`: the benchmarks. Each measures against a baseline taken in the same run, on this
/// machine, and prints figures rather than pass/fail; `engine` is the default, so `baedal bench
/// --quick` still measures the engine.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure baedal on this machine: the engine (default), live updates, the SSH server.",
        subcommands: [BenchEngine.self, BenchLive.self, BenchServe.self, BenchLiveFollower.self],
        defaultSubcommand: BenchEngine.self
    )
}
