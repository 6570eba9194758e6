import DeliveryDomain
import EventStore
import Foundation
import Payments

extension DeliveryEngine {
    /// Settles many orders' payment requests with one call to the processor
    /// (``PaymentProcessor/charge(all:)``): over HTTP one round trip for them all, instead of two
    /// for each. The orders are read in one read, and the outcomes recorded side by side, so
    /// group commit writes them in a few transactions.
    ///
    /// Each answer is what ``settlePayment(_:)`` would have given for that order, in the orders'
    /// order. Every rule of a single settlement holds: each charge goes under its request's
    /// own key, an answer is decided on the order as it was read (a change meanwhile refuses the
    /// append and reloads), a charge that failed on its own is looked up by its key, and a batch
    /// the processor did not answer leaves every request queued under its key (the next pass
    /// charges them again, and the processor replays any that had landed). An order with no
    /// request out any more is answered as ``settlePayment(_:)`` answers it.
    ///
    ///     let answers = await engine.settlePayments(pending.map(\.order))
    ///     // [(order, .success(.paid(paymentID: "pay_000001"))), …]
    public func settlePayments(_ orders: [OrderID], recordingAtOnce: Int = 32) async
        -> [(order: OrderID, result: Result<PaymentResult, DeliveryError>)]
    {
        guard !orders.isEmpty else { return [] }
        let loaded: [(state: OrderState, version: Int)]
        do {
            let handler = handler(OrderDecider.self)
            let streams = try await store.readStreams(orders.map { (stream: Streams.order($0), fromVersion: 1) })
            loaded = try zip(orders, streams).map { try handler.fold(Streams.order($0), newer: $1) }
        } catch {
            return orders.map { ($0, .failure(DeliveryError.wrap(error))) }
        }
        let answers = await charge(orders, loaded)
        let recordedTogether = await recordTogether(answers, orders, loaded)
        return await withTaskGroup(of: (Int, Result<PaymentResult, DeliveryError>).self) { group in
            var next = 0
            func startNext() {
                guard next < orders.count else { return }
                let index = next
                next += 1
                if let recorded = recordedTogether[index] {
                    group.addTask { (index, .success(recorded)) }
                    return
                }
                group.addTask {
                    do throws(DeliveryError) {
                        switch answers[index] {
                        case .answered(let outcome, let charge):
                            return (index, .success(try await self.record(outcome, of: charge, for: orders[index], loaded: loaded[index])))
                        case .failed(let error, let charge):
                            let settled = try await self.settleFailedCharge(
                                charge, failure: error, for: orders[index], loaded: loaded[index])
                            return (index, .success(settled))
                        case .unanswered(let reason):
                            return (index, .success(.pending(reason: reason)))
                        case .alone:
                            return (index, .success(try await self.settlePayment(orders[index], placed: loaded[index])))
                        }
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            for _ in 0..<max(1, recordingAtOnce) { startNext() }
            var results = [Result<PaymentResult, DeliveryError>?](repeating: nil, count: orders.count)
            while let (index, result) = await group.next() {
                results[index] = result
                startNext()
            }
            return zip(orders, results).map { ($0, $1!) }
        }
    }

    /// Records every answered outcome in one append of all the orders' events, all or none
    /// (``EventStore/appendAll(_:)``): one transaction, and on PostgreSQL one round trip, instead
    /// of one per order. Each is decided on the order as read before the charge; if any order
    /// moved since (a customer cancelled meanwhile), nothing is written and each is recorded on
    /// its own, reloading as ``record(_:of:for:loaded:)`` does. Answers by index; empty when
    /// they were not recorded together.
    private func recordTogether(_ answers: [BatchAnswer], _ orders: [OrderID], _ loaded: [(state: OrderState, version: Int)])
        async -> [Int: PaymentResult]
    {
        let now = EventCodec.instantAsDecoded(clock.now())  // as in ``CommandHandler``
        var requests: [AppendRequest] = []
        var appended: [[OrderEvent]] = []
        var results: [Int: PaymentResult] = [:]
        var refunds: [(OrderID, [OrderEvent])] = []
        do {
            for (index, answer) in answers.enumerated() {
                guard case .answered(let outcome, let charge) = answer else { continue }
                let (command, result): (OrderCommand, PaymentResult) =
                    switch outcome {
                    case .approved(let paymentID):
                        (
                            .recordPaymentApproved(idempotencyKey: charge.idempotencyKey, paymentID: paymentID, now: now),
                            .paid(paymentID: paymentID)
                        )
                    case .declined(let reason):
                        (
                            .recordPaymentDeclined(
                                idempotencyKey: charge.idempotencyKey, reason: reason.message, cause: .refused(reason), now: now),
                            .declined(reason: reason.message)
                        )
                    }
                let (state, version) = loaded[index]
                let decided = try OrderDecider.decide(command, state)
                results[index] = result
                guard !decided.isEmpty else { continue }
                let correlation = ids.eventID()
                let metadata = EventMetadata(actor: "payments", causationID: nil, correlationID: correlation)
                requests.append(
                    AppendRequest(
                        stream: Streams.order(orders[index]), expectedVersion: .exactly(version),
                        events: try decided.map { try codec.newEvent($0, id: ids.eventID(), metadata: metadata) }, recordedAt: now))
                appended.append(decided)
                if decided.contains(where: { if case .refunded = $0 { true } else { false } }) {
                    refunds.append((orders[index], decided))
                }
            }
            guard !requests.isEmpty || !results.isEmpty else { return [:] }
            if !requests.isEmpty {
                let landed = try await store.appendAll(requests)
                for (request, (events, result)) in zip(requests, zip(appended, landed)) {
                    ownAppends.keep(events, of: request.stream, at: result, recordedAt: now)
                }
            }
        } catch {
            return [:]
        }
        // The order stopped while the charge was on its way: the approval came with a refund.
        for (order, events) in refunds { await issueRefunds(events, order: order) }
        return results
    }

    /// What the batch call said about one order.
    private enum BatchAnswer: Sendable {
        case answered(ChargeOutcome, ChargeRequest)
        /// This charge alone failed inside an answered batch.
        case failed(any Error, ChargeRequest)
        /// The batch got no answer: the request stays queued under its key.
        case unanswered(reason: String)
        /// No request out: nothing was charged.
        case alone
    }

    /// Charges every order with a request out in one call to the processor.
    private func charge(_ orders: [OrderID], _ loaded: [(state: OrderState, version: Int)]) async -> [BatchAnswer] {
        var answers = [BatchAnswer](repeating: .alone, count: orders.count)
        let batch = orders.indices.compactMap { index in
            loaded[index].state.pendingPayment.map { (index: index, charge: Self.chargeRequest($0, for: orders[index])) }
        }
        guard !batch.isEmpty else { return answers }
        do {
            let outcomes = try await payments.charge(all: batch.map(\.charge))
            for (item, outcome) in zip(batch, outcomes) {
                switch outcome {
                case .success(let outcome): answers[item.index] = .answered(outcome, item.charge)
                case .failure(let error): answers[item.index] = .failed(error, item.charge)
                }
            }
        } catch {
            // In-process payments have failed for good: each is settled as a single failed charge.
            let reason = (error as? PaymentProcessorError)?.description ?? "\(error)"
            for item in batch {
                answers[item.index] = settlesFailuresAsDeclines ? .failed(error, item.charge) : .unanswered(reason: reason)
            }
        }
        return answers
    }
}
