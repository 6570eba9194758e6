import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import TestScratch
@testable import TerminalUI

/// A small Seoul, built through the engine's public API on a simulated clock with seeded
/// ids, so every screen test sees the same stores, orders and times.
///
/// At "now" (2026-11-25 12:00 KST) 김민수 has: an order waiting for 홍콩반점 (auto-cancel in
/// 3:00), one on the road with 정라이더, one delivered at 11:40 (review opens 12:40), a
/// cancelled one and an old reviewed one with the owner's reply. 교촌치킨 is closed until
/// 15:00; 탕수육 is sold out; 김민수's favourite is 엽기떡볶이.
final class ScreenWorld: Sendable {
    let engine: DeliveryEngine
    let clock: SimulatedClock
    let directory: URL
    let path: String

    static let now = KoreanTime.parse("2026-11-25 12:00")!

    static let passwords = [
        "박사장": "hongkong-1234", "김떡볶": "tteok-1234", "이치킨": "chicken-1234",
        "김민수": "minsu-1234", "이영희": "younghee-1234", "정라이더": "rider-12345",
        "새사장": "newowner-1234",
    ]

    private init(engine: DeliveryEngine, clock: SimulatedClock, directory: URL) {
        self.engine = engine
        self.clock = clock
        self.directory = directory
        self.path = directory.appendingPathComponent("baedal.sqlite").path
    }

    /// An empty database on the simulated clock.
    static func empty() async throws -> ScreenWorld {
        let directory = TestScratch.url("baedal-screens")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let clock = SimulatedClock(now)
        let engine = try await DeliveryEngine.open(
            path: directory.appendingPathComponent("baedal.sqlite").path,
            options: DeliveryEngine.Options(clock: clock, ids: .seeded(42), hasher: .fastForTests))
        return ScreenWorld(engine: engine, clock: clock, directory: directory)
    }

    /// A second engine on the same file, as another terminal would open it.
    func secondEngine() async throws -> DeliveryEngine {
        try await DeliveryEngine.open(
            path: path,
            options: DeliveryEngine.Options(
                clock: clock, ids: .seeded(7),
                hasher: .fastForTests))
    }

    func at(_ text: String) {
        clock.set(KoreanTime.parse(text)!)
    }

    static let card = CardDetails(number: "4242 4242 4242 4242", expiryMonth: 12, expiryYear: 2030, cvc: "123")
    /// 김민수's default address: the seeded orders go there too.
    static let minsuHome = DeliveryAddress(address: "서울 관악구 신림로 1, 101호", note: "문 앞에 놓아주세요")

    /// Services as the real session has them; checkout charges the sandbox through the effect runner.
    static let services = SessionServices(
        loadSampleStores: { _ in .success("샘플 가게를 불러왔어요 (가게 5곳).") },
        launchDemo: { _ in "The demo is not available in this build: `baedal demo` does not exist yet." })

