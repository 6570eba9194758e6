/// xterm's bracketed paste (DECSET 2004): with it on, the terminal wraps pasted text in
/// `ESC [ 2 0 0 ~` … `ESC [ 2 0 1 ~`, so the paste can be told from typing and delivered as one
/// ``Key/paste(_:)``. Without it every pasted character was a key press: a pasted reason
/// ending in `y⏎` rejected one order and accepted the next.
///
/// Both backends turn it on when they take the terminal and off whenever they give it back;
/// a terminal that does not know the mode ignores it and pastes as typing, as before.
///
/// This reads what comes after the start marker (``EscapeSequence`` reports the marker) up to
/// the end marker, as Unicode scalars: the text as sent, escape codes and line breaks included
/// (a field drops what it would refuse when typed).
public struct BracketedPaste: Sendable {
    public static let enable: [UInt8] = Array("\u{1B}[?2004h".utf8)
    public static let disable: [UInt8] = Array("\u{1B}[?2004l".utf8)

    /// The most scalars of one paste kept; the rest up to the end marker is dropped. The
    /// longest field takes 500 characters (a review reply) and an RSA public key about 750, so
    /// 4,096 never cuts a paste that fits anywhere, and it is the number of events a served
    /// session keeps waiting (``StreamTerminal/inputLimit``): one paste costs at most what a
    /// queue of keys costs.
    public static let limit = 4096

    /// How long a paste may go without a character before it is taken as ended: a terminal
    /// writes a paste at once, so a quiet paste has lost its end marker (a broken terminal, or
    /// a start marker typed by hand), and input must not be swallowed for ever. Long enough that
    /// a stalled network link does not cut a real paste in two, whose tail would be keys again.
    public static let quietEnd: Duration = .seconds(5)

    static let endMarker: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~

    private var text = String.UnicodeScalarView()
    private var count = 0
    /// How much of the end marker the last characters were.
    private var matched = 0
    /// Whether the text has been handed over (at the limit, or at the end).
    private var delivered = false
    /// Whether the end marker came: the characters after it are keys again.
    public private(set) var isOver = false

    public init() {}

    /// Takes one character of the paste. Returns the text when it is to be delivered: at the end
    /// marker, or as soon as it reaches ``limit`` (so an over-long paste without its end marker
    /// still arrives); after that, what comes up to the end marker is dropped.
    public mutating func feed(_ value: UInt32) -> String? {
        guard !isOver else { return nil }
        if value == Self.endMarker[matched] {
            matched += 1
            guard matched == Self.endMarker.count else { return nil }
            isOver = true
            return deliver()
        }
        // Not the marker after all: what looked like its start was text.
        for held in Self.endMarker[..<matched] { append(held) }
        matched = 0
        if value == Self.endMarker[0] {
            matched = 1
        } else {
            append(value)
        }
        return count >= Self.limit ? deliver() : nil
    }

    /// Ends the paste without its end marker (it went quiet for ``quietEnd``): the text, unless
    /// it was already delivered.
    public mutating func finish() -> String? {
        guard !isOver else { return nil }
        for held in Self.endMarker[..<matched] { append(held) }
        matched = 0
        isOver = true
        return deliver()
    }

    private mutating func append(_ value: UInt32) {
        guard !delivered, count < Self.limit, let scalar = Unicode.Scalar(value) else { return }
        text.append(scalar)
        count += 1
    }

    private mutating func deliver() -> String? {
        guard !delivered else { return nil }
        delivered = true
        defer { text = String.UnicodeScalarView() }
        return String(text)
    }
}
