import DeliveryDomain
import DeliveryEngine
import Foundation

extension RiderModel {
    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        if let effects = SSHKeysPage.route(
            message, &sshKeys, who: who, size: context.size, canOpen: !isEditingText, language: language)
        {
            return effects
        }
        switch message {
        case .key(let key): return handle(key)
        case .storeChanged: return refreshEffects()
        case .fetched(let fetch, .success(let data)): apply(fetch, data, &context)
        case .fetched(_, .failure(let error)): notice = .refusal(error, in: language)
        case .sent(let action, let result): return sent(action, result)
        default: break
        }
        return []
    }

    // MARK: Keys

    mutating func handle(_ key: Key) -> [Effect] {
        if prompt != nil { return handlePrompt(key) }
        notice = nil
        let handled: [Effect]?
        switch section {
        case .open: handled = openJobsKey(key)
        case .current: handled = currentJobKey(key)
        case .past: handled = pastJobsKey(key)
        }
        if let handled { return handled }
        let count = RiderSection.allCases.count
        switch key {
        case .tab: return show(RiderSection(rawValue: section.rawValue % count + 1)!)
        case .backTab: return show(RiderSection(rawValue: (section.rawValue + count - 2) % count + 1)!)
        case .character(let c) where ("1"..."3").contains(c): return show(RiderSection(rawValue: Int(String(c))!)!)
        default: return []
        }
    }

    /// Opens a section; past jobs are read as their page opens (``refreshEffects()``).
    private mutating func show(_ next: RiderSection) -> [Effect] {
        let opensPast = next == .past && section != .past
        section = next
        return opensPast ? [.fetch(.riderJobs(actor, finished: true))] : []
    }

    // MARK: Results

    private mutating func apply(_ fetch: Fetch, _ data: Fetched, _ context: inout ScreenContext) {
        switch (fetch, data) {
        case (.openJobs, .orders(let jobs)):
            receiveOpenJobs(jobs, &context)
        case (.riderJobs(_, let finished), .orders(let jobs)):
            if finished {
                past.replaceItems(keepingSelection: jobs)
            } else {
                current.replaceItems(keepingSelection: jobs)
                closeReleaseQuestionOvertaken()
            }
        case (.stores, .stores(let rows)):
            addresses = Dictionary(rows.map { ($0.summary.storeId.rawValue, $0.summary.address) }, uniquingKeysWith: { a, _ in a })
        default:
            break
        }
    }

    private mutating func sent(_ action: Action, _ result: Result<ActionOutcome, DeliveryError>) -> [Effect] {
        switch result {
        case .success:
            switch action {
            case .acceptJob(let id, _): accepted(id)
            case .releaseJob(let id, _): released(id)
            case .pickUp(let id, _): pickedUp(id)
            case .markDelivered(let id, _): delivered(id)
            default: break
            }
        case .failure(let error):
            notice = .refusal(error, in: language)
        }
        return refreshEffects()
    }
}
