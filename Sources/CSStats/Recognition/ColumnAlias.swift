import Foundation

/// The one table through which every header spelling gets its meaning, for published tables and
/// school-level files alike.
///
/// A header is first split from its unit (`導入率（％）`, `整備率(%)`, `導入校数（校）`), then folded
/// (full-width to ASCII, lowercase, spaces, line breaks, `_`, `-`, `・` and brackets removed), then
/// looked up: as a row-label column (学校種, 都道府県, 年度), as a column that means one thing on its
/// own (母数, 調査基準日), as a measure (導入校数, 率, 増加校数) whose programme comes from the name,
/// a prefix (`cs_`, `コミュニティ・スクール`) or the group row above it, or as a column of a
/// school-level file (学校コード, 市区町村, a flag).
public enum ColumnAlias {
    /// What a header names before its place in the table is known.
    public enum HeaderWord: Sendable, Equatable {
        /// A column of row labels: 学校種, 都道府県, 年度, or a generic 区分 whose content decides.
        case label(LabelKind)
        /// A column that means one thing wherever it stands (母数, 調査基準日, いずれも整備).
        case fixed(SurveyColumn)
        /// A measure; its programme is known from the name, or must come from a group.
        case measure(MeasureKind, Programme?)
        /// A programme's name alone: a group label, or as a header, its count.
        case programme(Programme)
        /// A column of a school-level file.
        case school(SchoolField)
    }

    /// The kinds of row-label column.
    public enum LabelKind: String, Sendable {
        case schoolType = "school_type", prefecture, prefectureCode = "prefecture_code", year
        /// 区分, 項目, 種別: the cells say whether they are school types, prefectures or years.
        case generic
    }

    /// The columns of a school-level file that are not survey columns.
    public enum SchoolField: String, Sendable, CaseIterable {
        case schoolID = "school_id", schoolName = "school_name", municipality
        case csFlag = "cs_flag", hqFlag = "hq_flag", similarFlag = "similar_flag"
    }

    /// What a measure name means once its programme is known.
    public enum MeasureKind: String, Sendable, Hashable {
        case count, rate, increase, previous
        func column(_ programme: Programme) -> SurveyColumn {
            switch self {
            case .count: .count(programme)
            case .rate: .rate(programme)
            case .increase: .increase(programme)
            case .previous: .previous(programme)
            }
        }
    }

    /// Row-label columns.
    static let labels: [String: LabelKind] = table([
        (.year, ["年度", "調査年度", "年", "year", "surveyyear", "fiscalyear", "fy"]),
        (.schoolType, ["学校種", "校種", "学校種別", "学校の種類", "schooltype", "type"]),
        (.prefecture, ["都道府県", "都道府県名", "prefecture", "pref", "prefecturename"]),
        (.prefectureCode, ["都道府県コード", "都道府県番号", "prefecturecode", "prefcode", "jiscode", "コード", "code"]),
        (.generic, ["区分", "項目", "種別", "category"]),
    ])

    /// Names that mean a column on their own.
    static let standalone: [String: SurveyColumn] = table([
        (.referenceDate, ["調査基準日", "基準日", "referencedate", "asof", "date"]),
        (.denominator, ["母数", "学校数", "総学校数", "公立学校数", "対象学校数", "回答学校数", "全学校数",
                        "totalschools", "total", "denominator", "schools", "numberofschools", "allschools"]),
        (.count(.both), ["いずれも整備", "いずれも整備校数", "両方", "両方整備", "両方の機能", "both", "bothschools", "csandhq"]),
        (.count(.similar), ["類似の仕組み", "類似の仕組み設置校数", "類似", "similar", "similarschools", "similarmechanism", "similarmechanisms"]),
        (.count(.cs), ["csschools", "communityschools"]),
        (.count(.hq), ["hqschools"]),
    ])

    /// Names of programmes, as prefixes or group headers.
    static let programmes: [(String, Programme)] = ([
        ("コミュニティスクール", .cs), ("学校運営協議会", .cs), ("communityschool", .cs), ("cs", .cs),
        ("地域学校協働本部", .hq), ("協働本部", .hq), ("本部", .hq), ("hq", .hq),
        ("いずれも整備", .both), ("両方", .both), ("both", .both),
        ("類似の仕組み", .similar), ("similar", .similar),
    ] as [(String, Programme)]).map { (fold($0.0), $0.1) }

