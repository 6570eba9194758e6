import DeliveryEngine
import Testing

/// A session without a payment processor is not a storage failure: it has its own error, so a
/// screen (or a test) can tell "no card payments here" from "the database failed".
@Suite("Card payments not available")
struct PaymentsUnavailableErrorTests {
    @Test func itIsItsOwnErrorAndSaysWhy() {
        let error = DeliveryError.paymentsUnavailable
        #expect(error != .storage(error.description))
        #expect(error.violation == nil)
        #expect(error.description.hasPrefix("Card payments are not available here"))
        #expect(error.description.contains("payment processor"))
    }
}
