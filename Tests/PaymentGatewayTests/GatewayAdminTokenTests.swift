import Foundation
import Testing
@testable import PaymentGateway

/// The admin endpoints can make the gateway decline every card: only a caller holding the
/// token the gateway printed at start may use them.
@Suite("Gateway admin needs the token")
struct GatewayAdminTokenTests {
    @Test(
        "Without the token, admin answers 401 and changes nothing",
        arguments: [
            nil, "Bearer wrong-token-0123456789", "Basic dXNlcjpwYXNz", "Bearer ",
        ])
    func withoutTheTokenNothingChanges(authorization: String?) async throws {
        try await withGateway { gateway, _ in
            let set = try await RawResponse.send(
                port: gateway.port, "POST", "/v1/admin/faults", authorization: authorization,
                body: #"{"mode":"declineAll"}"#)
            #expect(set.status == 401)
            #expect(set.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
            #expect(set.body.contains("admin_token_required"))
            #expect(await gateway.faults() == .healthy)
            for path in ["/v1/admin/faults", "/v1/admin/stats"] {
                #expect(try await RawResponse.send(port: gateway.port, "GET", path, authorization: authorization).status == 401)
            }
        }
    }

    @Test("A token that only starts like the real one is refused")
    func aPrefixOfTheTokenIsRefused() async throws {
        try await withGateway { gateway, _ in
            let prefix = "Bearer " + String(gateway.adminToken.value.dropLast())
            let shorter = try await RawResponse.send(port: gateway.port, "GET", "/v1/admin/stats", authorization: prefix)
            #expect(shorter.status == 401)
            let longer = try await RawResponse.send(
                port: gateway.port, "GET", "/v1/admin/stats",
                authorization: gateway.adminToken.authorizationHeader + "0")
            #expect(longer.status == 401)
        }
    }

    @Test("With the token, admin works")
    func withTheTokenAdminWorks() async throws {
        try await withGateway { gateway, _ in
            let token = gateway.adminToken.authorizationHeader
            let set = try await RawResponse.send(
                port: gateway.port, "POST", "/v1/admin/faults", authorization: token,
                body: #"{"mode":"declineAll"}"#)
            #expect(set.status == 200)
            #expect(await gateway.faults() == .declineAll)
            #expect(try await RawResponse.send(port: gateway.port, "GET", "/v1/admin/stats", authorization: token).status == 200)
        }
    }

    @Test("Each gateway makes its own random 256-bit token unless given one")
    func tokens() throws {
        let first = AdminToken.random(), second = AdminToken.random()
        #expect(first != second)
        #expect(first.value.count == 64)
        let isHex = first.value.allSatisfy { $0.isHexDigit }
        #expect(isHex)
        let shown = String(describing: first)
        #expect(!shown.contains(first.value))
        #expect(try AdminToken("a-script-chose-this-token").value == "a-script-chose-this-token")
        #expect(throws: AdminTokenError.tooShort(length: 5)) { try AdminToken("short") }
        #expect(throws: AdminTokenError.notPrintable) { try AdminToken("has spaces in it, sadly") }
    }

    @Test("The token chosen at start is the one required")
    func aChosenToken() async throws {
        let token = try AdminToken("tests-choose-their-own-token")
        let gateway = try await GatewayServer.start(port: 0, logLevel: .critical, adminToken: token)
        #expect(
            try await RawResponse.send(
                port: gateway.port, "GET", "/v1/admin/faults",
                authorization: "Bearer tests-choose-their-own-token"
            ).status == 200)
        await gateway.shutdown()
    }
}
