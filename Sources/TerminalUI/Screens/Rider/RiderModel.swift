import DeliveryDomain
import DeliveryEngine
import Foundation

/// The rider's sections, reached with Tab or their number.
public enum RiderSection: Int, CaseIterable, Equatable, Sendable {
    case open = 1, current, past

    var title: String {
        switch self {
        case .open: "배차 대기"
        case .current: "내 배달"
        case .past: "지난 배달"
        }
    }
}

/// A signed-in rider's session: open jobs to accept, the current job with pick-up and
/// delivered, and past jobs.
///
/// Keys: on open jobs, Enter or `a` accepts; on the current job, `p` picks up and `d`
/// marks delivered. Each refusal (another rider was faster, the store has not started
/// delivery) is said on the notice line.
public struct RiderModel: Equatable, Sendable {
    public let who: SignedIn
    public internal(set) var section: RiderSection = .open
    var open = SelectionList<OrderSummary>()
    var current = SelectionList<OrderSummary>()
    var past = SelectionList<OrderSummary>()
    /// Store addresses by store id, for the pick-up line.
    var addresses: [String: String] = [:]
    var notice: Notice?
    var knownJobs: Set<String>?

    public init(who: SignedIn, size: TerminalSize) {
        self.who = who
        resize(size)
    }

    var actor: Actor { who.actor }
    var pageTitle: String { section.title }

    /// The current job's progress bar moves while it is on the road, from the start of delivery.
    var showsMovingTime: Bool {
        section == .current && current.items.contains { DeliveryProgress.isUnderWay($0.orderStatus) }
    }
    var isEditingText: Bool { false }

    mutating func resize(_ size: TerminalSize) {
        open.visibleRows = listRows(for: size, reserving: 4)
        current.visibleRows = listRows(for: size, reserving: 6)
        past.visibleRows = listRows(for: size)
    }

    func refreshEffects() -> [Effect] {
        [.fetch(.openJobs), .fetch(.riderJobs(actor, finished: false)), .fetch(.riderJobs(actor, finished: true)),
         .fetch(.stores(search: "", category: nil, for: actor))]
    }

    mutating func update(_ message: AppMessage, context: inout ScreenContext) -> [Effect] {
        switch message {
        case .key(let key): return handle(key)
        case .storeChanged: return refreshEffects()
        case .fetched(.openJobs, .success(.orders(let jobs))):
            open.replaceItems(keepingSelection: jobs)
            let ids = Set(jobs.map(\.orderId))
            if let known = knownJobs, let fresh = jobs.last(where: { !known.contains($0.orderId) }) {
                context.toast = Toast("새 배차 · \(fresh.storeName) · \(fresh.summary)", kind: .info, duration: .seconds(5))
            }
            knownJobs = (knownJobs ?? []).union(ids)
        case .fetched(.riderJobs(_, let finished), .success(.orders(let jobs))):
            if finished { past.replaceItems(keepingSelection: jobs) } else { current.replaceItems(keepingSelection: jobs) }
        case .fetched(.stores, .success(.stores(let rows))):
            addresses = Dictionary(rows.map { ($0.summary.storeId, $0.summary.address) }, uniquingKeysWith: { a, _ in a })
        case .fetched(_, .failure(let error)):
            notice = .refusal(error)
        case .sent(let action, let result):
            switch result {
            case .success:
                switch action {
                case .acceptJob(let id, _):
                    notice = .success("배달 \(id.rawValue)을(를) 맡았어요. 가게가 배달을 시작하면 p로 픽업하세요.")
                    section = .current
                case .pickUp(let id, _): notice = .success("\(id.rawValue) 픽업했어요. 도착하면 d를 누르세요.")
                case .markDelivered(let id, _): notice = .success("\(id.rawValue) 배달 완료! 수고했어요.")
                default: break
                }
            case .failure(let error):
                notice = .refusal(error)
            }
            return refreshEffects()
        default:
            break
        }
        return []
    }

    mutating func handle(_ key: Key) -> [Effect] {
        notice = nil
        switch section {
        case .open:
            if open.handle(key) { return [] }
            if key == .enter || key == .character("a") {
                guard let job = open.selectedItem else { return [] }
                return [.send(.acceptJob(job.id, by: actor))]
            }
        case .current:
            if current.handle(key) { return [] }
            if key == .character("p") || key == .character("d") {
                guard let job = current.selectedItem else {
                    notice = .refusal("맡은 배달이 없어요. 1 배차 대기에서 Enter로 배달을 맡으세요.")
                    return []
                }
                return [.send(key == .character("p") ? .pickUp(job.id, by: actor) : .markDelivered(job.id, by: actor))]
            }
        case .past:
            if past.handle(key) { return [] }
        }
        let count = RiderSection.allCases.count
        switch key {
        case .tab: section = RiderSection(rawValue: section.rawValue % count + 1)!
        case .backTab: section = RiderSection(rawValue: (section.rawValue + count - 2) % count + 1)!
        case .character(let c) where ("1"..."3").contains(c): section = RiderSection(rawValue: Int(String(c))!)!
        default: break
        }
        return []
    }
}
