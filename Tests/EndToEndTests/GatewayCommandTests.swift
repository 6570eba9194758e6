import Foundation
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// `baedal gateway` as its operator runs it: it prints the admin token it requires, takes one
/// from the environment for scripts, and refuses admin calls without it.
@Suite(
    "baedal gateway guards its admin endpoint", .serialized,
    .enabled(if: SessionTmux.which("curl") != nil, "curl is not installed"))
final class GatewayCommandTests {
    let process = Process()
    let output = Pipe()

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
    }

    /// Starts the gateway on a free port and returns its first two lines: the address and the token.
    func start(environment extra: [String: String] = [:]) throws -> (url: String, tokenLine: String) {
        process.executableURL = ProcessHarness.binary
        process.arguments = ["gateway", "--port", "0"]
        process.environment = ProcessHarness.environment.merging(extra) { $1 }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let handle = output.fileHandleForReading
        while text.components(separatedBy: "\n").count < 3 {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let lines = text.split(separator: "\n").map(String.init)
        let listening = try #require(lines.first { $0.contains("listening on") }, "gateway output: \(text)")
        let url = try #require(listening.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression))
        let tokenLine = try #require(lines.first { $0.hasPrefix("admin token: ") }, "gateway output: \(text)")
        return (String(listening[url]), tokenLine)
    }

    func curl(_ arguments: [String]) throws -> String {
        try SessionTmux.run(SessionTmux.which("curl")!, ["-s", "-o", "/dev/null", "-w", "%{http_code}"] + arguments).text
    }

    @Test func itPrintsARandomTokenAndAdminNeedsIt() throws {
        let (url, tokenLine) = try start()
        let token = String(tokenLine.dropFirst("admin token: ".count).prefix { $0 != " " })
        #expect(token.count == 64)
        #expect(try curl(["-X", "POST", "\(url)/v1/admin/faults", "-d", #"{"mode":"declineAll"}"#]) == "401")
        #expect(try curl(["\(url)/v1/admin/stats"]) == "401")
        #expect(try curl(["-H", "Authorization: Bearer \(token)", "\(url)/v1/admin/stats"]) == "200")
    }

    @Test func aScriptChoosesTheTokenThroughTheEnvironment() throws {
        let chosen = "script-chosen-" + UUID().uuidString
        let (url, tokenLine) = try start(environment: ["BAEDAL_GATEWAY_ADMIN_TOKEN": chosen])
        #expect(tokenLine.contains(chosen))
        #expect(
            try curl([
                "-H", "Authorization: Bearer \(chosen)", "-X", "POST", "\(url)/v1/admin/faults",
                "-d", #"{"mode":"healthy"}"#,
            ]) == "200")
    }
}
