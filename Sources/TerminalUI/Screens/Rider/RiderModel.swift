import DeliveryDomain
import DeliveryEngine
import Foundation

/// The rider's sections, reached with Tab or their number.
public enum RiderSection: Int, CaseIterable, Equatable, Sendable {
    case open = 1, current, past

    func title(in language: Language) -> String {
        let words: RiderText =
            switch self {
            case .open: .openJobs
            case .current: .currentJob
            case .past: .pastJobs
            }
        return words.text(in: language)
    }
}

/// A signed-in rider's session: open jobs to accept, the current job with pick-up, delivered
/// and giving it back, and past jobs, each page in its own file (`OpenJobsPage.swift`,
/// `CurrentJobPage.swift`, `ReleaseJobQuestion.swift`, `PastJobsPage.swift`). Each refusal
/// (another rider was faster, the store has not started delivery, the food is already picked
/// up) is said on the notice line.
public struct RiderModel: Equatable, Sendable {
    public let who: SignedIn
    public internal(set) var section: RiderSection = .open
    var open = SelectionList<OrderSummary>()
    var current = SelectionList<OrderSummary>()
    var past = SelectionList<OrderSummary>()
    /// Store addresses by store id, for the pick-up line.
    var addresses: [String: String] = [:]
    var notice: Notice?
    /// The yes/no question open over the page, if any.
    var prompt: OpenPrompt<RiderPrompt>?
    /// Open jobs already seen, to announce new ones; nil before the first read.
    var knownJobs: Set<String>?
    /// The SSH keys page, while it is open over the section.
    var sshKeys: SSHKeysPage?

    /// The language the session is worded in (see ``AppModel/language``).
    public let language: Language

    public init(who: SignedIn, size: TerminalSize, language: Language = .standard) {
        self.who = who
        self.language = language
        resize(size)
    }

    var actor: Actor { who.actor }
    var pageTitle: String { sshKeys != nil ? SSHKeysText.title.text(in: language) : section.title(in: language) }

    /// The current job's progress bar moves while it is on the road, from the start of delivery.
    var showsMovingTime: Bool {
        section == .current && current.items.contains { DeliveryProgress.isUnderWay($0.orderStatus) }
    }
    var isEditingText: Bool { prompt != nil || sshKeys?.isEditingText == true }

    mutating func resize(_ size: TerminalSize) {
        open.visibleRows = listRows(for: size, reserving: 4)
        current.visibleRows = listRows(for: size, reserving: 6)
        past.visibleRows = listRows(for: size)
    }

    /// What every change asks again. Past jobs only while their page is open: they are the
    /// longest list and no other page shows them.
    func refreshEffects() -> [Effect] {
        var effects: [Effect] = [
            .fetch(.openJobs), .fetch(.riderJobs(actor, finished: false)),
            .fetch(.stores(search: "", category: nil, for: actor)),
        ]
        if section == .past { effects.append(.fetch(.riderJobs(actor, finished: true))) }
        return effects
    }
}
