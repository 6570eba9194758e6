/// A prompt and what submitting it is for.
struct OpenPrompt<Purpose: Equatable & Sendable>: Equatable, Sendable {
    var prompt: Prompt
    var purpose: Purpose
}

/// How many list rows fit on a page at `size`, for paging with PgUp/PgDn: the chrome,
/// tabs, notice line, the page's box and its header take about ten rows.
func listRows(for size: TerminalSize, reserving extra: Int = 0) -> Int {
    max(1, size.height - 10 - extra)
}
