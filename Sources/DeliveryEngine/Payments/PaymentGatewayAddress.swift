import Foundation

/// A payment gateway's base URL, checked before it is stored or used: `http` or `https`, a host
/// and an explicit port, nothing else. A typo is caught when the setting is made, not when the
/// first customer pays.
public enum PaymentGatewayAddress {
    /// The URL, trimmed of a trailing slash; a message saying what is wrong and what to give otherwise.
    public static func parse(_ text: String) throws(DeliveryError) -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let example = "Give the gateway's base URL, e.g. http://127.0.0.1:8089 (what `baedal gateway --port 8089` listens on)."
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            throw .invalidSetting("\"\(text)\" is not a URL. \(example)")
        }
        guard scheme == "http" || scheme == "https" else {
            throw .invalidSetting("The payment gateway is reached over http or https, not \(scheme). \(example)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw .invalidSetting("\"\(text)\" names no host. \(example)")
        }
        guard let port = components.port else {
            throw .invalidSetting("\"\(text)\" names no port. \(example)")
        }
        guard (1...65_535).contains(port) else {
            throw .invalidSetting("Port \(port) is out of range (1 to 65535). \(example)")
        }
        guard components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil,
            components.user == nil, components.password == nil
        else {
            throw .invalidSetting("\"\(text)\" has more than a scheme, host and port. \(example)")
        }
        var clean = URLComponents()
        clean.scheme = scheme
        clean.host = host
        clean.port = port
        guard let url = clean.url else { throw .invalidSetting("\"\(text)\" is not a URL. \(example)") }
        return url
    }
}
