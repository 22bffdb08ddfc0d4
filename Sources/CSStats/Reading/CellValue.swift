/// A cell as published: a number, a percentage, a placeholder mark, or text.
///
/// Published tables write numbers with thousands separators (`7,051`), in full-width digits
/// (`１２，５７０`), percentages with a sign (`9.8%`, `９．８％`) and decreases as `-3`, `▲3` or
/// `△3`. Placeholders mean different things and are kept apart from zero and from each other.
public enum CellValue: Sendable, Hashable {
    /// A whole number: `7,051` → 7051.
    case integer(Int)
    /// A number with a decimal point and no percent sign.
    case decimal(FixedDecimal)
    /// A percentage as printed: `9.8%` → 9.8.
    case percent(FixedDecimal)
    /// A placeholder or an empty cell.
    case missing(Placeholder)
    /// Anything else, kept as written.
    case text(String)

    /// Parses a cell as published.
    ///
    /// - Complexity: O(*n*) in the cell's length.
    public static func parse(_ raw: String) -> CellValue {
        let text = normalizedForNumbers(raw)
        if let placeholder = Placeholder(mark: text) { return .missing(placeholder) }
        if let number = parseNumber(text) { return number }
        return .text(raw.trimmingPublishedSpaces())
    }

    /// The whole number, if this is one.
    public var integer: Int? {
        if case .integer(let n) = self { return n }
        return nil
    }

    /// The value as a decimal number (an integer, decimal or percentage), if it is a number.
    public var number: FixedDecimal? {
        switch self {
        case .integer(let n): FixedDecimal(units: n, scale: 0)
        case .decimal(let d), .percent(let d): d
        case .missing, .text: nil
        }
    }

    /// Full-width digits and signs to ASCII, decrease marks to `-`, spaces trimmed.
    static func normalizedForNumbers(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF05, 0xFF0B, 0xFF0C, 0xFF0D, 0xFF0E:  // ０-９ ％ ＋ ， － ．
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x2212, 0x25B2, 0x25B3:  // − ▲ △ (decreases)
                scalars.append("-")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars).trimmingPublishedSpaces()
    }

    private static func parseNumber(_ text: String) -> CellValue? {
        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return nil }
        var isPercent = false
        if utf8.last == UInt8(ascii: "%") {
            isPercent = true
            utf8.removeLast()
        }
        var negative = false
        var i = 0
        if i < utf8.count, utf8[i] == UInt8(ascii: "-") || utf8[i] == UInt8(ascii: "+") {
            negative = utf8[i] == UInt8(ascii: "-")
            i += 1
        }
        var units = 0
        var digitsInGroup = 0
        var sawSeparator = false
        var sawDigit = false
        var scale: Int?
        while i < utf8.count {
            let b = utf8[i]
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int(b - UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                units = s
                sawDigit = true
                digitsInGroup += 1
                if let current = scale { scale = current + 1 }
            case UInt8(ascii: ","):
                // Thousands separators must group by three: "7,051" yes, "70,51" no.
                if scale != nil || digitsInGroup == 0 || (sawSeparator ? digitsInGroup != 3 : digitsInGroup > 3) { return nil }
                sawSeparator = true
                digitsInGroup = 0
            case UInt8(ascii: "."):
                if scale != nil || !sawDigit { return nil }
                if sawSeparator, digitsInGroup != 3 { return nil }
                scale = 0
            default:
                return nil
            }
            i += 1
        }
        guard sawDigit, scale != 0 else { return nil }
        if scale == nil, sawSeparator, digitsInGroup != 3 { return nil }
        let value = FixedDecimal(units: negative ? -units : units, scale: scale ?? 0)
        if isPercent { return .percent(value) }
        if scale == nil { return .integer(value.units) }
        return .decimal(value)
    }
}

/// A mark that stands where no number is published.
public enum Placeholder: String, Sendable, CaseIterable, Hashable {
    /// An empty cell: nothing was written.
    case empty
    /// `－`, `-`, `―`: none, the figure is nil or not applicable.
    case none
    /// `…`, `・・・`: not available, not surveyed.
    case notAvailable = "not-available"
    /// `x`, `X`, `χ`: withheld to protect confidentiality.
    case confidential

    /// Recognises a placeholder mark in already trimmed text.
    public init?(mark text: String) {
        switch text {
        case "": self = .empty
        case "-", "－", "―", "—", "‐", "−", "ー": self = .none
        case "…", "・・・", "...", "‥", "･･･", "……": self = .notAvailable
        case "x", "X", "χ", "Χ", "ｘ", "Ｘ": self = .confidential
        default: return nil
        }
    }

    /// The canonical mark a published table prints for the placeholder (blank for an empty cell).
    public var mark: String {
        switch self {
        case .empty: ""
        case .none: "－"
        case .notAvailable: "…"
        case .confidential: "x"
        }
    }

    /// How the placeholder reads in English, with its mark: `none (－)`.
    public var meaning: String {
        switch self {
        case .empty: "empty"
        case .none: "none (\(mark))"
        case .notAvailable: "not available (\(mark))"
        case .confidential: "confidential (\(mark))"
        }
    }
}

extension String {
    /// Trims ASCII whitespace and the ideographic space U+3000, which Japanese tables pad with.
    func trimmingPublishedSpaces() -> String {
        let scalars = unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" || s == "\r" || s == "\n"
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
