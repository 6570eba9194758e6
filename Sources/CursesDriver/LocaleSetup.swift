import CNCursesW
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts the process in a UTF-8 locale before curses starts.
///
/// ncursesw decodes input and measures output through the C locale: without
/// `setlocale` it treats every byte of a Hangul syllable as a separate Latin-1 character,
/// and in a non-UTF-8 locale it cannot show Korean at all. So the user's locale is
/// adopted when it is UTF-8, and `C.UTF-8` is used otherwise — with a notice, because the
/// user's own settings were overridden.
enum LocaleSetup {
    /// Adopts the environment's locale, falling back to C.UTF-8; returns a notice when
    /// it had to fall back.
    static func adoptUTF8Locale() -> String? {
        setlocale(LC_ALL, "")
        let codeset = currentCodeset()
        if isUTF8(codeset) { return nil }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, fallback) != nil {
            if isUTF8(currentCodeset()) {
                return "The locale's character set is \(codeset), not UTF-8; "
                    + "baedal switched to \(fallback) so Korean text displays correctly."
            }
        }
        return "The locale's character set is \(codeset), not UTF-8, and no UTF-8 locale is "
            + "installed; Korean text may not display correctly."
    }

    private static func currentCodeset() -> String {
        guard let codeset = baedal_codeset() else { return "unknown" }
        return String(cString: codeset)
    }

    private static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }
}
