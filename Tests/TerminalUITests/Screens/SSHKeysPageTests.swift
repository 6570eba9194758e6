import DeliveryDomain
import DeliveryEngine
import Foundation
import Testing
@testable import TerminalUI

/// The account page ("계정": SSH keys and the password) every signed-in person opens with `K`: driven through `App.update`, with
/// each key request answered by an in-memory registry as the effect runner would.
@Suite("SSH keys page") @MainActor
struct SSHKeysPageTests {
    static let laptop = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUm minsu@laptop"
    static let phone = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywt 폰"
    static let rsa = "ssh-rsa AAAAB3NzaC1yc2EAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs= old@box"

    struct Session {
        var model: AppModel
        let registry: InMemoryKeyRegistry
        /// What the last key asked for.
        var asked: [Effect] = []

        init(_ screen: AppScreen, registry: InMemoryKeyRegistry = InMemoryKeyRegistry(), size: TerminalSize = .minimum) {
            model = AppModel(screen: screen, size: size, now: ScreenWorld.now)
            self.registry = registry
        }

        mutating func press(_ keys: Key...) {
            for key in keys {
                asked = App.update(&model, .key(key))
                answer(asked)
            }
        }

        mutating func type(_ text: String) {
            for character in text { press(.character(character)) }
        }

        /// Runs the key requests as the effect runner does, and feeds the answers back.
        mutating func answer(_ effects: [Effect]) {
            for case .sshKeys(let request) in effects {
                answer(App.update(&model, .sshKeysAnswered(request, registry.answer(request))))
            }
        }

        var page: SSHKeysPage? {
            switch model.screen {
            case .customer(let m): m.sshKeys
            case .owner(let m): m.sshKeys
            case .rider(let m): m.sshKeys
            default: nil
            }
        }
        var text: String { App.view(model).grid.lines().joined(separator: "\n") }
        var hints: [KeyHint] { model.screen.hints(model: model) }
    }

    static func who(_ name: String, _ role: Role) -> SignedIn {
        SignedIn(actor: Actor(account: AccountID(name), role: role), name: name, passwordRevision: 0)
    }
    static var customer: AppScreen { .customer(CustomerModel(who: who("김민수", .customer), size: .minimum)) }

    @Test("Customers, owners and riders open it with K, and their hints and help say so")
    func everyRoleOpensItWithK() {
        let screens: [(AppScreen, String)] = [
            (Self.customer, "김민수"),
            (.owner(OwnerModel(who: Self.who("박사장", .owner), size: .minimum)), "박사장"),
            (.rider(RiderModel(who: Self.who("정라이더", .rider), size: .minimum)), "정라이더"),
        ]
        for (screen, name) in screens {
            var session = Session(screen)
            #expect(session.hints.contains(KeyHint(key: "K", action: "계정")))
            session.press(.character("?"))
            #expect(session.text.contains("계정"), "help of \(name)")
            session.press(.escape)
            session.press(.character("K"))
            #expect(session.asked == [.sshKeys(.list(account: name))])
            #expect(session.page?.loaded == true)
            #expect(session.model.screen.title == "계정")
            #expect(session.text.contains("계정 · \(name)"))
            #expect(session.text.contains("등록한 키가 없어요"))
        }
    }

    @Test("A pasted line is registered and shown by type, fingerprint and comment, never the key")
    func registerShowsTypeFingerprintAndComment() {
        var session = Session(Self.customer)
        session.press(.character("K"), .character("a"))
        #expect(session.model.screen.isEditingText)
        session.type(Self.laptop)
        session.press(.enter)
        #expect(session.asked == [.sshKeys(.register(line: Self.laptop, account: "김민수"))])
        let fingerprint = InMemoryKeyRegistry.fingerprint("AAAAC3NzaC1lZDI1NTE5AAAAIAcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUm")
        #expect(session.page?.keys.items == [SSHKey(type: "ssh-ed25519", fingerprint: fingerprint, comment: "minsu@laptop")])
        #expect(session.page?.prompt == nil)
        #expect(session.page?.notice?.kind == .success)
        let text = session.text
        #expect(text.contains("ssh-ed25519") && text.contains(fingerprint) && text.contains("minsu@laptop"))
        #expect(!text.contains("AAAAC3NzaC1lZDI1NTE5"))
    }

