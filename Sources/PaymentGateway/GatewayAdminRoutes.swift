import Foundation
import Hummingbird

/// `/v1/admin`: the fault switch and the counters, for the operator and the drills. Every
/// request must carry the gateway's ``AdminToken``; without it the answer is `401` and nothing
/// changes. Faults never apply here, so a broken gateway can always be healed.
enum GatewayAdminRoutes {
    static func add(to router: Router<BasicRequestContext>, ledger: GatewayLedger, token: AdminToken) {
        let admin = router.group("v1/admin").add(middleware: AdminAuthorization(token: token))
        admin.get("faults") { _, _ in
            GatewayServer.response(.json(200, await ledger.faults))
        }
        admin.post("faults") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: GatewayServer.maximumBodySize)
            guard let faults = GatewayServer.decode(FaultMode.self, from: Data(body.readableBytesView)) else {
                return GatewayServer.response(
                    .problem(400, "invalid_faults", "Expected {\"mode\": \"healthy|down|slow|flaky|declineAll\", …}."))
            }
            await ledger.setFaults(faults)
            return GatewayServer.response(.json(200, faults))
        }
        admin.get("stats") { _, _ in
            GatewayServer.response(.json(200, await ledger.stats))
        }
    }
}

/// Lets a request through to the admin routes only with the right bearer token.
struct AdminAuthorization<Context: RequestContext>: RouterMiddleware {
    let token: AdminToken

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard token.authorizes(request.headers[.authorization]) else {
            var response = GatewayServer.response(
                .problem(
                    401, "admin_token_required",
                    "The admin endpoints need the token the gateway printed at start: send Authorization: Bearer <token>."))
            response.headers[.wwwAuthenticate] = "Bearer realm=\"baedal-gateway admin\""
            return response
        }
        return try await next(request, context)
    }
}
