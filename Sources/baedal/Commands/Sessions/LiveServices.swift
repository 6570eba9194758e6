import CursesDriver
import DeliveryDomain
import DeliveryEngine
import SessionServer
import TerminalUI

/// The real implementations of what sessions need beyond the UI: the sample stores, the demo,
/// and the SSH keys file beside the database that `baedal serve` signs people in with.
enum LiveServices {
    @MainActor
    static func make(databasePath: String, terminal: CursesTerminal) -> SessionServices {
        SessionServices(
            loadSampleStores: { await SampleStores.load(into: databasePath, language: $0) },
            launchDemo: { [weak terminal] language in
                guard let terminal else { return ScreenText.demoUnavailable.text(in: language) }
                return DemoLauncher.launch(terminal: terminal, language: language)
            },
            keys: AuthorizedKeysRegistry(file: Keys.file(for: databasePath)))
    }
}

extension LiveServices {
    /// What a session served by `baedal serve` gets (in its process or a child's): the keys,
    /// but no demo, which needs a terminal and processes of its own, and no sample stores,
    /// whose accounts have passwords anyone can read in the repository: a visitor loading them
    /// into a live server's empty database could then sign in as their owners.
    /// `source` is where the connection came from (each in-process session gets its own copy).
    static func served(databasePath: String, from source: SignInSource = .thisMachine) -> SessionServices {
        SessionServices(
            loadSampleStores: { .failure(.storage(ScreenText.sampleStoresOnlyByOperator.text(in: $0))) },
            launchDemo: { ScreenText.demoOnlyOnOwnMachine.text(in: $0) },
            keys: AuthorizedKeysRegistry(file: Keys.file(for: databasePath)), signInSource: source)
    }
}

/// The keys page's registry over the keys file (`baedal keys` writes the same file): the
/// session's screens never see the file or the SSH library that checks the keys.
struct AuthorizedKeysRegistry: KeyRegistry {
    let file: AuthorizedKeys

    func keys(of account: String) throws(KeyRegistryError) -> [SSHKey] {
        file.registered(for: account).map(SSHKey.init)
    }

    func register(_ line: String, for account: String) throws(KeyRegistryError) -> SSHKey {
        do { return SSHKey(try file.add(line, for: account)) } catch { throw KeyRegistryError(error) }
    }

    func remove(fingerprint: String, for account: String) throws(KeyRegistryError) {
        do { try file.remove(fingerprint: fingerprint, for: account) } catch { throw KeyRegistryError(error) }
    }
}

extension SSHKey {
    init(_ key: AuthorizedKey) {
        self.init(type: key.type, fingerprint: key.fingerprint, comment: key.comment)
    }
}

extension KeyRegistryError {
    init(_ error: AuthorizedKeysError) {
        switch error {
        case .notAKey: self = .notAKey
        case .privateKey: self = .privateKey
        case .unsupported(let type): self = .unsupported(type: type)
        case .alreadyRegistered(let fingerprint): self = .alreadyRegistered(fingerprint: fingerprint)
        case .notRegistered(let fingerprint): self = .notRegistered(fingerprint: fingerprint)
        case .badName, .unwritable: self = .unavailable(error.description)
        }
    }
}
