extension LookalikeScripts {
    /// "mixes Latin and Cyrillic letters, which look alike: write it in one of them".
    static func english(_ first: Script, _ second: Script) -> String {
        "mixes \(first.englishName) and \(second.englishName) letters, which can look alike: write it in one of them"
    }

    /// "라틴 문자와 키릴 문자가 섞여 있어요…".
    static func korean(_ first: Script, _ second: Script) -> String {
        "\(first.koreanName)와 \(second.koreanName)가 섞여 있어요. 서로 닮은 글자가 있어 다른 이름으로 보일 수 있으니 한 가지 문자로 쓰세요."
    }
}

extension LookalikeScripts.Script {
    var englishName: String {
        switch self {
        case .latin: "Latin"
        case .cyrillic: "Cyrillic"
        case .greek: "Greek"
        case .armenian: "Armenian"
        case .cherokee: "Cherokee"
        case .other: "other"
        }
    }

    /// Every name ends in 자 ("문자"), so the particle after it is always 와/가.
    var koreanName: String {
        switch self {
        case .latin: "라틴 문자"
        case .cyrillic: "키릴 문자"
        case .greek: "그리스 문자"
        case .armenian: "아르메니아 문자"
        case .cherokee: "체로키 문자"
        case .other: "다른 문자"
        }
    }
}
