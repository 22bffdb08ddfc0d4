/// Normalization shared by the label parsers of the survey model.
///
/// Published files mix full-width and half-width forms (`０１`, `Ｒ３`, `（…）`) and pad cells with
/// ideographic spaces, so every parser folds its input the same way before looking it up. Only
/// the full-width ASCII block is folded, not full NFKC: NFKC would also rewrite characters that
/// the labels never contain, at a cost paid on every row.
enum LabelText {
    /// Folds full-width ASCII (U+FF01–U+FF5E) to ASCII, ideographic and no-break spaces to a
    /// space, and trims spaces and tabs at both ends.
    ///
    /// - Parameter text: a cell or argument as found.
    /// - Returns: the folded text; `text` itself when nothing needed folding.
    /// - Complexity: O(*n*) for *n* scalars.
    static func fold(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let folded: String
        if scalars.contains(where: { needsFolding($0.value) }) {
            var view = String.UnicodeScalarView()
            for scalar in scalars {
                switch scalar.value {
                case 0xFF01...0xFF5E: view.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
                case 0x3000, 0x00A0: view.append(" ")
                default: view.append(scalar)
                }
            }
            folded = String(view)
        } else {
            folded = text
        }
        return trimmed(folded)
    }

    /// The text folded as by ``fold(_:)``, ASCII letters lowercased.
    ///
    /// - Complexity: O(*n*) for *n* scalars.
    static func foldedLowercase(_ text: String) -> String {
        fold(text).lowercased()
    }

    private static func needsFolding(_ value: UInt32) -> Bool {
        (0xFF01...0xFF5E).contains(value) || value == 0x3000 || value == 0x00A0
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Whether a scalar is a control character or a line or paragraph separator: nothing a
    /// label or an id holds, and what a terminal may act on (ESC, BEL) if printed.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// Text as a message shows it: control characters written as `\u{1B}`, and at most
    /// `limit` characters (the rest as `…`), so that a cell cannot act on the terminal or
    /// flood the message.
    static func shown(_ text: String, limit: Int = 200) -> String {
        var view = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { view.append("…"); break }
            if isControl(scalar) {
                view.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                view.append(scalar)
            }
            count += 1
        }
        return String(view)
    }
}

