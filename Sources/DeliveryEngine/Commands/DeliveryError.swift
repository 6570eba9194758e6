import DeliveryDomain
import EventStore
import Foundation
import Payments

/// Everything the engine can refuse or fail with, each with a sentence a person understands.
public enum DeliveryError: Error, CustomStringConvertible, Equatable, Localized {
    /// A rule of the scenario said no.
    case refused(RuleViolation)
    /// The card was not accepted before any money moved.
    case invalidCard(CardValidationError)
    /// Other commands kept winning the race for the same stream.
    case busy(stream: String, attempts: Int)
    /// Too many passwords wait to be checked in this process (``PasswordChecks``); nothing was
    /// checked or changed.
    case passwordChecksBusy
    /// The caller gave up (its task was cancelled) before its password was checked; nothing was
    /// checked or changed. Nobody usually reads it: the caller has gone.
    case passwordCheckAbandoned
    /// The database could not do what was asked; the message says what went wrong.
    case storage(String)
    case unknownStoreName(String)
    case ambiguousStoreName(String, count: Int)
    /// A setting's value was not usable; the message says what to give instead.
    case invalidSetting(String)

    /// The message in the standard language (Korean); ``text(in:)`` words it in another.
    public var description: String { text(in: .standard) }

    /// The message in `language`. A rule's refusal and a card's problem are worded per language;
    /// `storage` and `invalidSetting` carry the text the database or the setting gave, as given.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.refused(let violation), _): violation.text(in: language)
        case (.invalidCard(let error), .english): error.description
        case (.invalidCard(let error), .korean): Self.korean(error)
        case (.busy(let stream, let attempts), .english):
            "\(stream) changed under this command \(attempts) times in a row; nothing was changed. Try again."
        case (.busy(let stream, let attempts), .korean):
            "이 명령을 처리하는 동안 \(KoreanParticle.subject(stream)) \(attempts)번 연달아 바뀌어서 아무것도 바꾸지 않았어요. 다시 해 보세요."
        case (.passwordChecksBusy, .english):
            "Too many passwords are being checked right now; nothing was checked or changed. Try again in a few seconds."
        case (.passwordChecksBusy, .korean): "지금 확인할 비밀번호가 너무 많이 밀려 있어요. 아무것도 바꾸지 않았어요. 몇 초 뒤에 다시 해 보세요."
        case (.passwordCheckAbandoned, .english): "The request was given up before its password was checked; nothing was changed."
        case (.passwordCheckAbandoned, .korean): "비밀번호를 확인하기 전에 요청이 취소되었어요. 아무것도 바꾸지 않았어요."
        case (.storage(let message), _): message
        case (.unknownStoreName(let name), .english): "No store is called \(name); `stores` lists them."
        case (.unknownStoreName(let name), .korean): "\(KoreanParticle.named(name)) 가게가 없어요. `stores`로 가게 목록을 볼 수 있어요."
        case (.ambiguousStoreName(let name, let count), .english): "\(count) stores are called \(name); use the store's id."
        case (.ambiguousStoreName(let name, let count), .korean): "\(name) 가게가 \(count)곳이에요. 가게 id로 골라 주세요."
        case (.invalidSetting(let message), _): message
        }
    }

    /// A card's problem in Korean; the English is the card's own ``CardValidationError/description``.
    private static func korean(_ error: CardValidationError) -> String {
        switch error {
        case .notDigits: "카드 번호에는 숫자만 쓸 수 있어요(띄어쓰기와 '-'는 괜찮아요). 확인하고 다시 입력하세요."
        case .wrongLength(let count): "카드 번호가 \(count)자리예요. 카드 번호는 12~19자리예요. 빠지거나 더 들어간 숫자가 있는지 확인하세요."
        case .failsLuhn: "올바른 카드 번호가 아니에요. 숫자 하나를 잘못 입력한 것 같아요. 카드와 비교해 보세요."
        case .invalidExpiry: "유효기간이 올바르지 않아요. 카드에 적힌 월(1~12)과 연도를 입력하세요."
        case .expired(let month, let year):
            "\(month < 10 ? "0" : "")\(month)/\(year) 말에 만료된 카드예요. 아직 유효한 카드를 쓰세요."
        case .invalidCVC: "보안 코드(CVC)는 3자리예요(아메리칸 익스프레스는 앞면의 4자리). 카드를 확인하세요."
        }
    }

    public var violation: RuleViolation? {
        if case .refused(let v) = self { return v }
        return nil
    }

    static func wrap(_ error: any Error) -> DeliveryError {
        switch error {
        case let error as DeliveryError: error
        case let violation as RuleViolation: .refused(violation)
        case let card as CardValidationError: .invalidCard(card)
        default: .storage("\(error)")
        }
    }
}