    /// Measures that need a programme from a prefix or a group header; some imply one.
    static let measures: [String: (kind: MeasureKind, implied: Programme?)] = {
        let entries: [([String], MeasureKind, Programme?)] = [
            (["導入校数", "導入数", "指定校数", "指定数"], .count, .cs),
            (["導入率"], .rate, .cs),
            (["整備校数", "整備数"], .count, .hq),
            (["整備率", "カバー率"], .rate, .hq),
            (["設置校数", "校数", "学校数", "数", "本年度", "今年度", "当年度", "本年度校数", "schools", "count", "n"], .count, nil),
            (["設置率", "割合", "率", "rate", "ratepct", "pct", "percent", "share"], .rate, nil),
            (["増加校数", "増加校数前年度比", "増加数", "前年度比", "前年度比増", "増減", "増減数", "対前年度増減",
              "前年度からの増加", "前年度からの増加数", "increase", "change", "yoy"], .increase, nil),
            (["前年度", "前年度校数", "previous", "previousschools", "lastyear"], .previous, nil),
            (["前年度導入校数"], .previous, .cs),
            (["前年度整備校数"], .previous, .hq),
        ]
        var result: [String: (kind: MeasureKind, implied: Programme?)] = [:]
        for (names, kind, implied) in entries {
            for name in names { result[fold(name)] = (kind, implied) }
        }
        return result
    }()

    /// The columns of school-level files (flags are also found as a programme's name alone).
    static let schoolFields: [String: SchoolField] = table([
        (.schoolID, ["学校コード", "学校コード13桁", "文科省学校コード", "学校cd", "学校番号", "学校id", "schoolid", "schoolcode", "id"]),
        (.schoolName, ["学校名", "schoolname", "name"]),
        (.municipality, ["市区町村", "市町村", "市区町村名", "設置者", "自治体", "municipality", "city", "establisher"]),
        (.csFlag, ["csflag"]),
        (.hqFlag, ["hqflag"]),
    ])

    /// Reads one header word, with the group label above it when there is one.
    ///
    /// - Parameter name: the header as written, unit already split off by ``splitUnit(_:)``.
    /// - Returns: what it names, or `nil` when nobody knows the name.
    public static func word(_ name: String) -> HeaderWord? {
        let key = fold(name)
        if key.isEmpty { return nil }
        if let label = labels[key] { return .label(label) }
        if let field = schoolFields[key] { return .school(field) }
        if let p = programme(named: key) { return .programme(p) }
        if let measure = measures[key] {
            // 学校数 alone is 母数; under a programme it is that programme's count.
            return .measure(measure.kind, measure.implied)
        }
        if let column = standalone[key] { return .fixed(column) }
        for (prefix, programme) in programmes where key.hasPrefix(prefix) {
            let rest = String(key.dropFirst(prefix.count))
            if let measure = measures[rest] {
                if let implied = measure.implied, implied != programme { return nil }
                return .measure(measure.kind, programme)
            }
            // Whether a school has it: CS導入, 本部整備, 学校運営協議会設置, CS導入状況, 類似の仕組み有無.
            if flagSuffixes.contains(rest) { return .programme(programme) }
        }
        // is_cs, has_hq, hq_flag.
        for marker in ["is", "has"] where key.hasPrefix(marker) {
            if let p = programme(named: String(key.dropFirst(marker.count))) { return .programme(p) }
        }
        return nil
    }

    /// What follows a programme's name in the header of a yes/no column: 導入, 整備, 設置, 状況,
    /// 有無 and their combinations.
    static let flagSuffixes: Set<String> = Set(
        ["導入", "整備", "設置", "状況", "有無", "の有無", "導入状況", "整備状況", "設置状況", "導入の有無", "整備の有無",
         "設置の有無", "導入有無", "整備有無", "設置有無", "flag", "フラグ", "指定"].map(fold))

    /// Resolves one header to a survey column, as the recognition step reads it in a table of
    /// that one column (under its group, when given) between school types and a 母数: the rules
    /// are the recognition step's, not a second copy of them.
    ///
    /// - Parameters:
    ///   - name: the header as written (`導入率`, `cs_rate_pct`, `CS rate (%)`, `導入率（％）`).
    ///   - group: the group header above it, for a two-row header (`コミュニティ・スクール`).
    /// - Returns: the column, or `nil` when nobody knows the name or its programme is not known.
    public static func resolve(_ name: String, group: String? = nil) -> SurveyColumn? {
        // A 母数 column makes it a survey table without naming a programme of its own.
        var records: [[String]] = group.map { [["", $0, ""]] } ?? []
        records += [["学校種", name, "母数"], ["小学校", "1", "1"]]
        let layout = Layout.recognize(records: records, lines: Array(1...records.count), file: nil)
        guard layout.isSurveyTable, layout.columns.count == 3 else { return nil }
        return layout.columns[1].surveyColumn
    }

    /// The programme a group label or header names, if it names exactly one.
    static func programme(named key: String) -> Programme? {
        programmes.first { $0.0 == key }?.1
    }

