import ArgumentParser
import DeliveryEngine
import PostgresEngine

extension Baedal {
    /// Registers the PostgreSQL backend before any command runs, so that every engine this
    /// process opens (sessions, scripts, drills, benchmarks) accepts a `postgres://` location.
    static func main() async {
        EngineBackends.register(PostgresBackend())
        await main(nil)
    }
}
