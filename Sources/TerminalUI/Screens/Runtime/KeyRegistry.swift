import DeliveryDomain
/// Where a signed-in person's SSH public keys are kept: the executable gives sessions one
/// over the server's keys file (`baedal serve` signs in with those keys); tests give an
/// in-memory one. This module never sees the file, nor the SSH library that checks keys.
///
/// Every call is for one account, the session's own: the keys page never names another.
public protocol KeyRegistry: Sendable {
    /// The account's keys, oldest first.
    func keys(of account: String) throws(KeyRegistryError) -> [SSHKey]
    /// Registers one OpenSSH public key line (`ssh-ed25519 AAAA… comment`) and returns it as
    /// kept. Writes nothing when the line is refused.
    func register(_ line: String, for account: String) throws(KeyRegistryError) -> SSHKey
    /// Removes the account's key with this fingerprint.
    func remove(fingerprint: String, for account: String) throws(KeyRegistryError)
}

extension KeyRegistry {
    /// Performs a keys page request and reads the account's keys again, so the page shows
    /// what is kept rather than what it hoped for.
    public func answer(_ request: KeyRequest) -> Result<[SSHKey], KeyRegistryError> {
        do throws(KeyRegistryError) {
            switch request {
            case .list: break
            case .register(let line, let account): _ = try register(line, for: account)
            case .remove(let fingerprint, let account): try remove(fingerprint: fingerprint, for: account)
            }
            return .success(try keys(of: request.account))
        } catch {
            return .failure(error)
        }
    }
}

/// A registered key as a person is shown it: never the key itself.
public struct SSHKey: Equatable, Hashable, Sendable {
    /// `ssh-ed25519`, `ecdsa-sha2-nistp256`…
    public var type: String
    /// `SHA256:…`, as `ssh-keygen -lf` and the SSH client print it.
    public var fingerprint: String
    /// What its owner wrote after the key, often `user@host`.
    public var comment: String

    public init(type: String, fingerprint: String, comment: String) {
        self.type = type
        self.fingerprint = fingerprint
        self.comment = comment
    }
}

/// Why a key could not be registered, removed or listed, in words for the keys page.
public enum KeyRegistryError: Error, Equatable, Sendable {
    /// The text is not one OpenSSH public key line.
    case notAKey
    /// The text is a private key. It is not kept, repeated or sent anywhere.
    case privateKey
    /// A key type the server cannot check (RSA, DSA, security keys).
    case unsupported(type: String)
    case alreadyRegistered(fingerprint: String)
    case notRegistered(fingerprint: String)
    /// The keys file could not be read or written; the reason, for the operator.
    case unavailable(String)

    /// The Korean wording; ``text(in:)`` (beside the keys page) words it in either language.
    public var message: String { text(in: .standard) }
}

/// A registry for sessions that have none (tests that never open the keys page): every call
/// says keys are not kept here.
public struct UnavailableKeyRegistry: KeyRegistry {
    public init() {}
    public func keys(of account: String) throws(KeyRegistryError) -> [SSHKey] {
        throw .unavailable("이 세션에는 키 저장소가 없어요")
    }
    public func register(_ line: String, for account: String) throws(KeyRegistryError) -> SSHKey {
        throw .unavailable("이 세션에는 키 저장소가 없어요")
    }
    public func remove(fingerprint: String, for account: String) throws(KeyRegistryError) {
        throw .unavailable("이 세션에는 키 저장소가 없어요")
    }
}

extension String {
    /// The text with control characters (escape sequences, line breaks) taken out, so text
    /// from outside (a key's comment) can never move the cursor or recolour the terminal.
    var sanitizedForScreen: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { !DisplayWidth.isControl($0) }))
    }
}

extension SSHKey: Identifiable {
    /// A key is known by its fingerprint: two lines with one key are one key.
    public var id: String { fingerprint }
}