    /// The programme a text (a title) names, when it names exactly one.
    static func onlyProgramme(in text: String) -> Programme? {
        let key = fold(text)
        // A title about something else than the programme's schools: a mechanism like it
        // (類似, 類する), schools without it (未導入, 未整備), plans (予定), exceptions (以外, 除く).
        if ["類似", "類する", "未", "予定", "以外", "除く", "除き", "検討"].contains(where: key.contains) {
            return key.contains("類似の仕組み") && !key.contains("以外") ? .similar : nil
        }
        var found = Set<Programme>()
        for (name, programme) in programmes where name.count > 3 && key.contains(name) { found.insert(programme) }
        if key.contains("地域学校協働") { found.insert(.hq) }
        return found.count == 1 ? found.first : nil
    }

    // MARK: Units

    /// Units as written in headers and unit rows, folded.
    static let unitWords: Set<String> = ["%", "％", "校", "校数", "件", "人", "園", "箇所", "か所", "団体", "ポイント", "pt", "percent"]

    /// Splits a header from its unit: `導入率（％）` → (`導入率`, `％`); `導入校数（校）` → (`導入校数`, `校`);
    /// a line break inside the header (Alt+Enter in Excel) is removed first.
    ///
    /// - Returns: the name without the unit, and the unit when there was one.
    public static func splitUnit(_ header: String) -> (name: String, unit: String?) {
        // No column name is this long: a cell of text (a 1 MB field) is not searched for a unit,
        // which would take the patterns seconds.
        if header.utf8.count > 512 { return (header.trimmingPublishedSpaces(), nil) }
        let text = String(header.unicodeScalars.filter { $0 != "\n" && $0 != "\r" }.map(Character.init))
            .trimmingPublishedSpaces()
        if let match = text.firstMatch(of: unitPattern) {
            let unit = String(match.output.1)
            var name = text
            name.removeSubrange(match.range)
            return (name.trimmingPublishedSpaces(), unit)
        }
        // A note on how decreases are written: 増減（△は減）, 増減(▲:減少).
        if let match = text.firstMatch(of: decreaseNotePattern) {
            var name = text
            name.removeSubrange(match.range)
            return (name.trimmingPublishedSpaces(), String(match.output))
        }
        for mark in ["%", "％"] where text.hasSuffix(mark) && text.count > 1 {
            return (String(text.dropLast()).trimmingPublishedSpaces(), mark)
        }
        return (text, nil)
    }

    /// A unit in brackets: （％）, (%), （校）, （単位：校）, [%], 【％】.
    nonisolated(unsafe) static let unitPattern =
        /[（(\[［【]\s*(?:単位\s*[:：]?\s*)?(%|％|校|校数|件|人|園|箇所|か所|団体|ポイント|pt)\s*[）)\]］】]/

    /// A note on how decreases are written, in brackets; `単位：…` alone. (Regexes are static: a
    /// literal in a function is compiled again at every call, a million instructions each.)
    nonisolated(unsafe) static let decreaseNotePattern = /[（(][^（）()]*[△▲][^（）()]*[）)]/
    nonisolated(unsafe) static let unitLabelPattern = /\s*単位\s*[:：]\s*(.+)/

    /// Whether a cell is a unit on its own (a unit row's cell): `（校）`, `％`, `単位：校`.
    static func isUnit(_ cell: String) -> Bool {
        let text = cell.trimmingPublishedSpaces()
        if text.isEmpty { return false }
        if let match = text.wholeMatch(of: unitPattern) { return !match.output.1.isEmpty }
        if unitWords.contains(text) { return true }
        if let match = text.wholeMatch(of: unitLabelPattern) {
            return unitWords.contains(String(match.output.1).trimmingPublishedSpaces())
        }
        return false
    }

    /// Folds a header for lookup: full-width ASCII to ASCII, lowercase, separators removed.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        // Half-width katakana (学校ｺｰﾄﾞ, old Shift_JIS systems) to full width, as NFKC does.
        let text = text.unicodeScalars.contains { (0xFF61...0xFF9F).contains($0.value) } ? text.precomposedStringWithCompatibilityMapping : text
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            switch value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0x5F, 0x2D, 0x28, 0x29, 0x30FB, 0xFF65, 0x2E, 0x3001, 0x300C, 0x300D, 0x00A0:
                continue  // space, tab, newlines, _ - ( ) ・ ･ . 、 「 」 no-break space
            default:
                let folded = Unicode.Scalar(value)!
                if (0x41...0x5A).contains(value) {
                    scalars.append(Unicode.Scalar(value + 0x20)!)
                } else {
                    scalars.append(folded)
                }
            }
        }
        return String(scalars)
    }

    private static func table<Value>(_ rows: [(Value, [String])]) -> [String: Value] {
        var result: [String: Value] = [:]
        for (value, names) in rows {
            for name in names { result[fold(name)] = value }
        }
        return result
    }
}
