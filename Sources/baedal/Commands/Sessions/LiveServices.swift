import CursesDriver
import DeliveryEngine
import TerminalUI

/// The real implementations of what sessions need beyond the UI: the sample stores and the demo.
enum LiveServices {
    @MainActor
    static func make(databasePath: String, terminal: CursesTerminal) -> SessionServices {
        SessionServices(
            loadSampleStores: { await SampleStores.load(into: databasePath) },
            launchDemo: { [weak terminal] in
                guard let terminal else { return "The demo is not available." }
                return DemoLauncher.launch(terminal: terminal)
            })
    }
}
