// swift-tools-version: 6.0
import PackageDescription

// The flow runs left to right and no module imports one to its right:
// DeliveryDomain ← EventStore ← DeliveryEngine ← DeliveryScript ← TerminalUI ← CursesDriver ← baedal
// (LivePayments joins DeliveryEngine to PaymentGateway, for the executable; the engine never imports the gateway.)
let package = Package(
    name: "baedal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "baedal", targets: ["baedal"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // Pure rules: value types, commands, events, deciders. No I/O, no clock reads.
        .target(name: "DeliveryDomain"),
        // Card validation, the payment protocol and the in-process sandbox processor.
        .target(name: "Payments"),
        // Circuit breaker and retry backoff: pure state machines driven by an injected clock.
        .target(name: "Resilience"),
        // The event store protocol and its SQLite (GRDB) implementation.
        .target(
            name: "EventStore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The same event store protocol on PostgreSQL: appends through one server-side function that
        // serialises on a head row, so positions are dense and commit in order.
        .target(
            name: "PostgresEventStore",
            dependencies: [
                "EventStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // The engine on PostgreSQL: its shared state beside the log, and the backend that opens
        // both for `--db postgres://…` (read models stay in a private projection per process).
        .target(
            name: "PostgresEngine",
            dependencies: [
                "DeliveryEngine", "EventStore", "PostgresEventStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Command handling, projections, payment, timers, clocks.
        .target(
            name: "DeliveryEngine",
            dependencies: [
                "DeliveryDomain", "EventStore", "Payments", "Resilience",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The payment gateway simulator (HTTP server) and its client.
        .target(
            name: "PaymentGateway",
            dependencies: [
                "Payments", "Resilience",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The engine wired to a payment gateway: the chosen gateway, its resilient client, the
        // embedded payment worker reporting the breaker's health.
        .target(
            name: "LivePayments",
            dependencies: ["DeliveryEngine", "PaymentGateway", "Payments", "Resilience"]
        ),
        // The command language: parser and runner.
        .target(name: "DeliveryScript", dependencies: ["DeliveryDomain", "DeliveryEngine", "Payments"]),
        // Pure UI: models, messages, update, views rendering into a cell grid.
        .target(name: "TerminalUI", dependencies: ["DeliveryDomain", "EventStore", "DeliveryEngine", "Payments"]),
        // The scripted demo: replays a script while three role panes watch.
        .target(name: "DemoReplay", dependencies: ["DeliveryDomain", "DeliveryEngine", "DeliveryScript", "TerminalUI"]),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only code that imports ncurses: paints grids, reads keys.
        .target(name: "CursesDriver", dependencies: ["TerminalUI", "CNCursesW"]),
        // The benchmarks and the drills: the whole system driven by simulated customers, then
        // measured (bench; bench live runs real sessions headless) or audited against the
        // gateway's ledger (drills). Commands live in baedal.
        .target(
            name: "DeliveryBench",
            dependencies: [
                "DeliveryDomain", "EventStore", "DeliveryEngine", "LivePayments", "PaymentGateway", "Payments", "Resilience",
                "TerminalUI", "PostgresEventStore",
                // `bench serve`: the keys file's format, and an in-process SSH client for the sessions.
                "SessionServer",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // posix_openpt and posix_spawn with setsid, which Swift's Glibc module does not declare.
        .target(name: "CPseudoTerminal"),
        // `baedal serve`: the SSH server that hands each connection a session on a PTY.
        .target(
            name: "SessionServer",
            dependencies: [
                "CPseudoTerminal",
                "TerminalUI",
                "DeliveryEngine",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "baedal",
            dependencies: [
                "DeliveryDomain", "EventStore", "DeliveryEngine", "DeliveryScript", "Payments",
                "PaymentGateway", "Resilience", "TerminalUI", "CursesDriver", "DemoReplay", "LivePayments",
                "DeliveryBench", "PostgresEngine", "PostgresEventStore",
                "SessionServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Test-only: where test runs put their files (a folder per run, removed by a later one).
        .target(name: "TestScratch"),
        // Test-only: the people and the store most engine tests start from.
        .target(name: "TestCast", dependencies: ["DeliveryDomain", "DeliveryEngine", "Payments"]),
        .testTarget(name: "DeliveryDomainTests", dependencies: ["DeliveryDomain"]),
        .testTarget(name: "PaymentsTests", dependencies: ["Payments", "Resilience"]),
        .testTarget(name: "ResilienceTests", dependencies: ["Resilience"]),
        .testTarget(
            name: "EventStoreTests",
            dependencies: [
                "EventStore", "PostgresEventStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DeliveryEngineTests",
            dependencies: ["DeliveryEngine", "DeliveryDomain", "EventStore", "Payments", "TestCast", "TestScratch"]),
        .testTarget(
            name: "LivePaymentsTests",
            dependencies: [
                "LivePayments", "DeliveryEngine", "DeliveryDomain", "PaymentGateway", "Payments", "Resilience", "TestCast",
                "TestScratch",
            ]
        ),
        .testTarget(name: "PaymentGatewayTests", dependencies: ["PaymentGateway", "Payments", "Resilience"]),
        .testTarget(name: "DeliveryScriptTests", dependencies: ["DeliveryScript", "DeliveryEngine", "Payments", "TestScratch"]),
        // Golden screens are read from the source tree by path (`#filePath`), not bundled.
        .testTarget(
            name: "TerminalUITests", dependencies: ["TerminalUI", "DeliveryEngine", "DeliveryDomain", "Payments", "TestScratch"],
            exclude: ["Screens/Snapshots"]
        ),
        .testTarget(name: "CursesDriverTests", dependencies: ["CursesDriver", "TerminalUI"]),
        .testTarget(name: "DemoReplayTests", dependencies: ["DemoReplay", "DeliveryScript", "DeliveryEngine", "TestScratch"]),
        // The golden help texts are read from the source tree by path, not bundled.
        // Black-box: the built executable is what they run; they share only where files go.
        .testTarget(name: "EndToEndTests", dependencies: ["TestScratch"], exclude: ["Help"]),
        .testTarget(
            name: "PostgresEngineTests",
            dependencies: [
                "PostgresEngine", "PostgresEventStore", "DeliveryEngine", "DeliveryDomain", "EventStore", "Payments", "TestCast",
            ]
        ),
        .testTarget(
            name: "DeliveryBenchTests",
            dependencies: ["DeliveryBench", "DeliveryDomain", "Resilience", "PostgresEngine", "PostgresEventStore", "TestScratch"]),
        .testTarget(
            name: "SessionServerTests",
            dependencies: [
                "SessionServer", "TestScratch",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
    ]
)
