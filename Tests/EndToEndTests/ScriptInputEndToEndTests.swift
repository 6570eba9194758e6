import Foundation
import TestScratch
import Testing

/// `baedal run` on input that used to crash it, be refused as one line, or print its summary
/// run together with the first failure.
@Suite("baedal run: hostile and awkward input")
struct ScriptInputEndToEndTests {
    @Test(
        "Huge durations and expiry years end with a located message, not SIGILL",
        arguments: [
            ("advance 9223372036854775807m\n", "<stdin>:1:9: this is too long"),
            ("confirm @a 9223372036854775807m\n", "<stdin>:1:12: this is too long"),
            ("start @a 99999999999999999999h\n", "<stdin>:1:10: this is too long"),
            ("store \"행복반점\" autocancel 9223372036854775807m\n", "<stdin>:1:25: this is too long"),
            ("pay @a card 4242424242424242 exp 12/9223372036854775807 cvc 123\n", "<stdin>:1:34: expected an expiry like 12/30"),
        ])
    func hugeNumbers(script: String, message: String) throws {
        let db = ProcessHarness.temporaryDatabase()
        let result = try ProcessHarness.run(["run", "--lang", "en", "-", "--db", db], stdin: script)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("A card number typed in the wrong place is not echoed")
    func cardNumberNotEchoed() throws {
        let result = try ProcessHarness.run(
            ["run", "--lang", "en", "-", "--db", ProcessHarness.temporaryDatabase()],
            stdin: "order 4242424242424242 exp 12/30 cvc 123\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains("found '••••••••••••4242'"), "\(result.stderr)")
        #expect(!result.stderr.contains("4242424242424242"))
    }

    @Test("The summary ends its line before the failures follow, on a terminal or a shared log")
    func summaryLineEnds() throws {
        let process = Process()
        process.executableURL = ProcessHarness.binary
        process.arguments = ["run", "--lang", "en", "-", "--db", ProcessHarness.temporaryDatabase()]
        process.environment = ProcessHarness.environment
        let both = Pipe(), input = Pipe()
        process.standardOutput = both
        process.standardError = both
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data("expect count stores 3\n".utf8))
        try input.fileHandleForWriting.close()
        let output = String(decoding: both.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(output.hasSuffix("1 commands, 1 expectations, 1 failed\nfailed: line 1: ✗ expected 3 stores, found 0\n"), "\(output)")
    }

    @Test("A script saved with CRLF line endings runs")
    func crlfScript() throws {
        let path = TestScratch.path("crlf", suffix: ".baedal")
        let script = "caption \"윈도우에서 저장한 스크립트\"\r\nsignup customer 민지 password \"minji-12345\"\r\nexpect ok\r\nexpect count history 0\r\n"
        FileManager.default.createFile(atPath: path, contents: Data(script.utf8))
        let result = try ProcessHarness.run(["run", "--lang", "en", path, "--db", ProcessHarness.temporaryDatabase()])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("4 commands, 2 expectations, 0 failed"), "\(result.stdout)")
    }

    @Test("`baedal run <(…)` reads the script from the pipe's /dev/fd path")
    func processSubstitution() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c", "exec \"$0\" run --lang en <(printf '%s\\n' 'caption \"파이프\"' 'expect count stores 0') --db \"$1\"",
            ProcessHarness.binary.path, ProcessHarness.temporaryDatabase(),
        ]
        process.environment = ProcessHarness.environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stdout.contains("2 commands, 1 expectations, 0 failed"), "\(stdout)")
    }

    @Test("A folder given as the script is refused with a message")
    func folderAsScript() throws {
        let result = try ProcessHarness.run([
            "run", "--lang", "en", FileManager.default.temporaryDirectory.path,
            "--db", ProcessHarness.temporaryDatabase(),
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Cannot read the script"), "\(result.stderr)")
    }
}
