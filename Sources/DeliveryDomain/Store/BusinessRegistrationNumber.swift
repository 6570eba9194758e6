/// A Korean business registration number (사업자등록번호): 10 digits, the last a check digit
/// computed with the National Tax Service's weights, so a typo is caught at registration.
///
///     try BusinessRegistrationNumber.validate("1234567891")   // "123-45-67891"
///     try BusinessRegistrationNumber.validate("123-45-67890") // throws .invalidBusinessNumber
public enum BusinessRegistrationNumber {
    /// The number as `123-45-67891`, or a refusal. Dashes and spaces in what was typed are
    /// ignored, so a number copied from a certificate is taken as it is.
    public static func validate(_ raw: String) throws(RuleViolation) -> String {
        let digits = raw.filter { $0 != "-" && $0 != " " }
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .invalidBusinessNumber(raw)
        }
        let d = digits.map { Int(String($0))! }
        let weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        var sum = zip(d.prefix(9), weights).reduce(0) { $0 + $1.0 * $1.1 }
        sum += (d[8] * 5) / 10
        guard (10 - sum % 10) % 10 == d[9] else { throw .invalidBusinessNumber(raw) }
        let text = String(digits)
        return "\(text.prefix(3))-\(text.dropFirst(3).prefix(2))-\(text.suffix(5))"
    }
}
