/// A prompt and what submitting it is for.
struct OpenPrompt<Purpose: Equatable & Sendable>: Equatable, Sendable {
    var prompt: Prompt
    var purpose: Purpose
}
