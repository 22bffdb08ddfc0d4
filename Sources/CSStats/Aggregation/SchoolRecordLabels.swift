#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the cells of school-level records may say beyond the published tables' labels: the
/// departments and older names the survey counts as 特別支援学校, the 認定こども園 it counts as
/// 幼稚園 or leaves out, and the subtotal rows (小計, 檜原村 計) that are not schools.
public enum SchoolRecordLabels {
    /// A school type written in a school-level file, with a note when it is counted under
    /// another name: `.counted(type, note)`, or `.outside` for a kind of school the survey does
    /// not count.
    public enum TypeReading: Equatable, Sendable {
        case counted(SchoolType, note: Note?)
        case outside(String)
    }

    /// What a reading says of itself: news, or a doubt about the counts (a warning in `check`).
    public struct Note: Equatable, Sendable {
        public var text: String
        public var isDoubt: Bool
    }

    /// Spellings of school-level files that map to a survey type, and why.
    static let mapped: [String: (SchoolType, Note)] = {
        var table: [String: (SchoolType, Note)] = [:]
        for name in ["小学部", "中学部", "高等部", "幼稚部", "盲学校", "聾学校", "ろう学校", "養護学校", "特別支援学校小学部",
                     "特別支援学校中学部", "特別支援学校高等部", "特別支援学校幼稚部"] {
            // A department (小学部) may be one row of a school with several: a doubt.
            let department = name.hasSuffix("部")
            table[name] = (.specialNeeds, department
                ? Note(text: "\(name) is counted as 特別支援学校, one school a row: if rows are departments of one school, it is counted once per department", isDoubt: true)
                : Note(text: "\(name) is counted as 特別支援学校", isDoubt: false))
        }
        table["幼稚園型認定こども園"] = (.kindergarten, Note(text: "幼稚園型認定こども園 is counted as 幼稚園, as the survey counts it", isDoubt: false))
        return table
    }()

    /// Kinds of school outside the survey.
    static let outside: Set<String> = ["幼保連携型認定こども園", "保育所型認定こども園", "地方裁量型認定こども園", "大学", "短期大学", "高等専門学校", "専修学校", "各種学校"]

    /// Reads a school type from a school-level cell.
    ///
    /// - Returns: `nil` when the text names no school type (a typo: the caller suggests one).
    public static func type(_ text: String) -> TypeReading? {
        if let type = SchoolType.parse(text) { return .counted(type, note: nil) }
        let key = LabelText.fold(text).filter { $0 != " " }.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        if let (type, note) = mapped[key] { return .counted(type, note: note) }
        if outside.contains(key) { return .outside(key) }
        return nil
    }

    /// Whether a cell marks a subtotal or total row: 計, 小計, 合計, 総計, or a name ending in
    /// one (檜原村 計, 区部小計).
    public static func isSubtotal(_ text: String) -> Bool {
        let folded = LabelText.fold(text)
        if SurveyTable.isTotalLabel(folded) || folded == "小計" { return true }
        return folded.hasSuffix(" 計") || folded.hasSuffix("小計") || folded.hasSuffix("合計") || folded.hasSuffix("総計")
    }

    /// A school id as a code: spaces trimmed, full width folded, letters upper-cased, Excel's
    /// leading apostrophe removed (`'b113…`, `Ｂ１１３…` and `B113… ` are one school); half-width
    /// katakana as full width (`ｶﾞｯｺｳ1` is `ガッコウ1`) and characters in their composed form
    /// (NFC: か with a combining ゛ is が), so that two spellings of one id are one school.
    public static func normalizedID(_ text: String) -> String {
        let id = foldedCode(text)
        // Kana and kanji (U+3001–U+9FFF) are in NFC on their own; the combining marks, half-width
        // katakana and anything else past Latin-1 may not be. Composed before ASCII letters are
        // upper-cased: e with a combining acute is é (as written composed), not É.
        guard id.unicodeScalars.contains(where: { v in
            v.value >= 0x300 && !((0x3001...0x9FFF).contains(v.value) && v.value != 0x3099 && v.value != 0x309A)
        }) else { return upperCasedASCII(id) }
        return upperCasedASCII(composed(id))
    }

