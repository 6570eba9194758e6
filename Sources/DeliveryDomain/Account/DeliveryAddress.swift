import Foundation

/// Where an order goes: the address a rider reads, and the customer's note for the door.
///
/// Both reach other people's terminals (the owner's and the rider's), so both follow
/// ``FreeText``: no control, direction or invisible characters; the address up to 100
/// characters, the note up to 60. An empty note is no note.
///
///     let home = try DeliveryAddress.validated("서울 관악구 신림로 1, 101호", note: "문 앞에 놓아주세요")
public struct DeliveryAddress: Codable, Sendable, Equatable, Hashable {
    /// Trimmed and precomposed (NFC): two ways of typing one address are one address.
    public let address: String
    public let note: String?

    /// Use ``validated(_:note:)`` for typed text; this is for values already checked.
    public init(address: String, note: String?) {
        self.address = address
        self.note = note
    }

    /// The address and note as typed, checked and in canonical form, or why they cannot be used.
    public static func validated(_ address: String, note: String?) throws(RuleViolation) -> DeliveryAddress {
        let text = try FreeText.validate(address, as: .address)
        guard !text.isEmpty else { throw .emptyAddress }
        let note = try note.map { (note) throws(RuleViolation) in try FreeText.validate(note, as: .deliveryNote) }
        return DeliveryAddress(address: text, note: note?.isEmpty == true ? nil : note)
    }

    /// "서울 관악구 신림로 1, 101호 (문 앞에 놓아주세요)": one line for lists and transcripts.
    public var oneLine: String { note.map { "\(address) (\($0))" } ?? address }
}
