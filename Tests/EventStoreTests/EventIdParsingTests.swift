import Foundation
import Testing

@testable import EventStore

/// Event ids are read with a direct parser (``EventRowDecoding/uuid(_:)``), which must agree
/// with Foundation's on every id and refuse what it refuses.
@Suite("Reading event ids")
struct EventIdParsingTests {
    @Test func agreesWithFoundation() {
        for _ in 0..<500 {
            let id = UUID()
            #expect(EventRowDecoding.uuid(id.uuidString) == id)
            #expect(EventRowDecoding.uuid(id.uuidString.lowercased()) == id)
        }
    }

    /// Ids are written as the log has always stored them: Foundation's upper-case text.
    @Test func writesWhatFoundationWrites() {
        for _ in 0..<500 {
            let id = UUID()
            #expect(EventRowDecoding.text(of: id) == id.uuidString)
        }
        let edges = [
            UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255)),
        ]
        for id in edges { #expect(EventRowDecoding.text(of: id) == id.uuidString) }
    }

    @Test(arguments: [
        "", "not a uuid", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8C36C-495A-93FC-0C247A3E6E5FF",
        "G621E1F8-C36C-495A-93FC-0C247A3E6E5F",
    ])
    func refusesWhatFoundationRefuses(text: String) {
        #expect(UUID(uuidString: text) == nil)
        #expect(EventRowDecoding.uuid(text) == nil)
    }
}
