/// The database a session uses, as the person at the screen may see it. The executable names
/// it, since only it knows a file from a PostgreSQL URL; the screens only show it.
public struct DatabaseName: Equatable, Sendable {
    /// In full, as it may be printed: a file's path, or a PostgreSQL URL without its password.
    /// The launcher and the help overlay show it, so a mistyped `--db` is noticed.
    public var full: String
    /// Short enough for the title bar: a file's name without its folders, or `pg:DATABASE`.
    public var short: String

    public init(full: String, short: String) {
        self.full = full
        self.short = short
    }
}