    /// Stores, menus, people and orders as described above.
    static func seeded() async throws -> ScreenWorld {
        let world = try await empty()
        let e = world.engine
        world.at("2026-11-23 11:00")
        let park = try await e.signUp(name: "박사장", role: .owner, password: passwords["박사장"]!)
        let hk = try await e.registerStore(
            StoreProfile(
                name: "홍콩반점", address: "서울 마포구 양화로 45", category: "중식",
                hours: try OpeningHours(parsing: "10:30-22:00"), minimumOrder: 12000, deliveryFee: 3000,
                payoutAccount: "국민 123-456-789012", businessNumber: "123-45-67891"), as: park)
        var hkMenu: [String: MenuItemID] = [:]
        for (name, price, description) in [
            ("짜장면", 7000, "춘장에 달달 볶은 기본 짜장"), ("짬뽕", 8500, "해물 가득 얼큰한 국물"),
            ("탕수육", 18000, "바삭한 찹쌀 탕수육 (소)"), ("볶음밥", 8000, "불맛 나는 계란 볶음밥"),
            ("군만두", 6000, "8개"),
        ] {
            hkMenu[name] = try await e.addMenuItem(to: hk, name: name, price: Won(price), description: description, as: park)
        }
        try await e.setSoldOut(hkMenu["탕수육"]!, in: hk, true, as: park)

        let kim = try await e.signUp(name: "김떡볶", role: .owner, password: passwords["김떡볶"]!)
        let yeop = try await e.registerStore(
            StoreProfile(
                name: "엽기떡볶이", address: "서울 동대문구 왕산로 12", category: "분식",
                hours: try OpeningHours(parsing: "11:00-23:30"), minimumOrder: 14000, deliveryFee: 2500,
                payoutAccount: "신한 110-234-567890", businessNumber: "220-81-12341"), as: kim)
        let tteok = try await e.addMenuItem(to: yeop, name: "엽기떡볶이", price: 14000, description: "매운맛 조절 가능, 2~3인분", as: kim)
        _ = try await e.addMenuItem(to: yeop, name: "주먹김밥", price: 2000, description: "떡볶이와 찰떡궁합", as: kim)
        _ = try await e.addMenuItem(to: yeop, name: "쿨피스", price: 1500, description: "매운맛 진정제", as: kim)

        let lee = try await e.signUp(name: "이치킨", role: .owner, password: passwords["이치킨"]!)
        let kyochon = try await e.registerStore(
            StoreProfile(
                name: "교촌치킨 신촌점", address: "서울 서대문구 연세로 8", category: "치킨",
                hours: try OpeningHours(parsing: "15:00-02:00"), minimumOrder: 18000, deliveryFee: 3000,
                payoutAccount: "우리 1002-345-678901", businessNumber: "105-87-23459"), as: lee)
        _ = try await e.addMenuItem(to: kyochon, name: "교촌오리지날", price: 19000, description: "간장 마늘 소스", as: lee)

        let minsu = try await e.signUp(name: "김민수", role: .customer, password: passwords["김민수"]!)
        let younghee = try await e.signUp(name: "이영희", role: .customer, password: passwords["이영희"]!)
        let rider = try await e.signUp(name: "정라이더", role: .rider, password: passwords["정라이더"]!)
        _ = try await e.signUp(name: "새사장", role: .owner, password: passwords["새사장"]!)
        try await e.favourite(yeop, as: minsu)

        func order(_ store: StoreID, _ lines: [(MenuItemID, Int)], by actor: Actor) async throws -> OrderID {
            let result = try await e.placeOrder(
                from: store, lines: lines.map { CartLine(item: $0.0, quantity: $0.1) },
                card: card, deliverTo: Self.minsuHome, as: actor)
            return result.order
        }

        // Two days ago: delivered, reviewed, replied.
        world.at("2026-11-23 12:00")
        let old = try await order(hk, [(hkMenu["짬뽕"]!, 2)], by: minsu)
        world.at("2026-11-23 12:02")
        try await e.confirm(old, cookMinutes: 20, as: park)
        try await e.acceptJob(old, as: rider)
        world.at("2026-11-23 12:22")
        try await e.startDelivery(old, travelMinutes: 15, as: park)
        try await e.pickUp(old, as: rider)
        world.at("2026-11-23 12:40")
        try await e.markDelivered(old, as: rider)
        world.at("2026-11-23 14:00")
        try await e.review(old, rating: 5, text: "국물이 진하고 맛있어요! 또 시킬게요", as: minsu)
        try await e.reply(to: old, text: "감사합니다! 또 오세요 :)", as: park)

        // Yesterday: cancelled before the store confirmed.
        world.at("2026-11-24 18:00")
        let cancelled = try await order(hk, [(hkMenu["짜장면"]!, 2)], by: minsu)
        try await e.cancel(cancelled, reason: "잘못 주문했어요", as: minsu)

        // Today.
        world.at("2026-11-25 11:00")
        let delivered = try await order(hk, [(hkMenu["짜장면"]!, 1), (hkMenu["군만두"]!, 1), (hkMenu["볶음밥"]!, 1)], by: minsu)
        world.at("2026-11-25 11:02")
        try await e.confirm(delivered, cookMinutes: 15, as: park)
        try await e.acceptJob(delivered, as: rider)
        world.at("2026-11-25 11:20")
        try await e.startDelivery(delivered, travelMinutes: 20, as: park)
        world.at("2026-11-25 11:21")
        try await e.pickUp(delivered, as: rider)
        world.at("2026-11-25 11:40")
        try await e.markDelivered(delivered, as: rider)

        world.at("2026-11-25 11:40")
        let onTheRoad = try await order(hk, [(hkMenu["짬뽕"]!, 1), (hkMenu["짜장면"]!, 1)], by: minsu)
        world.at("2026-11-25 11:41")
        try await e.confirm(onTheRoad, cookMinutes: 10, as: park)
        try await e.acceptJob(onTheRoad, as: rider)
        world.at("2026-11-25 11:45")
        let cooking = try await order(hk, [(hkMenu["볶음밥"]!, 2)], by: younghee)
        world.at("2026-11-25 11:46")
        try await e.confirm(cooking, cookMinutes: 30, as: park)
        world.at("2026-11-25 11:52")
        try await e.startDelivery(onTheRoad, travelMinutes: 15, as: park)
        world.at("2026-11-25 11:53")
        try await e.pickUp(onTheRoad, as: rider)
        world.at("2026-11-25 11:57")
        let tteokOrder = try await order(yeop, [(tteok, 1)], by: younghee)
        world.at("2026-11-25 11:58")
        _ = try await order(hk, [(hkMenu["짜장면"]!, 2)], by: minsu)
        world.at("2026-11-25 11:59")
        try await e.confirm(tteokOrder, cookMinutes: 15, as: kim)
        // Saved last, so the seeded ids (and every screen that shows them) stay as they were.
        try await e.addAddress(Self.minsuHome.address, note: Self.minsuHome.note, as: minsu)

        world.clock.set(now)
        return world
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}
