/// Text dumps of a grid for snapshot tests and debugging.
extension CellGrid {
    /// Each row as plain text: continuation cells skipped, trailing spaces trimmed.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for cell in row(y) where !cell.isContinuation {
                line += cell.grapheme
            }
            return trimmingTrailingSpaces(line)
        }
    }

    /// Each row with styled runs marked as `[style]text[/]` (see ``Style/description``),
    /// e.g. `합계  [accent bold]12,000원[/]`. Trailing unstyled spaces are trimmed.
    public func styledDump() -> String {
        (0..<height).map { y in
            var line = ""
            var run = ""
            var runStyle = Style.plain
            func flush() {
                guard !run.isEmpty else { return }
                line += runStyle == .plain ? run : "[\(runStyle)]\(run)[/]"
                run = ""
            }
            for cell in row(y) where !cell.isContinuation {
                if cell.style != runStyle {
                    flush()
                    runStyle = cell.style
                }
                run += cell.grapheme
            }
            if runStyle == .plain { run = trimmingTrailingSpaces(run) }
            flush()
            return line
        }.joined(separator: "\n")
    }
}

private func trimmingTrailingSpaces(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    return result
}
