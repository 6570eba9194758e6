import DeliveryDomain

/// Numbers written the way Korean screens show them, independent of the process locale
/// so that layout and tests never depend on the machine.
public enum NumberText {
    /// `12000` → `"12,000"`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// `12000` → `"12,000원"`.
    public static func won(_ amount: Int) -> String {
        grouped(amount) + "원"
    }

    /// `12000` → `"12,000원"` in Korean, `"₩12,000"` in English (``Won/text(in:)``).
    public static func won(_ amount: Int, in language: Language) -> String {
        Won(amount).text(in: language)
    }
}
