import DeliveryEngine
import DeliveryScript
import Foundation

/// Loads `fixtures/sample-stores.baedal` into the database through the script runner.
enum SampleStores {
    static func load(into databasePath: String) async -> Result<String, DeliveryError> {
        let file = URL(fileURLWithPath: FixtureLocator.path("sample-stores.baedal"))
        guard FileManager.default.fileExists(atPath: file.path) else {
            return .failure(
                .storage(
                    "Cannot find fixtures/sample-stores.baedal: set BAEDAL_FIXTURES to the fixtures folder, or run baedal from the project folder."
                ))
        }
        do {
            let lines = try ScriptParser.parse(data: try Data(contentsOf: file), file: file.path)
            // The sample script sets no clock: it runs on the database's own time.
            let engine = try await DeliveryEngine.open(
                path: databasePath, options: DeliveryEngine.Options(hasherForSimulated: .fromEnvironment()))
            let runner = ScriptRunner(engine: engine)
            for line in lines { _ = await runner.step(line) }
            runner.finish()
            if let failure = runner.failures.first {
                return .failure(.storage("The sample script failed: \(failure)"))
            }
            let stores = try await engine.stores().count
            return .success(
                "샘플 가게를 불러왔어요 (가게 \(stores)곳). 고객 김민수 / minsu-1234, 사장님 박사장 / hongkong-1234, 라이더 정라이더 / rider-12345 로 로그인해 보세요.")
        } catch let error as DeliveryError {
            return .failure(error)
        } catch {
            return .failure(.storage("\(error)"))
        }
    }
}
