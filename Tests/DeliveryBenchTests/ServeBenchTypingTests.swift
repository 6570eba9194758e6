import Testing

@testable import DeliveryBench

/// What `bench serve`'s typing sessions type, so that every timed key's echo shows on screen.
@Suite("Serve bench typing")
struct ServeBenchTypingTests {
    /// The runs of letters between one Ctrl-U and the next, as the field shows them.
    func runs(_ count: Int) -> [[Unicode.Scalar]] {
        let perRun = ServeBenchTyping.letters.count + 1
        return (0..<count).map { run in
            let keys = (0..<perRun).map { ServeBenchTyping.key(at: run * perRun + $0) }
            #expect(keys.last == ServeBenchTyping.clearField)
            return Array(keys.dropLast())
        }
    }

    @Test("No cell of the field shows the letter it showed in the run before, so a repaint always draws the key")
    func everyRunDiffersCellByCellFromTheOneBefore() {
        let runs = runs(25)
        for (before, after) in zip(runs, runs.dropFirst()) {
            for (old, new) in zip(before, after) { #expect(old != new) }
        }
    }

    @Test("Every run types each letter once and nothing else")
    func everyRunIsTheLettersOnce() {
        for run in runs(12) { #expect(Set(run) == Set(ServeBenchTyping.letters) && run.count == ServeBenchTyping.letters.count) }
    }
}
