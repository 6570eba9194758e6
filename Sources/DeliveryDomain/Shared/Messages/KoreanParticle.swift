/// Korean particles that depend on the word before them: a final consonant (받침) takes
/// 이/을/은/과/으로, none takes 가/를/는/와/로. A store or dish name is typed by a person, so the
/// particle is chosen when the message is worded, not written into the catalog.
///
///     KoreanParticle.object("짜장면")   // "짜장면을"
///     KoreanParticle.object("피자")     // "피자를"
///     KoreanParticle.object("BBQ")      // "BBQ을(를)": a Latin word's sound is not known
public enum KoreanParticle {
    /// 을/를.
    public static func object(_ word: String) -> String { attach(word, "을", "를") }
    /// 이/가.
    public static func subject(_ word: String) -> String { attach(word, "이", "가") }
    /// 은/는.
    public static func topic(_ word: String) -> String { attach(word, "은", "는") }
    /// 과/와.
    public static func and(_ word: String) -> String { attach(word, "과", "와") }
    /// 으로/로 (ㄹ 받침 takes 로: 서울로).
    public static func toward(_ word: String) -> String {
        switch finalConsonant(of: word) {
        case nil: word + "으로(로)"
        case 0?, 8?: word + "로"
        case _?: word + "으로"
        }
    }
    /// 이라는/라는: "홍콩반점이라는", "피자라는".
    public static func named(_ word: String) -> String { attach(word, "이라는", "라는") }
    /// 이에요/예요: "주문 접수 대기예요", "조리 중이에요".
    public static func copula(_ word: String) -> String { attach(word, "이에요", "예요") }

    private static func attach(_ word: String, _ afterConsonant: String, _ afterVowel: String) -> String {
        switch finalConsonant(of: word) {
        case nil: "\(word)\(afterConsonant)(\(afterVowel))"
        case 0?: word + afterVowel
        case _?: word + afterConsonant
        }
    }

    /// The final consonant's index (0 for none) when the word ends in a Hangul syllable or a
    /// digit (read the Korean way); nil when its sound is not known (Latin letters, symbols).
    private static func finalConsonant(of word: String) -> Int? {
        guard let last = word.unicodeScalars.last(where: { !" )]\"'”’".unicodeScalars.contains($0) }) else { return nil }
        if (0xAC00...0xD7A3).contains(last.value) { return Int(last.value - 0xAC00) % 28 }
        // 영 일 이 삼 사 오 육 칠 팔 구: the index of each digit's final consonant.
        let digits: [Character: Int] = ["0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0]
        return digits[Character(last)]
    }
}