    /// Half-width katakana runs (U+FF61–U+FF9F, their ﾞ and ﾟ joined to the kana before)
    /// written in full width, then the whole in NFC.
    private static func composed(_ id: String) -> String {
        var out = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func flush() {
            guard !run.isEmpty else { return }
            out.append(contentsOf: String(run).precomposedStringWithCompatibilityMapping.unicodeScalars)
            run.removeAll()
        }
        for scalar in id.unicodeScalars {
            if (0xFF61...0xFF9F).contains(scalar.value) { run.append(scalar) } else { flush(); out.append(scalar) }
        }
        flush()
        // NFC after: the compatibility mapping may leave a kana and its mark apart.
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// The id's ASCII rule but for case: invisible characters dropped, full width folded,
    /// spaces trimmed, Excel's quoting removed.
    private static func foldedCode(_ text: String) -> String {
        // Invisible characters a copy or a join leaves (a byte-order mark, zero-width spaces, a
        // soft hyphen, direction marks, variation selectors) are dropped; the other Unicode
        // spaces are spaces.
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            if invisibleInID(s.value) { return nil }
            return (0x2000...0x200A).contains(s.value) || [0x202F, 0x205F, 0x1680].contains(s.value) ? " " : s
        }))
        var folded = LabelText.fold(visible).trimmingPublishedSpaces()
        // Excel's text-keeping formula: ="C113230000019".
        if folded.hasPrefix("=\""), folded.hasSuffix("\""), folded.count >= 3 { folded = String(folded.dropFirst(2).dropLast()) }
        while folded.hasPrefix("'") || folded.hasPrefix("’") { folded.removeFirst() }
        return folded.trimmingPublishedSpaces()
    }

    /// Characters with no width and no meaning of their own in an id: byte-order mark,
    /// zero-width spaces and joiners, word joiner and invisible operators, soft hyphen,
    /// direction marks and embeddings, Mongolian vowel separator, combining grapheme joiner,
    /// variation selectors (葛 with an IVS is 葛).
    static func invisibleInID(_ v: UInt32) -> Bool {
        switch v {
        case 0xFEFF, 0x200B...0x200F, 0x2060...0x2064, 0x2066...0x2069, 0x202A...0x202E, 0x00AD, 0x034F, 0x061C, 0x180E,
             0xFE00...0xFE0F, 0xE0100...0xE01EF: true
        default: false
        }
    }

    /// ASCII letters upper-cased, and only they: "ß1".uppercased() is "SS1", another school's id.
    private static func upperCasedASCII(_ id: String) -> String {
        String(String.UnicodeScalarView(id.unicodeScalars.map { s in
            s.value >= 0x61 && s.value <= 0x7A ? Unicode.Scalar(s.value - 0x20)! : s
        }))
    }

    /// ``normalizedID(_:)`` on UTF-8 bytes, with no `String`: the id as compared, written into
    /// `output`, and its length; `nil` when the id holds something this byte-level twin leaves
    /// to the `String` version (a quote, an apostrophe, `=`, a control character, a letter with
    /// case outside ASCII, bytes that are not UTF-8, more than `capacity` bytes). It handles
    /// ASCII, full-width forms (Ｂ１２３ → B123), ideographic and no-break spaces, invisible
    /// characters, kana and kanji (U+3001–U+9FFF) as they are, half-width katakana in full
    /// width and a combining ゛ or ゜ joined to its kana, from tables the `String` version's
    /// own normalisation makes (``KanaForms``). A test holds the two to the same result.
    static func normalizedID(utf8 s: UnsafePointer<UInt8>, count l: Int, into output: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int? {
        var n = 0
        var i = 0
        @inline(__always) func put(_ b: UInt8) -> Bool {
            guard n < capacity else { return false }
            output[n] = b &- UInt8(ascii: "a") < 26 ? b &- 0x20 : b
            n += 1
            return true
        }
        // A character of U+3000–U+30FF, as NFC writes it: a combining ゛ or ゜ joined to the
        // kana written before it when the two make one (か ゛ is が), else written as it is.
        func kana(_ scalar: UInt32) -> Bool {
            var scalar = scalar
            if scalar == 0x3099 || scalar == 0x309A, n >= 3, output[n - 3] == 0xE3, output[n - 2] & 0xFC == 0x80 {
                let before = Int(output[n - 2] & 0x3F) << 6 | Int(output[n - 1] & 0x3F)
                let joined = KanaForms.withMark[Int(scalar - 0x3099) << 8 | before]
                if joined != 0 { scalar = UInt32(joined); n -= 3 }
            }
            guard n + 3 <= capacity else { return false }
            output[n] = 0xE3
            output[n + 1] = 0x80 | UInt8(truncatingIfNeeded: scalar >> 6 & 0x3F)
            output[n + 2] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
            n += 3
            return true
        }
        while i < l {
            let b = s[i]
            if b < 0x80 {
                // Printable ASCII but for what the String version strips or reads specially.
                guard b >= 0x20, b != 0x7F, b != UInt8(ascii: "'"), b != UInt8(ascii: "\""), b != UInt8(ascii: "="), put(b) else { return nil }
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < l, s[i + 1] == 0xA0 {            // U+00A0 no-break space
                guard put(UInt8(ascii: " ")) else { return nil }
                i += 2
                continue
            }
            guard b >= 0xE3, b <= 0xEF, i + 2 < l, s[i + 1] & 0xC0 == 0x80, s[i + 2] & 0xC0 == 0x80 else {
                // Zero-width spaces and word joiner (E2 80 8B–8D, E2 81 A0): invisible, dropped.
                if b == 0xE2, i + 2 < l, (s[i + 1] == 0x80 && s[i + 2] &- 0x8B < 3) || (s[i + 1] == 0x81 && s[i + 2] == 0xA0) {
                    i += 3
                    continue
                }
                return nil
            }
            let c1 = s[i + 1], c2 = s[i + 2]
            switch b {
            case 0xE3 where c1 == 0x80 && c2 == 0x80:             // U+3000 ideographic space
                guard put(UInt8(ascii: " ")) else { return nil }
            case 0xE3 where c1 == 0x82 && (c2 == 0x99 || c2 == 0x9A):  // combining ゛ ゜
                guard kana(c2 == 0x99 ? 0x3099 : 0x309A) else { return nil }
            case 0xE3...0xE9:                                     // U+3001–U+9FFF: kana, kanji
                for k in 0..<3 { guard n < capacity else { return nil }; output[n] = s[i + k]; n += 1 }
            case 0xEF where c1 == 0xBB && c2 == 0xBF:             // U+FEFF byte-order mark: dropped
                break
            case 0xEF where c1 == 0xBC && c2 >= 0x81:             // U+FF01–U+FF3F → ! … _
                guard put(c2 - 0x81 + 0x21) else { return nil }
            case 0xEF where c1 == 0xBD && c2 <= 0x9E:             // U+FF40–U+FF5E → ` … ~
                guard put(c2 - 0x80 + 0x60) else { return nil }
            case 0xEF where (c1 == 0xBD && c2 >= 0xA1) || (c1 == 0xBE && c2 <= 0x9F):  // half-width katakana
                let scalar = (c1 == 0xBD ? 0xFF40 : 0xFF80) | Int(c2 & 0x3F)
                guard kana(UInt32(KanaForms.fullWidth[scalar - 0xFF61])) else { return nil }
            default:
                return nil
            }
            i += 3
        }
        // Folded full-width quotes or = are read specially by the String version too.
        var start = 0, end = n
        while start < end, output[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, output[end - 1] == UInt8(ascii: " ") { end -= 1 }
        for k in start..<end where output[k] == UInt8(ascii: "'") || output[k] == UInt8(ascii: "\"") || output[k] == UInt8(ascii: "=")
            || output[k] < 0x20 { return nil }
        if start > 0 { for k in start..<end { output[k - start] = output[k] } }
        return end - start
    }

    /// This calendar year (UTC), without Foundation's calendar, which costs tens of
    /// milliseconds to load in a command that runs in a tenth of a second.
    public static var currentYear: Int {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return Int(parts.tm_year) + 1900
    }

    /// The first year the survey's span accepts: the law of 2004 that made CS (the first were
    /// counted in 2005). The span ends next year.
    public static let firstSurveyYear = 2004
}

/// The two kana tables of the byte-level id rule, made once by the normalisation the `String`
/// rule applies, so the two rules cannot drift apart.
enum KanaForms {
    /// U+FF61–U+FF9F (half-width katakana and punctuation) in full width (NFKC): ｶ is カ, ｡ is
    /// 。, ﾞ is the combining U+3099.
    static let fullWidth: [UInt16] = (0xFF61...0xFF9F).map { value in
        let mapped = String(Unicode.Scalar(UInt32(value))!).precomposedStringWithCompatibilityMapping.unicodeScalars
        precondition(mapped.count == 1 && (0x3000...0x30FF).contains(mapped.first!.value), "U+\(String(value, radix: 16)) maps outside one kana")
        return UInt16(mapped.first!.value)
    }

    /// For U+3000–U+30FF: at its offset, the character it makes with U+3099 (゛), and 256
    /// further on, with U+309A (゜); 0 where NFC keeps the two apart.
    static let withMark: [UInt16] = [0x3099, 0x309A].flatMap { mark in
        (0x3000...0x30FF).map { value -> UInt16 in
            var pair = String.UnicodeScalarView()
            pair.append(Unicode.Scalar(UInt32(value))!)
            pair.append(Unicode.Scalar(UInt32(mark))!)
            let joined = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
            guard joined.count == 1, (0x3000...0x30FF).contains(joined.first!.value) else { return 0 }
            return UInt16(joined.first!.value)
        }
    }
}
