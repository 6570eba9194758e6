import Foundation
import Testing

/// `docs/screens.md` shows the screens as their snapshot files hold them, so the captures there
/// cannot go stale: every ```text block must be one snapshot, word for word.
/// `RECORD_SNAPSHOTS=1` rewrites each block that differs with the snapshot it most resembles
/// (the most identical lines), after the snapshots themselves were re-recorded.
@Suite("docs/screens.md")
struct ScreensDocumentTests {
    static let document =
        snapshotDirectory
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/screens.md")

    /// Each snapshot's rows, without the ruler and the closing line.
    static func snapshots() throws -> [String: [String]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: snapshotDirectory.path).filter { $0.hasSuffix(".txt") }
        var bodies: [String: [String]] = [:]
        for name in names {
            let text = try String(contentsOf: snapshotDirectory.appendingPathComponent(name), encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            bodies[name] = Array(lines.dropFirst().dropLast())
        }
        return bodies
    }

    @Test("Every capture is a snapshot, as the snapshot tests draw it today")
    func capturesAreSnapshots() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let snapshots = try Self.snapshots()
        var lines = try String(contentsOf: Self.document, encoding: .utf8).components(separatedBy: "\n")
        var index = 0
        var rewritten = false
        var captures = 0
        while index < lines.count {
            guard lines[index] == "```text", let end = lines[(index + 1)...].firstIndex(of: "```") else {
                index += 1
                continue
            }
            captures += 1
            let block = Array(lines[(index + 1)..<end])
            if !snapshots.values.contains(block) {
                let best = snapshots.max { Self.likeness($0.value, block) < Self.likeness($1.value, block) }
                if record, let best, Self.likeness(best.value, block) * 3 >= block.count {
                    lines.replaceSubrange((index + 1)..<end, with: best.value)
                    rewritten = true
                } else {
                    Issue.record(
                        "The capture at docs/screens.md:\(index + 2) is no snapshot (closest: \(best?.key ?? "none")); re-record with RECORD_SNAPSHOTS=1."
                    )
                }
            }
            index = (lines[(index + 1)...].firstIndex(of: "```") ?? index) + 1
        }
        #expect(captures > 10)
        if rewritten { try lines.joined(separator: "\n").write(to: Self.document, atomically: true, encoding: .utf8) }
    }

    /// How many lines two captures share, place by place.
    static func likeness(_ a: [String], _ b: [String]) -> Int {
        zip(a, b).filter { $0 == $1 }.count
    }
}
