/// Text made safe for XML and HTML: the one escaping rule of every SVG and HTML file written.
///
/// Labels come from files (a prefecture typed with an ampersand, a note with `<`), so every
/// piece of text that goes into markup passes through here. Characters XML 1.0 does not allow
/// at all (C0 controls other than tab, line feed and carriage return, unpaired surrogates
/// cannot occur in a Swift `String`) become U+FFFD, so the document still parses.
public enum MarkupText {
    /// Escapes text for element content and for attribute values in double or single quotes.
    ///
    /// - Parameter text: the text as it should read.
    /// - Returns: the text with `&`, `<`, `>`, `"` and `'` written as entities and characters
    ///   XML forbids replaced by U+FFFD.
    /// - Complexity: O(*n*) for *n* scalars.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case _ where isForbidden(scalar): out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: isForbidden(scalar)
        }
    }

    /// Whether XML 1.0 forbids the character outright (section 2.2): C0 controls other than
    /// tab, LF and CR, and U+FFFE, U+FFFF.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }
}
