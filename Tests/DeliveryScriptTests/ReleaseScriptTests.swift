import DeliveryDomain
import DeliveryScript
import Foundation
import Testing

/// `release @lunch`: the rider holding a job gives it back, in a script as on the rider's screen.
@Suite("The command language: giving a job back")
struct ReleaseScriptTests {
    @Test func releaseNamesAnOrder() throws {
        let lines = try ScriptParser.parse("release @lunch\nRELEASE ORDER1", file: "release.baedal")
        #expect(lines.map(\.command) == [.releaseJob(.label("lunch")), .releaseJob(.id("ORDER1"))])
    }

    @Test func releaseWithoutAnOrderIsASyntaxError() {
        #expect(throws: ScriptSyntaxError.self) { try ScriptParser.parse("release", file: "release.baedal") }
    }

    @Test func theStepIsSaidInBothLanguages() {
        let said = ScriptText.released(order: "@lunch", rider: "라이더1")
        #expect(said.text(in: .korean) == "라이더1이 @lunch 배차를 반납했어요. 다른 라이더가 맡을 수 있어요")
        #expect(said.text(in: .english) == "@lunch given back by 라이더1; open to every rider again")
    }
}
