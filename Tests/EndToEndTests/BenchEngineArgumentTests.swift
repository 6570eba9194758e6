import Foundation
import Testing

/// `baedal bench engine` refuses a bad option before it measures or writes anything.
@Suite("bench engine options")
struct BenchEngineArgumentTests {
    @Test(arguments: ["0", "101"])
    func aRepeatOutsideItsRangeIsRefusedBeforeAnythingRuns(count: String) throws {
        let result = try ProcessHarness.run(["bench", "engine", "--quick", "--repeat", count])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--repeat takes the number of runs of each client count, from 1 to 100; not \(count)."))
        #expect(!result.stderr.contains("raw baseline round"), "nothing was measured")
    }
}
