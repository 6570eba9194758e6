import DeliveryDomain
import DeliveryEngine
import Foundation

extension RiderModel {
    /// Keys shared by every rider page, after the page's own.
    private var sessionHints: [KeyHint] {
        [
            KeyHint(key: "Tab/1-3", .tabs, in: language), KeyHint(key: "q", .quit, in: language),
            KeyHint(key: "S-Tab", .previousTab, in: language),
            KeyHint(key: "Q", .signOut, in: language),
            SSHKeysPage.openingHint(in: language),
        ]
    }

    func hints(context: ScreenContext) -> [KeyHint] {
        if let page = sshKeys {
            return page.isEditingText ? page.hints() : [KeyHint(key: "?", .help, in: language)] + page.hints() + sessionHints.dropLast()
        }
        if let open = prompt { return open.prompt.hints }
        let hints: [KeyHint]
        switch section {
        case .open: hints = openJobsHints()
        case .current: hints = currentJobHints()
        case .past: hints = pastJobsHints()
        }
        return [KeyHint(key: "?", .help, in: language)] + hints + sessionHints
    }

    var tabs: [SectionTab] {
        [
            SectionTab(1, RiderSection.open.title(in: language), badge: open.isEmpty ? nil : "\(open.items.count)"),
            SectionTab(2, RiderSection.current.title(in: language), badge: current.isEmpty ? nil : "\(current.items.count)"),
            SectionTab(3, RiderSection.past.title(in: language)),
        ]
    }

    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        let layout = SessionLayout(
            title: "\(SessionWords.signedInBrand.text(in: language)) · \(who.name) (\(Role.rider.label(in: language)))",
            status: TimeText.clock(context.now), tabs: tabs,
            activeTab: section.rawValue, hints: hints(context: context), notice: sshKeys.map(\.notice) ?? notice,
            database: context.database?.short)
        let area = layout.render(into: &grid)
        if let page = sshKeys { return page.render(into: &grid, in: area) }
        switch section {
        case .open: renderOpenJobs(into: &grid, in: area)
        case .current: renderCurrentJob(into: &grid, in: area, now: context.now)
        case .past: renderPastJobs(into: &grid, in: area, now: context.now)
        }
        if let open = prompt { return open.prompt.render(into: &grid, in: area) }
        return nil
    }
}
