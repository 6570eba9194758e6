/// The language a person reads baedal in. One language at a time: a session, a `baedal run`
/// or a demo picks one when it starts and passes it down to everything that words a message.
///
/// A value, never a global: one `baedal serve` process hosts many sessions, and each may
/// read its own language.
///
///     let language = try Language.chosen(option: "en", environment: ProcessInfo.processInfo.environment)
///     RuleViolation.emptyCart.text(in: language)   // "The cart is empty; add a menu item first."
///     RuleViolation.emptyCart.text(in: .korean)    // "장바구니가 비어 있어요. 메뉴를 먼저 담아 주세요."
public enum Language: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case korean = "ko"
    case english = "en"

    /// Korean: baedal is a Korean delivery service, and its screens are drawn in Korean.
    public static let standard = Language.korean

    /// The environment variable that chooses the language when no `--lang` is given.
    public static let environmentVariable = "BAEDAL_LANG"

    /// The code a person types: `ko` or `en`.
    public var code: String { rawValue }

    public var description: String { code }

    /// The language's own name, for a list of choices.
    public var name: String {
        switch self {
        case .korean: "한국어"
        case .english: "English"
        }
    }

    /// The language a code names. Case and a region (`ko-KR`, `en_US.UTF-8`) are forgiven, so
    /// a `LANG`-style value works too.
    public init(code: String) throws(UnknownLanguage) {
        let trimmed = code.trimmingCharacters(in: .whitespaces).lowercased()
        let base = trimmed.prefix { $0.isLetter }
        guard let language = Language(rawValue: String(base)) else { throw UnknownLanguage(code: code) }
        self = language
    }

    /// The language a process runs in: the `--lang` option when given, else `BAEDAL_LANG`
    /// when set and not empty, else ``standard`` (Korean).
    public static func chosen(option: String?, environment: [String: String]) throws(UnknownLanguage) -> Language {
        if let option { return try Language(code: option) }
        if let variable = environment[environmentVariable], !variable.isEmpty { return try Language(code: variable) }
        return standard
    }
}

/// A language code baedal does not speak. Said in both languages, since the person's own
/// language is exactly what is unknown.
public struct UnknownLanguage: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: String

    public var description: String {
        let choices = Language.allCases.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        return "알 수 없는 언어예요: \"\(code)\". 다음 중에서 고르세요: \(choices). / "
            + "Unknown language \"\(code)\"; choose one of: \(choices)."
    }
}

/// A message that can be worded in every ``Language``. Each conforming type words its
/// messages with one exhaustive `switch` per language, so the compiler refuses a message
/// missing in one of them; `MessageCatalogTests` checks that none is empty or untranslated.
public protocol Localized {
    func text(in language: Language) -> String
}

/// A message worded by one property per language, each an exhaustive `switch` over the cases;
/// ``text(in:)`` picks the language's. Conforming is all a catalog enum needs to do: the choice
/// of language is written once, here.
public protocol WordedPerLanguage: Localized {
    var korean: String { get }
    var english: String { get }
}

extension WordedPerLanguage {
    public func text(in language: Language) -> String {
        switch language {
        case .korean: korean
        case .english: english
        }
    }
}
