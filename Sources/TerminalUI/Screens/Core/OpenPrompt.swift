/// A prompt and what submitting it is for.
struct OpenPrompt<Purpose: Equatable & Sendable>: Equatable, Sendable {
    var prompt: Prompt
    var purpose: Purpose
}

extension Optional {
    /// Hands a key to the open prompt, the one way every page answers one: typing and moving
    /// between fields stay in it, Esc (or `n` to a question) closes it, and Enter (or `y`)
    /// returns it as submitted. A submitted prompt stays open: the page closes it when its
    /// answer needs nothing more of the prompt, or keeps it open to say in it what is wrong
    /// (a form the engine refuses is mended, not typed again).
    mutating func submission<Purpose>(for key: Key) -> OpenPrompt<Purpose>? where Wrapped == OpenPrompt<Purpose> {
        guard var open = self else { return nil }
        let outcome = open.prompt.handle(key)
        self = open
        switch outcome {
        case .stay: return nil
        case .cancel:
            self = nil
            return nil
        case .submit: return open
        }
    }
}
