import DeliveryEngine
import DeliveryScript
import DeliveryDomain
import TerminalUI
import Foundation

/// Loads `fixtures/sample-stores.baedal` into the database through the script runner.
enum SampleStores {
    static func load(into databasePath: String, language: Language) async -> Result<String, DeliveryError> {
        let file = URL(fileURLWithPath: FixtureLocator.path("sample-stores.baedal"))
        guard FileManager.default.fileExists(atPath: file.path) else {
            return .failure(.storage(ScreenText.sampleStoresMissing.text(in: language)))
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
                return .failure(.storage(ScreenText.sampleScriptFailed("\(failure)").text(in: language)))
            }
            let stores = try await engine.stores().count
            return .success(ScreenText.sampleStoresLoaded(stores: stores).text(in: language))
        } catch let error as DeliveryError {
            return .failure(error)
        } catch {
            return .failure(.storage("\(error)"))
        }
    }
}
