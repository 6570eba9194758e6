import DeliveryDomain
import DeliveryEngine
import Foundation

/// What a rider's prompt asks.
enum RiderPrompt: Equatable, Sendable {
    /// Giving the accepted job back before pickup ("이 배차를 반납할까요?").
    case releaseJob(OrderID)
}

/// A rider who cannot go after all (the bike broke, it is too far) gives the job back from
/// 내 배달 with `x`, after a yes/no question: the job returns to every rider's open jobs and
/// the customer is told another rider is being found. Only before pickup; the engine judges,
/// and its refusal is said on the notice line, as the other rider refusals are.
///
/// The question asks for no reason: the customer and the store need to know only that another
/// rider is coming, and a rider on the road should not have to type one.
extension RiderModel {
    /// `x` on the current job: asks first. With no job selected, says there is none.
    mutating func askToReleaseJob() -> [Effect] {
        guard let job = current.selectedItem else {
            notice = .refusal(words(.noJobToPickUp))
            return []
        }
        prompt = OpenPrompt(
            prompt: Prompt(
                title: words(.releaseTitle),
                lines: [words(.releaseQuestion(order: job.orderId.rawValue, store: job.storeName)), words(.releaseExplanation)],
                submitLabel: words(.releaseButton), language: language),
            purpose: .releaseJob(job.id))
        return []
    }

    /// Keys while a question is open: `y`/Enter answers yes, `n`/Esc closes it.
    mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard let open = prompt.submission(for: key) else { return [] }
        prompt = nil
        switch open.purpose {
        case .releaseJob(let id): return [.send(.releaseJob(id, by: actor))]
        }
    }

    /// The engine took the job back: it is open again for every rider.
    mutating func released(_ id: OrderID) {
        notice = .success(words(.releasedJob(order: id.rawValue)))
    }

    /// A question about a job that was picked up meanwhile (in another session of this rider)
    /// is moot: it closes, and the notice says why, as the engine would have refused it. A job
    /// gone from the list altogether closes it without a word: the page shows it is gone.
    mutating func closeReleaseQuestionOvertaken() {
        guard case .releaseJob(let id) = prompt?.purpose else { return }
        guard let job = current.items.first(where: { $0.id == id }) else {
            prompt = nil
            return
        }
        switch job.orderStatus {
        case .cooking, .deliveryStarted:
            return
        case .pickedUp, .delivered, .awaitingPayment, .awaitingConfirmation, .cancelled, .rejected:
            prompt = nil
            notice = .refusal(RuleViolation.releaseAfterPickUp(status: job.orderStatus).text(in: language))
        }
    }
}