    @Test("A malformed line or a private key is refused in place, cleared, and never leaves the page")
    func malformedAndPrivateTextIsRefusedInPlace() {
        var session = Session(Self.customer)
        session.press(.character("K"), .character("a"))
        session.type("hello world")
        session.press(.enter)
        #expect(session.asked == [])
        #expect(session.page?.prompt?.prompt.error == KeyRegistryError.notAKey.message)
        #expect(session.page?.prompt?.prompt.text(0) == "")
        // A private key pasted by mistake arrives a line per Enter: every line is refused here.
        for line in [
            "-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", "-----END OPENSSH PRIVATE KEY-----",
        ] {
            session.type(line)
            session.press(.enter)
            #expect(session.asked == [])
        }
        #expect(session.page?.prompt?.prompt.error == KeyRegistryError.privateKey.message)
        #expect(!session.text.contains("b3BlbnNzaC1rZXkt"))
        #expect(session.registry.registrations.isEmpty)
    }

    @Test("An unsupported key type is the registry's to refuse: said in the prompt, nothing kept")
    func unsupportedTypeIsRefused() throws {
        var session = Session(Self.customer)
        session.press(.character("K"), .character("a"))
        session.type(Self.rsa)
        session.press(.enter)
        #expect(session.page?.prompt?.prompt.error == KeyRegistryError.unsupported(type: "ssh-rsa").message)
        #expect(session.page?.prompt?.prompt.error?.contains("ssh-keygen -t ed25519") == true)
        #expect(try session.registry.keys(of: "김민수").isEmpty)
    }

    @Test("A key registered already says so")
    func duplicateSaysSo() {
        var session = Session(Self.customer)
        session.press(.character("K"), .character("a"))
        session.type(Self.laptop)
        session.press(.enter, .character("a"))
        session.type(Self.laptop)
        session.press(.enter)
        #expect(session.page?.prompt?.prompt.error?.hasPrefix("이미 등록한 키예요") == true)
        #expect(session.page?.keys.items.count == 1)
    }

    @Test("Removing asks first; n keeps the key, y removes it")
    func removeAsksFirst() throws {
        let key = try InMemoryKeyRegistry.parse(Self.phone)
        var session = Session(Self.customer, registry: InMemoryKeyRegistry([("김민수", key)]))
        session.press(.character("K"))
        #expect(session.hints.contains(KeyHint(key: "d/Del", action: "삭제")))
        session.press(.character("d"))
        #expect(session.text.contains("SSH 키 삭제") && session.text.contains("삭제할까요?"))
        session.press(.character("n"))
        #expect(session.asked == [] && session.page?.keys.items == [key])
        session.press(.delete, .character("y"))
        #expect(session.asked == [.sshKeys(.remove(fingerprint: key.fingerprint, account: "김민수"))])
        #expect(session.page?.keys.isEmpty == true)
        #expect(session.page?.notice?.text.contains(key.fingerprint) == true)
        #expect(try session.registry.keys(of: "김민수").isEmpty)
    }

    @Test("Another account's keys are never asked for nor shown")
    func anotherAccountsKeysAreNeverShown() throws {
        let theirs = try InMemoryKeyRegistry.parse(Self.laptop)
        var session = Session(Self.customer, registry: InMemoryKeyRegistry([("박사장", theirs)]))
        session.press(.character("K"))
        #expect(session.asked == [.sshKeys(.list(account: "김민수"))])
        #expect(session.page?.keys.isEmpty == true)
        // An answer about another account (it cannot be asked from here) is dropped.
        session.answer([])
        _ = App.update(&session.model, .sshKeysAnswered(.list(account: "박사장"), .success([theirs])))
        #expect(session.page?.keys.isEmpty == true)
        #expect(!session.text.contains(theirs.fingerprint))
    }

    @Test("Escape sequences in a comment never reach the terminal")
    func hostileCommentIsDrawnWithoutControls() {
        let hostile = SSHKey(type: "ssh-ed25519", fingerprint: "SHA256:abc", comment: "\u{1B}[2J\u{1B}]0;owned\u{07}red\u{9B}31m")
        var session = Session(Self.customer, registry: InMemoryKeyRegistry([("김민수", hostile)]))
        session.press(.character("K"))
        let cells = App.view(session.model).grid.lines().joined()
        #expect(cells.contains("[2J]0;ownedred31m"))
        #expect(!cells.unicodeScalars.contains { DisplayWidth.isControl($0) })
        session.press(.character("d"))
        #expect(!App.view(session.model).grid.lines().joined().unicodeScalars.contains { DisplayWidth.isControl($0) })
    }

