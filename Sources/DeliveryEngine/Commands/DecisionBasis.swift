/// What a command was decided on: a state this process keeps, taken without reading the log,
/// or the stream as just read.
///
/// The one rule for deciding without a read lives here. A kept state may be stale: another
/// process may have moved the stream since. A decision that appends is safe on it anyway, since
/// the append names the version the state covers and the log refuses it if the stream moved.
/// A refusal, or a decision to do nothing, writes nothing, so nothing checks it: decided on a
/// kept state it is not believed, and the command is decided again on a read before anyone is
/// told. `CommandHandler` applies this to one stream, `placeOrder` to the store, admission and
/// stock streams a placement is decided on.
enum DecisionBasis: Sendable, Equatable {
    case keptWithoutRead
    case read

    /// Whether a decision that writes nothing (a refusal, a no-op) stands as it is.
    var settlesWithoutAppending: Bool { self == .read }
}
