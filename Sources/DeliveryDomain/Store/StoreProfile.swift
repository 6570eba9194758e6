/// What an owner registers about a store: what customers see when they choose one, and what
/// the business needs to be paid.
///
/// Built as typed, then checked once by ``validated()`` when the store is registered; events
/// hold only validated profiles.
public struct StoreProfile: Sendable, Codable, Equatable {
    /// Shown on every list and order; unique among stores by ``NameKey``.
    public var name: String
    public var address: String
    /// What kind of food ("중식", "치킨"): the customer's store list filters by it.
    public var category: String
    public var hours: OpeningHours
    /// A cart below this (before the delivery fee) cannot be ordered.
    public var minimumOrder: Won
    /// Added to every order's total.
    public var deliveryFee: Won
    /// Bank and account number the takings are paid to (정산 계좌), like "국민 123-456-789".
    public var payoutAccount: String
    /// The ``BusinessRegistrationNumber``, formatted `123-45-67891`.
    public var businessNumber: String

    public init(
        name: String, address: String, category: String, hours: OpeningHours, minimumOrder: Won,
        deliveryFee: Won, payoutAccount: String, businessNumber: String
    ) {
        self.name = name
        self.address = address
        self.category = category
        self.hours = hours
        self.minimumOrder = minimumOrder
        self.deliveryFee = deliveryFee
        self.payoutAccount = payoutAccount
        self.businessNumber = businessNumber
    }

    /// Checks every field and returns the profile in canonical form (trimmed, NFC, formatted number).
    /// Text fields follow ``FreeText``: no control, direction or invisible characters, bounded.
    public func validated() throws(RuleViolation) -> StoreProfile {
        func text(_ value: String, _ field: FreeText.Field) throws(RuleViolation) -> String {
            let text = try FreeText.validate(value, as: field)
            guard !text.isEmpty else { throw .invalidStoreDetail(.missing(field)) }
            return text
        }
        var profile = self
        profile.name = try text(name, .storeName)
        profile.address = try text(address, .address)
        profile.category = try text(category, .category)
        profile.payoutAccount = try text(payoutAccount, .payoutAccount)
        guard payoutAccount.contains(where: \.isNumber) else {
            throw .invalidStoreDetail(.payoutAccountWithoutNumber)
        }
        guard (0...1_000_000).contains(minimumOrder.amount) else {
            throw .invalidStoreDetail(.minimumOrderOutOfRange)
        }
        guard (0...100_000).contains(deliveryFee.amount) else {
            throw .invalidStoreDetail(.deliveryFeeOutOfRange)
        }
        profile.businessNumber = try BusinessRegistrationNumber.validate(businessNumber)
        return profile
    }
}

import Foundation
