/// Measuring and fitting text by terminal columns rather than by characters, because a
/// Hangul syllable is one `Character` but two columns, and a letter with a combining
/// accent is two code points but one column.
extension String {
    /// The columns this text occupies in the terminal.
    ///
    /// Every frame measures every string it lays out, so text made only of scalars that never
    /// join a neighbour into one grapheme is measured scalar by scalar: printable ASCII,
    /// precomposed Hangul syllables and keyboard jamo, Latin-1 and Latin letters, punctuation,
    /// arrows, box drawing, shapes and dingbats (★ · … ─ ▶ ✓), nearly all of baedal's text.
    /// Anything else (a combining mark, a joiner, a selector, conjoining jamo, a flag's
    /// indicators) sends the whole text grapheme by grapheme. Grapheme breaking was a tenth of a
    /// served session's drawing (perf, `bench serve`).
    public var displayWidth: Int {
        var width = 0
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F: width += 1
            case 0xAC00...0xD7A3: width += 2
            case 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x27BF,
                0x3131...0x318E:
                // A grapheme of one scalar is as wide as the scalar (`DisplayWidth.of`).
                width += DisplayWidth.of(scalar)
            default: return graphemeWidth
            }
        }
        return width
    }

    /// ``displayWidth`` measured grapheme by grapheme, whatever the text.
    var graphemeWidth: Int {
        reduce(0) { $0 + $1.displayWidth }
    }

    /// This text cut down to at most `width` columns, ending in `ellipsis` when cut.
    ///
    /// Text that already fits is returned unchanged. Cut text is exactly `width` columns:
    /// a wide character is never split, and when one would straddle the limit a space
    /// takes its place so columns after it stay aligned. If even the ellipsis does not
    /// fit, the text is cut without it.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let ellipsisWidth = ellipsis.displayWidth
        let keepsEllipsis = ellipsisWidth <= width
        let budget = keepsEllipsis ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = character.displayWidth
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        if keepsEllipsis {
            result += ellipsis
            used += ellipsisWidth
        }
        if used < width {
            result += String(repeating: " ", count: width - used)
        }
        return result
    }

    /// This text padded with spaces to `width` columns. Wider text is returned unchanged;
    /// use ``fitted(toWidth:alignment:ellipsis:)`` to also cut it.
    ///
    /// Centred text puts the odd space on the right.
    public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let gap = width - displayWidth
        guard gap > 0 else { return self }
        switch alignment {
        case .left:
            return self + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + self
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + self
                + String(repeating: " ", count: gap - before)
        }
    }

    /// This text at exactly `width` columns: cut with `ellipsis` when too wide, padded
    /// when too narrow. The building block for table cells.
    public func fitted(
        toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…"
    ) -> String {
        truncated(toWidth: width, ellipsis: ellipsis).padded(toWidth: width, alignment: alignment)
    }

    /// This text broken into lines of at most `width` columns.
    ///
    /// Breaks at spaces (Korean separates words with spaces too) and keeps explicit line
    /// breaks; a word wider than a line is broken between graphemes, never inside one.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                let wordWidth = String(word).displayWidth
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                for character in word {
                    let characterWidth = character.displayWidth
                    if lineWidth + characterWidth > width && lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            lines.append(line)
        }
        return lines
    }
}
