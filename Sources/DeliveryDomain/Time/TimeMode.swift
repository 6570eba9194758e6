import Foundation

/// Whose time a database records.
///
/// A database is one or the other for good, and says which in its file:
/// - ``live``: every recorded time is the wall clock. Sessions, `serve`, workers and scripts
///   without a clock make live databases, and nobody can move their time.
/// - ``simulated``: a script, the demo or a test set a clock, and the time moves only when a
///   script says `clock` or `advance`. Every process that opens the file uses that time, so a
///   worker never judges a simulated order by the wall clock.
///
/// Keeping the two apart is what stops a script's `advance 6m` from cancelling a real
/// customer's order, or `advance 1h` from opening a review window early.
public enum TimeMode: String, Sendable, Equatable, CaseIterable {
    /// The wall clock; nobody moves it.
    case live
    /// A script's clock, stored in the file; only `clock` and `advance` move it.
    case simulated
}