    @Test("A long pasted line scrolls in its field, the caret at its end")
    func longLineScrollsInItsField() {
        var session = Session(Self.customer, size: TerminalSize(width: 80, height: 24))
        session.press(.character("K"), .character("a"))
        let long = "ssh-ed25519 AAAA" + String(repeating: "QUJD", count: 150) + " very-long-comment@host"
        session.type(long)
        #expect(session.page?.prompt?.prompt.text(0) == long)
        let frame = App.view(session.model)
        let cursor = try? #require(frame.cursor)
        #expect((cursor?.x ?? 99) < 80)
        #expect(frame.grid.lines().contains { $0.contains("very-long-comment@host") })
    }

    @Test("Esc goes back to the section; Tab and digits go to theirs")
    func escAndTabsLeaveThePage() {
        var session = Session(Self.customer)
        session.press(.character("K"), .escape)
        #expect(session.page == nil)
        session.press(.character("K"), .character("2"))
        #expect(session.page == nil)
        guard case .customer(let customer) = session.model.screen else { return }
        #expect(customer.section == .cart)
    }

    @Test("p changes the password: the current one and the new one twice, as stars; nothing leaves the page until the two agree")
    func passwordIsChangedFromThePage() {
        var session = Session(Self.customer)
        session.press(.character("K"), .character("p"))
        #expect(session.text.contains("비밀번호 바꾸기"))
        session.type("minsu-12345")
        session.press(.tab)
        session.type("새비밀번호-2026")
        session.press(.tab)
        session.type("새비밀번호-2027")
        session.press(.enter)
        #expect(session.asked == [])
        #expect(session.text.contains("새 비밀번호 두 칸이 달라요"))
        #expect(!session.text.contains("minsu-12345") && !session.text.contains("새비밀번호"))

        session.type("새비밀번호-2026")
        session.press(.tab)
        session.type("새비밀번호-2026")
        session.press(.enter)
        let actor = Self.who("김민수", .customer).actor
        #expect(
            session.asked == [.changePassword(current: Secret("minsu-12345"), new: Secret("새비밀번호-2026"), as: actor)])
        #expect("\(session.asked)".contains("********") && !"\(session.asked)".contains("minsu"))
        session.press(.enter)  // again, while the first is on its way: not sent twice
        #expect(session.asked == [])

        _ = App.update(&session.model, .passwordChanged(actor, .failure(.refused(.wrongCurrentPassword))))
        #expect(session.text.contains("지금 비밀번호가 틀렸어요"))
        #expect(session.page?.prompt?.prompt.fields[0].input.text == "")
        _ = App.update(&session.model, .passwordChanged(actor, .success(1)))
        #expect(session.page?.prompt == nil)
        #expect(session.text.contains("비밀번호를 바꿨어요"))
    }

    @Test("A new password shorter than the rule is refused on the page")
    func shortNewPasswordIsRefusedOnThePage() {
        var session = Session(Self.customer)
        session.press(.character("K"), .character("p"))
        session.type("minsu-12345")
        session.press(.tab)
        session.type("short")
        session.press(.tab)
        session.type("short")
        session.press(.enter)
        #expect(session.asked == [])
        #expect(session.text.contains("비밀번호는 8자 이상이어야 해요"))
    }
}

/// The page's requests run through the session's services, as the executable wires them.
@Suite("SSH keys through the session's services") @MainActor
struct SSHKeysServiceTests {
    @Test func aRealSessionRegistersThroughItsRegistry() async throws {
        let world = try await ScreenWorld.seeded()
        let registry = InMemoryKeyRegistry()
        var services = ScreenWorld.services
        services.keys = registry
        let rider = await SessionDriver.signedIn("정라이더", role: .rider, in: world, services: services)
        await rider.press(.character("K"), .character("a"))
        await rider.type(SSHKeysPageTests.phone)
        await rider.press(.enter)
        #expect(try registry.keys(of: "정라이더").map(\.comment) == ["폰"])
        #expect(rider.text.contains("폰"))
        #expect(rider.text.contains("키를 등록했어요"))
    }
}
