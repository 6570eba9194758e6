import Foundation
import Testing
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A payment outage seen from two real sessions: `baedal gateway` starts down, an owner and a
/// customer session on one database both point at it, and what the payment worker (embedded in
/// whichever session holds the lease) reports shows on both screens until the gateway is healed.
@Suite(
    "Gateway health in sessions under tmux", .serialized,
    .enabled(
        if: SessionTmux.isAvailable && SessionTmux.which("curl") != nil,
        "tmux or curl is not installed; skipping the gateway session test"))
struct SessionGatewayEndToEndTests {
    @Test func anOutageShowsOnBothScreensAndTheOrderReachesTheStoreOnceHealed() throws {
        let tmux = try SessionTmux()
        try tmux.seed(sessionSeedScript)
        let gateway = try tmux.startGateway("gateway", fault: "down")
        defer { kill(gateway.pid, SIGTERM) }

        try tmux.start("owner", password: "owner-12345", ["owner", "--name", "최사장", "--payment-gateway", gateway.url])
        try tmux.start("customer", password: "minsu-1234", ["customer", "--name", "김민수", "--payment-gateway", gateway.url])
        try tmux.waitFor("owner", toShow: "새 주문을 기다리는 중")
        try tmux.waitFor("customer", toShow: "24시김밥")

        // The customer orders two 원조김밥 and pays by card: the order is placed at once,
        // its payment left to the worker.
        try tmux.fillCheckoutWithTestCard("customer")
        try tmux.press("customer", "Enter")
        try tmux.waitFor("customer", toShow: "결제 확인 중")

        // The gateway answers 503 to everything: the breaker opens, the worker reports it, and
        // both screens say so. The store does not see the unpaid order.
        try tmux.waitFor("customer", toShow: "결제 시스템이 잠시 멈췄어요", timeout: .seconds(30))
        let blocked = try tmux.waitFor("owner", timeout: .seconds(30), "the breaker open with the payment pending") {
            $0.contains("결제 시스템 장애 · 차단 중 (since ") && $0.contains("결제 대기 1건")
        }
        #expect(!blocked.contains("원조김밥 ×2"))
        #expect(blocked.contains("새 주문을 기다리는 중"))

        // Healed through the admin endpoint: after the breaker's rest a probe goes through, the
        // payment is charged, and the order reaches the store without a key being pressed.
        try tmux.setGatewayFault(gateway.url, #"{"mode":"healthy"}"#)
        try tmux.waitFor("owner", toShow: "원조김밥 ×2", timeout: .seconds(30))
        try tmux.waitFor("customer", "the payment done and the store asked") { screen in
            screen.contains("가게 확인을 기다리는 중") && !screen.contains("결제 시스템이 잠시 멈췄어요")
        }
        try tmux.waitFor("owner", "the outage line gone") { screen in
            !screen.contains("차단 중") && screen.contains("결제 대기 0건")
        }

        try tmux.press("customer", "q")
        try tmux.press("owner", "q")
        try tmux.waitFor("customer", "the session to end") { _ in (try? tmux.isDead("customer")) == true }
        try tmux.waitFor("owner", "the session to end") { _ in (try? tmux.isDead("owner")) == true }
    }
}

extension SessionTmux {
    /// Starts `baedal gateway --port 0` in its own tmux session and reads the address it chose
    /// from its first line; the process id is for killing it at the end of the test.
    func startGateway(_ name: String, fault: String) throws -> (url: String, pid: Int32) {
        let command =
            "\(Self.gatewayTokenVariable)=\(shellQuoted(Self.gatewayToken)) "
            + "exec \(shellQuoted(Self.baedal.path)) gateway --port 0 --fault \(shellQuoted(fault))"
        _ = try tmux(["new-session", "-d", "-s", name, "-x", "200", "-y", "10", command])
        _ = try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        let screen = try waitFor(name, "the gateway's address") { $0.contains("listening on http://127.0.0.1:") }
        guard let range = screen.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else {
            throw E2EError("no address in the gateway's output:\n\(screen)")
        }
        return (String(screen[range]), try pid(name))
    }

    /// The admin token the test gives its gateway, as a script would, through the environment.
    static let gatewayTokenVariable = "BAEDAL_GATEWAY_ADMIN_TOKEN"
    static let gatewayToken = "e2e-" + UUID().uuidString

    /// Changes a running gateway's fault through its admin endpoint (never faulted itself).
    func setGatewayFault(_ url: String, _ json: String) throws {
        let output = try Self.run(
            Self.which("curl")!,
            [
                "-sS", "--fail", "-X", "POST", "\(url)/v1/admin/faults",
                "-H", "Authorization: Bearer \(Self.gatewayToken)", "-d", json,
            ])
        guard output.status == 0 else { throw E2EError("setting the gateway's fault failed: \(output.text)") }
    }
}
