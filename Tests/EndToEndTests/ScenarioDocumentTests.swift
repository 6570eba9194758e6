import Foundation
import Testing

/// The rules baedal enforces come from the scenario. It once lived outside the repository
/// (`../shared/seed/`), so a clone of the project linked to nothing; it is kept in `docs/`.
@Suite("The scenario in the project")
struct ScenarioDocumentTests {
    static let docs = ProcessHarness.packageRoot.appendingPathComponent("docs")

    @Test func theScenarioAndItsKoreanOriginalAreInDocs() throws {
        let english = try String(contentsOf: Self.docs.appendingPathComponent("scenario.md"), encoding: .utf8)
        let korean = try String(contentsOf: Self.docs.appendingPathComponent("scenario.ko.md"), encoding: .utf8)
        #expect(english.contains("One order is from one store only, and holds at most 10 menu items."))
        #expect(english.contains("(scenario.ko.md)"), "the translation links its original")
        #expect(korean.contains("배달"))
    }

    @Test func documentsLinkOnlyToFilesInTheProject() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.docs.path).filter { $0.hasSuffix(".md") }
        for file in files {
            let text = try String(contentsOf: Self.docs.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("../shared/"), "\(file) points outside the project")
            for match in text.matches(of: /\]\(([^)#\s]+)[^)]*\)/) {
                let target = String(match.1)
                if target.contains("://") || target.hasPrefix("mailto:") { continue }
                let resolved = Self.docs.appendingPathComponent(target).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: resolved.path), "\(file) links to \(target), which does not exist")
            }
        }
    }
}
