import DeliveryDomain

/// The SSH keys page's words, in each language.
enum SSHKeysText: Equatable, Sendable, WordedPerLanguage {
    case title
    case registerTitle, pasteOneLine, neverPastePrivateKey, publicKeyLabel, publicKeyPlaceholder, register
    case nothingToDelete, deleteTitle, deleteQuestion, delete
    case registered(fingerprint: String), deleted(fingerprint: String)
    /// The page's heading line: what the keys are for.
    case intro(account: String)
    case loading, noKeys
    case typeColumn, fingerprintColumn, commentColumn
    case changePasswordTitle, currentPasswordLabel, newPasswordLabel, repeatPasswordLabel, change
    case passwordRuleLine, passwordsDiffer, passwordChanged

    var korean: String {
        switch self {
        case .title: "계정"
        case .registerTitle: "SSH 키 등록"
        case .pasteOneLine: "~/.ssh/id_ed25519.pub 의 한 줄을 붙여 넣으세요."
        case .neverPastePrivateKey: "개인 키(.pub 없는 파일)는 붙여 넣지 마세요."
        case .publicKeyLabel: "공개 키"
        case .publicKeyPlaceholder: "ssh-ed25519 AAAA… 이름@컴퓨터"
        case .register: "등록"
        case .nothingToDelete: "지울 키가 없어요."
        case .deleteTitle: "SSH 키 삭제"
        case .deleteQuestion: "이 키로는 더 이상 접속할 수 없어요. 삭제할까요?"
        case .delete: "삭제"
        case .registered(let fingerprint): "키를 등록했어요 · \(fingerprint). 이제 이 키로 ssh 접속할 수 있어요."
        case .deleted(let fingerprint): "키를 지웠어요 · \(fingerprint)"
        case .intro(let account): "ssh \(account)@서버 로 접속할 때 비밀번호 대신 쓰는 공개 키예요. 비밀번호는 p로 바꿔요."
        case .loading: "키를 불러오는 중…"
        case .noKeys: "등록한 키가 없어요. a를 누르고 ~/.ssh/id_ed25519.pub 의 한 줄을 붙여 넣으세요."
        case .typeColumn: "종류"
        case .fingerprintColumn: "지문"
        case .commentColumn: "설명"
        case .changePasswordTitle: "비밀번호 바꾸기"
        case .currentPasswordLabel: "지금 비밀번호"
        case .newPasswordLabel: "새 비밀번호"
        case .repeatPasswordLabel: "새 비밀번호 다시"
        case .change: "바꾸기"
        case .passwordRuleLine: "8자 이상. 다음 로그인과 ssh 접속부터 새 비밀번호를 써요."
        case .passwordsDiffer: "새 비밀번호 두 칸이 달라요. 다시 입력하세요."
        case .passwordChanged: "비밀번호를 바꿨어요. 다른 곳에 열린 세션은 로그아웃돼요."
        }
    }

    var english: String {
        switch self {
        case .title: "Account"
        case .registerTitle: "Add an SSH key"
        case .pasteOneLine: "Paste the one line of ~/.ssh/id_ed25519.pub."
        case .neverPastePrivateKey: "Never paste a private key (the file without .pub)."
        case .publicKeyLabel: "Public key"
        case .publicKeyPlaceholder: "ssh-ed25519 AAAA… name@computer"
        case .register: "add"
        case .nothingToDelete: "There is no key to delete."
        case .deleteTitle: "Delete SSH key"
        case .deleteQuestion: "This key will no longer sign you in. Delete it?"
        case .delete: "delete"
        case .registered(let fingerprint): "Key added · \(fingerprint). You can now connect with ssh using this key."
        case .deleted(let fingerprint): "Key deleted · \(fingerprint)"
        case .intro(let account):
            "The public keys you sign in with instead of a password, as ssh \(account)@server. Press p to change the password."
        case .loading: "Loading keys…"
        case .noKeys: "No keys yet. Press a and paste the one line of ~/.ssh/id_ed25519.pub."
        case .typeColumn: "Type"
        case .fingerprintColumn: "Fingerprint"
        case .commentColumn: "Comment"
        case .changePasswordTitle: "Change password"
        case .currentPasswordLabel: "Current"
        case .newPasswordLabel: "New"
        case .repeatPasswordLabel: "New again"
        case .change: "change"
        case .passwordRuleLine: "At least 8 characters. Signing in and ssh use the new one from now on."
        case .passwordsDiffer: "The two new passwords differ. Type them again."
        case .passwordChanged: "Password changed. Your sessions open elsewhere are signed out."
        }
    }
}

extension KeyRegistryError: Localized {
    /// Why the keys page refused a key, or could not keep it: what to paste instead.
    public func text(in language: Language) -> String {
        switch language {
        case .korean:
            switch self {
            case .notAKey:
                "공개 키 한 줄이 아니에요. ~/.ssh/id_ed25519.pub 파일의 내용(ssh-ed25519 AAAA… 로 시작)을 붙여 넣으세요."
            case .privateKey:
                "개인 키예요! 개인 키는 누구에게도 주지 마세요. 같은 이름의 .pub 파일 내용을 붙여 넣으세요."
            case .unsupported(let type):
                "\(type.sanitizedForScreen) 키는 쓸 수 없어요. ssh-ed25519 키를 만들어 주세요: ssh-keygen -t ed25519"
            case .alreadyRegistered(let fingerprint):
                "이미 등록한 키예요 (\(fingerprint.sanitizedForScreen)). 바뀐 것은 없어요."
            case .notRegistered(let fingerprint):
                "등록된 키 중에 \(fingerprint.sanitizedForScreen)이(가) 없어요. 목록을 다시 불러왔어요."
            case .unavailable(let why):
                "SSH 키를 저장할 수 없어요: \(why.sanitizedForScreen). 서버 운영자에게 알려 주세요."
            }
        case .english:
            switch self {
            case .notAKey:
                "That is not one public key line. Paste the contents of ~/.ssh/id_ed25519.pub (it starts ssh-ed25519 AAAA…)."
            case .privateKey:
                "That is a private key! Never give a private key to anyone. Paste the contents of the .pub file of the same name."
            case .unsupported(let type):
                "\(type.sanitizedForScreen) keys cannot be used. Make an ssh-ed25519 key: ssh-keygen -t ed25519"
            case .alreadyRegistered(let fingerprint):
                "That key is already added (\(fingerprint.sanitizedForScreen)). Nothing changed."
            case .notRegistered(let fingerprint):
                "No added key is \(fingerprint.sanitizedForScreen). The list has been read again."
            case .unavailable(let why):
                "The SSH key cannot be kept: \(why.sanitizedForScreen). Please tell the server's operator."
            }
        }
    }
}
