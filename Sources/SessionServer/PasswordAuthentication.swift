import Foundation
import NIOCore
import NIOSSH

/// Answers one connection's authentication: public keys the account registered, passwords
/// through the account gate; closes the connection after too many wrong passwords. One per
/// connection, so it knows whom it is answering.
final class PasswordAuthentication: NIOSSHServerUserAuthenticationDelegate {
    let gate: any AccountGate
    let keys: AuthorizedKeys?
    let record: ConnectionRecord
    let failedAttemptLimit: Int
    let connection: any Channel

    init(gate: any AccountGate, keys: AuthorizedKeys?, record: ConnectionRecord, failedAttemptLimit: Int, connection: any Channel) {
        self.gate = gate
        self.keys = keys
        self.record = record
        self.failedAttemptLimit = failedAttemptLimit
        self.connection = connection
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods {
        keys == nil ? .password : [.publicKey, .password]
    }

    func requestReceived(
        request: NIOSSHUserAuthenticationRequest,
        responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
    ) {
        // A key the account registered (its signature already checked by swift-nio-ssh) signs in;
        // any other key, and "none", are answered "no, try a password", not counted as failures.
        if case .publicKey(let offer) = request.request, let keys, keys.allows(request.username, offer.publicKey) {
            record.admitted(request.username, as: .account(request.username.precomposedStringWithCanonicalMapping, passwordRevision: nil))
            responsePromise.succeed(.success)
            return
        }
        guard case .password(let offer) = request.request else {
            responsePromise.succeed(.failure)
            return
        }
        let name = request.username
        let password = offer.password
        let (gate, record, limit, connection) = (self.gate, self.record, failedAttemptLimit, self.connection)
        guard record.mayCheckPassword(limit: limit) else {
            responsePromise.succeed(.failure)
            record.ending(because: "more than \(limit) passwords")
            connection.close(promise: nil)
            return
        }
        let checking = Task {
            switch await gate.admit(name: name, password: password, from: record.address) {
            case .admitted(let visitor):
                record.admitted(name, as: visitor)
                responsePromise.succeed(.success)
            case .refused:
                let failures = record.refused(name)
                responsePromise.succeed(.failure)
                if failures >= limit {
                    record.ending(because: "\(failures) wrong passwords")
                    connection.close(promise: nil)
                }
            }
        }
        // A connection that drops while its password waits for a check takes the check out of
        // the line (``PasswordChecks``): hanging up after typing costs the server no hash.
        connection.closeFuture.whenComplete { _ in checking.cancel() }
    }
}
