import Foundation
import Resilience

/// What a drill proves, as data (`--json`) and as text. Every count comes from the log or the
/// gateway's own counters after the run, not from what the simulated customers believed.
public struct DrillReport: Codable, Sendable {
    struct Outage: Codable, Sendable {
        var fault: String
        var fromSeconds: Double
        var toSeconds: Double
    }

    var drill: String
    var customers: Int
    var arrivalSeconds: Double
    /// Placements tried by the simulated customers.
    var attempted = 0
    /// Placements that returned an order (its payment pending or paid).
    var accepted = 0
    /// Placements refused with a reason (e.g. a rule); not failures of availability if any.
    var refused = 0
    /// Orders whose payment could not be charged at the first try and waited in the outbox.
    var queued = 0
    /// Times the payment worker held back so that placements had the machine first.
    var workerHeldBack = 0
    var paid = 0
    var declined = 0
    var cancelled = 0
    /// Orders still waiting for payment when the drill stopped waiting.
    var stillPending = 0
    /// Attempted placements not accounted for in the log. Must be 0.
    var lost = 0
    /// Orders the gateway captured more than once, plus captures refused as duplicates. Must be 0.
    var doubleCharges = 0
    var gatewayDuplicateCaptures = 0
    var maxCapturesPerOrder = 0
    /// The gateway's captured orders are exactly the orders the log says are paid.
    var capturesMatchLog = false
    /// Share of placements accepted (paid at once or queued).
    var availability = 0.0
    var placementsPerSecond = 0.0
    var paidPerSecond = 0.0
    /// In microseconds, as the benchmark's.
    var placementLatency = LatencyRecorder().summary
    var outage: Outage?
    /// The gateway connection's breaker, at seconds since the customers started.
    var breakerTransitions: [CircuitBreaker.Transition<Double>] = []
    /// From the gateway's recovery (or the last placement, if later) until the outbox was empty.
    var drainSecondsAfterRecovery: Double?
    var durationSeconds = 0.0
    /// Hot store: the kitchen's capacity, orders in it and orders waiting in its queue at the end.
    var kitchenCapacity: Int?
    var inKitchen: Int?
    var kitchenQueueLength: Int?
    /// Event dish: portions offered and left; accepted orders × 2 portions + left must equal stock.
    var stock: Int?
    var stockLeft: Int?
    /// Portions sold beyond the stock. Must be 0.
    var oversold: Int?
    var machine: MachineDescription

    public var passed: Bool {
        lost == 0 && doubleCharges == 0 && accepted + refused == attempted && stillPending == 0 && (oversold ?? 0) == 0
    }

    public func text() -> String {
        func ms(_ microseconds: UInt64) -> String { String(format: "%.1f ms", Double(microseconds) / 1000) }
        func pct(_ v: Double) -> String { String(format: "%.2f%%", v * 100) }
        var lines = [
            "drill \(drill): \(customers) customers over \(String(format: "%.1f", arrivalSeconds)) s"
                + " (\(machine.processors) cpus, \(machine.cpuModel), \(machine.build) build)",
            "  attempted     \(attempted)",
            "  accepted      \(accepted)   refused \(refused)",
            "  queued        \(queued)   (payment pending at some point, charged after retry)",
            "  worker        held back \(workerHeldBack) times while placements were in flight",
            "  paid          \(paid)   declined \(declined)   cancelled \(cancelled)   still pending \(stillPending)",
            "  lost          \(lost)",
            "  double charges \(doubleCharges)   (gateway duplicate captures \(gatewayDuplicateCaptures),"
                + " max captures per order \(maxCapturesPerOrder), captures match log: \(capturesMatchLog ? "yes" : "NO"))",
            "  availability  \(pct(availability))",
            "  throughput    \(String(format: "%.1f", placementsPerSecond)) placements/s,"
                + " \(String(format: "%.1f", paidPerSecond)) payments/s",
            "  placement     p50 \(ms(placementLatency.p50))   p99 \(ms(placementLatency.p99))   max \(ms(placementLatency.max))",
        ]
        if let outage {
            lines.append(
                "  outage        \(outage.fault) from \(String(format: "%.1f", outage.fromSeconds)) s"
                    + " to \(String(format: "%.1f", outage.toSeconds)) s")
        }
        if breakerTransitions.isEmpty {
            lines.append("  breaker       stayed closed")
        } else {
            lines.append("  breaker       \(breakerTransitions.count) transitions")
            for t in breakerTransitions {
                lines.append("    \(String(format: "%6.2f", t.at)) s  \(t.from) → \(t.to)  (\(t.reason))")
            }
        }
        if let drain = drainSecondsAfterRecovery {
            lines.append("  drained       \(String(format: "%.2f", drain)) s after recovery")
        }
        if let capacity = kitchenCapacity {
            lines.append("  kitchen       capacity \(capacity), in kitchen \(inKitchen ?? 0), waiting in queue \(kitchenQueueLength ?? 0)")
        }
        if let stock {
            lines.append("  stock         \(stock) portions, \(stockLeft ?? 0) left (2 per order), oversold \(oversold ?? 0)")
        }
        lines.append("  duration      \(String(format: "%.1f", durationSeconds)) s")
        lines.append(
            passed
                ? "  PASS: every order accounted for, none charged twice"
                : "  FAIL: see lost / double charges / still pending above")
        return lines.joined(separator: "\n")
    }
}
