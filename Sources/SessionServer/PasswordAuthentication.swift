import NIOCore
import NIOSSH

/// Answers one connection's password attempts through the account gate, and closes the
/// connection after too many wrong ones. One per connection, so it knows whom it is
/// answering.
final class PasswordAuthentication: NIOSSHServerUserAuthenticationDelegate {
    let gate: any AccountGate
    let record: ConnectionRecord
    let failedAttemptLimit: Int
    let connection: any Channel

    init(gate: any AccountGate, record: ConnectionRecord, failedAttemptLimit: Int, connection: any Channel) {
        self.gate = gate
        self.record = record
        self.failedAttemptLimit = failedAttemptLimit
        self.connection = connection
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .password }

    func requestReceived(request: NIOSSHUserAuthenticationRequest,
                         responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        // "none" and public keys are answered "no, use a password"; they are not failures.
        guard case .password(let offer) = request.request else {
            responsePromise.succeed(.failure)
            return
        }
        let name = request.username
        let password = offer.password
        let (gate, record, limit, connection) = (self.gate, self.record, failedAttemptLimit, self.connection)
        Task {
            switch await gate.admit(name: name, password: password) {
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
    }
}
