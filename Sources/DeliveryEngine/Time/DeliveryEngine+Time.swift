import DeliveryDomain
import Foundation
import GRDB

extension DatabaseTime {
    /// Reads (or, on a fresh file, records) the database's time mode and builds the clock a
    /// process opening it must use. Runs in one write transaction, so two processes opening one
    /// fresh file agree on its mode.
    static func open(_ shared: any SharedEngineState, request: TimeRequest, wall: any EngineClock) async throws -> DatabaseTime {
        let wallNow = wall.now()
        let (row, newest) = try await shared.openTime { newest in
            firstRecord(for: request, newest: newest, wallNow: wallNow).row
        }
        let record = try EngineTimeRecord(row: row)
        switch (record.mode, request) {
        case (.live, .wallClock):
            if let newest, newest > wallNow.addingTimeInterval(liveSkewAllowance) {
                throw DeliveryError.storage(
                    "This live database holds an event recorded at \(KoreanTime.full(newest)), ahead of this machine's clock "
                        + "(\(KoreanTime.full(wallNow))). Recorded times never run backwards: check the system clock before using it.")
            }
            return DatabaseTime(mode: .live, simulated: nil, wall: wall, floor: newest ?? .distantPast)
        case (.live, .simulated), (.live, .simulatedContinuing):
            throw DeliveryError.refused(.liveClock)
        case (.simulated, .simulated(let clock)):
            // The caller drives this clock itself (a test, the demo); the file's time only moves on.
            let start = clock.now()
            if start > (record.simulatedNow ?? .distantPast) {
                try await shared.storeSimulatedNow(start.timeIntervalSince1970)
            }
            return DatabaseTime(mode: .simulated, simulated: clock, floor: start)
        case (.simulated, .simulatedContinuing), (.simulated, .wallClock):
            let stored = max(record.simulatedNow ?? wallNow, newest ?? .distantPast)
            return DatabaseTime(mode: .simulated, simulated: SimulatedClock(stored), floor: stored)
        }
    }

    /// The mode of a file that has none: a fresh one takes the requested mode; one written before
    /// modes existed is live unless its log runs ahead of the wall clock, which only a simulated
    /// story does.
    private static func firstRecord(for request: TimeRequest, newest: Date?, wallNow: Date) -> EngineTimeRecord {
        switch request {
        case .simulated(let clock):
            return EngineTimeRecord(mode: .simulated, simulatedNow: clock.now())
        case .simulatedContinuing:
            return EngineTimeRecord(mode: .simulated, simulatedNow: newest ?? wallNow)
        case .wallClock:
            if let newest, newest > wallNow.addingTimeInterval(liveSkewAllowance) {
                return EngineTimeRecord(mode: .simulated, simulatedNow: newest)
            }
            return EngineTimeRecord(mode: .live, simulatedNow: nil)
        }
    }
}

extension DeliveryEngine {
    /// `clock T` in a script: sets a simulated database's time, for every process on the file.
    /// Refused on a live database, before 2000 or from 2100, and behind the newest recorded event.
    @discardableResult
    public func setSimulatedTime(_ target: Date) async throws(DeliveryError) -> Date {
        try await moveSimulatedTime { newest, _ throws(RuleViolation) in
            try SimulatedTimeRule.set(to: target, newestRecorded: newest, mode: self.time.mode)
        }
    }

    /// `advance 61m` in a script: moves a simulated database's time forward, for every process on
    /// the file. Refused on a live database and beyond ``SimulatedTimeRule/longestAdvance``.
    /// Due timers are the caller's to fire.
    @discardableResult
    public func advanceSimulatedTime(by seconds: TimeInterval) async throws(DeliveryError) -> Date {
        try await moveSimulatedTime { _, now throws(RuleViolation) in
            try SimulatedTimeRule.advance(by: seconds, from: now, mode: self.time.mode)
        }
    }

    /// Picks up a simulated time another process moved; nothing on a live database.
    public func followStoredTime() async {
        guard time.mode == .simulated else { return }
        let stored = try? await shared.timeRow()?.simulatedNow
        if let stored = stored ?? nil { time.follow(Date(timeIntervalSince1970: stored)) }
    }

    private func moveSimulatedTime(
        _ rule: @escaping @Sendable (_ newest: Date?, _ now: Date) throws(RuleViolation) -> Date
    ) async throws(DeliveryError) -> Date {
        guard time.mode == .simulated, let clock = time.simulated else { throw .refused(.liveClock) }
        do {
            let seconds = try await shared.moveSimulatedNow { stored, newest in
                let stored = stored.map(Date.init(timeIntervalSince1970:)) ?? clock.now()
                return try rule(newest, max(stored, clock.now())).timeIntervalSince1970
            }
            let next = Date(timeIntervalSince1970: seconds)
            clock.set(next)
            shared.signalChange()  // sessions on this simulation follow the new time at once
            return next
        } catch {
            throw DeliveryError.wrap(error)
        }
    }
}
