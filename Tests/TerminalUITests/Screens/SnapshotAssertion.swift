import Foundation
import Testing
@testable import TerminalUI

/// Compares a frame, as lines of text, with a golden file in `Snapshots/`.
///
/// The golden file holds the grid's rows (trailing spaces trimmed) between a ruler line
/// and a closing line, so the frame's width and height are visible when reading it.
/// Run with `RECORD_SNAPSHOTS=1` to rewrite the files after an intended change; a missing
/// file is recorded and the test fails once, so a new snapshot is always looked at.
func assertSnapshot(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = snapshotText(frame)
    let url = snapshotDirectory.appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if record || existing == nil {
        try? FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        if existing == nil && !record {
            Issue.record("Recorded a new snapshot \(name).txt; check it and run again.", sourceLocation: sourceLocation)
        }
        return
    }
    if existing != text {
        Issue.record(
            """
            Snapshot \(name) differs (RECORD_SNAPSHOTS=1 rewrites it).
            --- expected
            \(existing!)
            --- actual
            \(text)
            """, sourceLocation: sourceLocation)
    }
}

/// The frame as the golden files store it.
func snapshotText(_ frame: Frame) -> String {
    let width = frame.grid.width
    let ruler = "┌" + String(repeating: "─", count: width) + "┐ \(frame.grid.width)×\(frame.grid.height)"
    var lines = [ruler]
    lines += frame.grid.lines()
    lines.append("└" + String(repeating: "─", count: width) + "┘")
    if let cursor = frame.cursor { lines.append("cursor: \(cursor.x),\(cursor.y)") }
    return lines.joined(separator: "\n") + "\n"
}

let snapshotDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

/// The sizes every screen is snapshotted at: the minimum, and a roomier terminal.
let snapshotSizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 32)]

extension TerminalSize {
    var label: String { "\(width)x\(height)" }
}
