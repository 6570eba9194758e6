/// The Luhn (mod 10) check digit test every card number passes.
///
/// It catches single mistyped digits and most swaps of neighbours, so a typo is reported
/// to the customer before anything is sent to a processor.
enum Luhn {
    /// Whether a string of ASCII digits passes the check; anything but an ASCII digit fails it.
    static func isValid(_ digits: some StringProtocol) -> Bool {
        var sum = 0
        for (offset, byte) in digits.utf8.reversed().enumerated() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            let digit = Int(byte - UInt8(ascii: "0"))
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
