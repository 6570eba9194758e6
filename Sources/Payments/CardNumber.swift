/// Normalises what a customer typed as a card number.
///
/// Customers copy numbers as printed ("4242 4242 4242 4242") or with dashes; both separators are dropped.
/// Anything else that is not an ASCII digit makes the number invalid.
enum CardNumber {
    /// The digits of `raw` without spaces and dashes, or nil if anything else is in it.
    ///
    /// Read byte by byte: a separator or a digit is one ASCII byte, and any byte outside ASCII
    /// (a combining mark, a full-width digit) makes the number invalid, as the whole character
    /// it belongs to would. Placing an order tokenises its card on the way, so this is on the
    /// busiest path there is.
    static func digits(of raw: String) -> String? {
        var raw = raw
        return raw.withUTF8 { bytes -> String? in
            var kept = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "-"): continue
                case UInt8(ascii: "0")...UInt8(ascii: "9"): kept += 1
                default: return nil
                }
            }
            return String(unsafeUninitializedCapacity: kept) { buffer in
                var count = 0
                for byte in bytes where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") {
                    buffer[count] = byte
                    count += 1
                }
                return count
            }
        }
    }

    /// Card numbers are 12 to 19 digits long (ISO/IEC 7812).
    static let validLengths = 12...19
}
