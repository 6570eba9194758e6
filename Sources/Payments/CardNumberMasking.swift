/// Hides anything that may be a card number in text meant for people: error messages, logs.
///
/// A card number typed in the wrong place (a script's order id, a quantity) would otherwise come back
/// in the message that says it is wrong. Any run of 12 or more digits, with whatever spaces or dashes
/// people type between groups, counts: the valid lengths are 12–19, and a longer run may be a card with a
/// digit too many. Only the last four digits stay, as card networks allow.
public enum CardNumberMasking {
    /// Fewer digits than this are never masked: dates, amounts and phone numbers stay readable.
    static let shortestCardNumber = 12

    /// `text` with every digit of a card-number-like run but its last four replaced by "•".
    ///
    /// `masked("found '4242424242424242'")` is `"found '••••••••••••4242'"`.
    public static func masked(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) else {
                result.append(characters[index])
                index += 1
                continue
            }
            let end = runEnd(characters, from: index)
            let run = characters[index..<end]
            let digitCount = run.filter(isDigit).count
            if digitCount >= shortestCardNumber {
                var digitsLeft = digitCount
                for character in run {
                    if isDigit(character) {
                        result.append(digitsLeft > 4 ? "•" : character)
                        digitsLeft -= 1
                    } else {
                        result.append(character)
                    }
                }
            } else {
                result.append(contentsOf: run)
            }
            index = end
        }
        return result
    }

    /// Where a run of digits starting at `start` ends. Spaces and dashes between digits belong to it,
    /// however many: ``CardNumber`` ignores them all, so "4242--4242 -4242 4242" is a card number too.
    private static func runEnd(_ characters: [Character], from start: Int) -> Int {
        var end = start
        var scan = start
        while scan < characters.count {
            if isDigit(characters[scan]) {
                scan += 1
                end = scan
            } else if characters[scan] == " " || characters[scan] == "-" {
                scan += 1
            } else {
                break
            }
        }
        return end
    }

    /// Any decimal digit, full-width "４" too: a number typed on a Korean keyboard's full-width mode is still a card.
    private static func isDigit(_ character: Character) -> Bool {
        character.wholeNumberValue != nil
    }
}
