/// How a driver writes a cell when the terminal library measures its grapheme
/// differently from ``DisplayWidth``.
///
/// ncurses measures each code point with the C library's `wcwidth`, and a cell holds one
/// spacing code point plus a few combining ones. Our width is per grapheme: a ZWJ family,
/// a flag or `❤️` is one 2-column cell to us but several (or 1-column) code points to
/// ncurses. If ncurses's idea of a cell's width differs from the grid's, every cell after
/// it on the row lands in the wrong column. So a driver writes what both sides agree on:
/// the whole grapheme when the widths match, otherwise a stand-in of exactly the grid
/// width — the base character padded with spaces, or `U+FFFD` — trading a little
/// fidelity for columns that always line up.
public enum GlyphFallback {
    /// The pieces to write, left to right, for a grapheme the grid gives `width` columns.
    /// Each piece is one terminal cell's text (a spacing scalar plus zero-width ones) and
    /// the pieces' `systemWidth`s add up to exactly `width`.
    ///
    /// - Parameters:
    ///   - systemWidth: the terminal library's width of one scalar (`wcwidth`), -1 if it
    ///     considers the scalar unprintable.
    ///   - maxScalars: how many scalars one terminal cell can hold (ncurses `CCHARW_MAX`).
    public static func pieces(
        for grapheme: String, width: Int, systemWidth: (Unicode.Scalar) -> Int, maxScalars: Int = 5
    ) -> [String] {
        guard width > 0 else { return [] }
        let scalars = Array(grapheme.unicodeScalars)
        guard let base = scalars.first else { return Array(repeating: " ", count: width) }
        let followers = scalars.dropFirst()
        let baseWidth = systemWidth(base)

        if baseWidth == width {
            if scalars.count <= maxScalars && followers.allSatisfy({ systemWidth($0) == 0 }) {
                return [grapheme]
            }
            // A sequence the library cannot hold in one cell (ZWJ family): show its first part.
            return [String(base)]
        }
        if baseWidth >= 1 && baseWidth < width {
            // `❤️`, flags, keycaps: the library sees a narrow base. Drop the selectors that
            // would make the terminal draw it wide, and pad to the grid's width.
            return [String(base)] + Array(repeating: " ", count: width - baseWidth)
        }
        let replacement: Unicode.Scalar = systemWidth("\u{FFFD}") == 1 ? "\u{FFFD}" : "?"
        return [String(replacement)] + Array(repeating: " ", count: width - 1)
    }
}
