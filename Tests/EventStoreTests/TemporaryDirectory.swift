import Foundation

/// A fresh folder under the system's temporary directory, removed when the owner is done.
///
/// Test suites are classes holding one of these, so that each test gets its own files and
/// Swift Testing's `deinit` of the suite instance cleans them up.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("baedal-eventstore-tests", isDirectory: true)
            .appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder; the file itself is not created.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
