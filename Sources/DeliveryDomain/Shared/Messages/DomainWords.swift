/// The domain's own words in each language: roles, statuses, modes and fields, as messages
/// put them into sentences.
extension Role {
    public func name(in language: Language) -> String {
        switch (language, self) {
        case (.korean, .customer): "고객"
        case (.korean, .owner): "사장님"
        case (.korean, .rider): "라이더"
        case (.english, _): rawValue
        }
    }
}

extension OrderStatus {
    /// How a person reads the status: ``koreanLabel`` or ``label``.
    public func label(in language: Language) -> String {
        switch language {
        case .korean: koreanLabel
        case .english: label
        }
    }
}

extension StoreMode {
    public func label(in language: Language) -> String {
        switch (language, self) {
        case (.korean, .open): "영업 중"
        case (.korean, .busy): "바쁨"
        case (.korean, .paused): "주문 일시 중지"
        case (.english, _): rawValue
        }
    }
}

extension FreeText.Field {
    /// What a Korean message calls the field (``label`` is the English).
    public var koreanLabel: String {
        switch self {
        case .storeName: "가게 이름"
        case .address: "주소"
        case .category: "분류"
        case .payoutAccount: "정산 계좌"
        case .menuItemName: "메뉴 이름"
        case .menuDescription: "메뉴 설명"
        case .reason: "사유"
        case .review: "리뷰"
        case .reply: "답글"
        case .deliveryNote: "배달 메모"
        }
    }

    /// The Korean for a label as ``RuleViolation/forbiddenCharacter(field:character:position:)``
    /// carries it (an account's "name" is no ``FreeText/Field``).
    static func koreanLabel(forEnglish label: String) -> String {
        if label == "name" { return "이름" }
        return [
            Self.storeName, .address, .category, .payoutAccount, .menuItemName, .menuDescription, .reason, .review, .reply, .deliveryNote,
        ]
        .first { $0.label == label }?.koreanLabel ?? label
    }
}

extension Won {
    /// "12,000원" in Korean, "₩12,000" in English: the amount as each language's menus print it.
    public func text(in language: Language) -> String {
        switch language {
        case .korean: description
        case .english: (amount < 0 ? "-₩" : "₩") + String(description.dropFirst(amount < 0 ? 1 : 0).dropLast())
        }
    }
}
