import Foundation
import NIOConcurrencyHelpers
import Testing
@testable import SessionServer

@Suite("Server limits")
struct LimitsTests {
    @Test func anAddressMayOpenSoManyConnectionsAMinute() {
        let now = NIOLockedValueBox(Date(timeIntervalSince1970: 1_000_000))
        let limiter = AddressRateLimiter(perMinute: 2, clock: { now.withLockedValue { $0 } })
        #expect(limiter.allow("10.0.0.1"))
        #expect(limiter.allow("10.0.0.1"))
        #expect(!limiter.allow("10.0.0.1"))
        #expect(limiter.allow("10.0.0.2"))  // another address is counted on its own
        now.withLockedValue { $0 = $0.addingTimeInterval(61) }
        #expect(limiter.allow("10.0.0.1"))
    }

    @Test func theRegistryHoldsTheCapAndEndsEverySessionWhenDraining() {
        let registry = SessionRegistry(capacity: 2)
        let ended = NIOLockedValueBox<[String]>([])
        let first = registry.open { reason in ended.withLockedValue { $0.append("first: \(reason)") } }
        let second = registry.open { reason in ended.withLockedValue { $0.append("second: \(reason)") } }
        #expect(first != nil && second != nil)
        #expect(registry.open { _ in } == nil)
        registry.close(first!)
        #expect(registry.count == 1)
        registry.endAll(because: "stopping")
        #expect(ended.withLockedValue { $0 } == ["second: stopping"])
        #expect(registry.open { _ in } == nil)  // no new sessions while draining
    }

    @Test func theLogLineSaysWhoFromWhereAndWhyButNoPassword() {
        let record = ConnectionRecord(address: "192.0.2.7", started: Date(timeIntervalSince1970: 0))
        _ = record.refused("김민수")
        record.admitted("김민수", as: .account("김민수", passwordRevision: nil))
        record.ending(because: "idle for 30 min")
        record.ending(because: "client disconnected")  // the first reason wins
        let line = record.logLine(endedAt: Date(timeIntervalSince1970: 12.5))
        #expect(line == "connection from 192.0.2.7: 김민수, 12.5 s, 1 wrong password(s); ended: idle for 30 min")
    }
}
