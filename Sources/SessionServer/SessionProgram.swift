/// What runs for a session: the executable, its arguments for a visitor and the address they
/// connected from, and the environment
/// every session starts from (the server adds TERM, NO_COLOR and BAEDAL_LANG from the client's requests).
public struct SessionProgram: Sendable {
    public var executable: String
    public var arguments: @Sendable (Visitor, _ address: String) -> [String]
    public var environment: [String: String]

    public init(executable: String, arguments: @escaping @Sendable (Visitor, _ address: String) -> [String], environment: [String: String])
    {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
    }
}
