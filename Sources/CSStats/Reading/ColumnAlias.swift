/// The one table through which every header spelling resolves to a ``SurveyColumn``.
///
/// A header is folded (full-width to ASCII, lowercase, spaces, `_`, `-`, `・`, `%` and brackets
/// removed), then looked up whole, then as a programme prefix (`cs_`, `コミュニティ・スクール`)
/// followed by a measure, then as a measure under the group header above it.
public enum ColumnAlias {
    /// Names that mean a column on their own.
    static let standalone: [String: SurveyColumn] = table([
        (.year, ["年度", "調査年度", "year", "surveyyear", "fiscalyear", "fy"]),
        (.referenceDate, ["調査基準日", "基準日", "referencedate", "asof", "date"]),
        (.schoolType, ["学校種", "校種", "学校種別", "学校の種類", "区分", "schooltype", "type"]),
        (.prefecture, ["都道府県", "都道府県名", "prefecture", "pref", "都道府県コード", "prefecturecode", "jiscode"]),
        (.denominator, ["母数", "学校数", "総学校数", "公立学校数", "対象学校数", "回答学校数", "全学校数",
                        "totalschools", "total", "denominator", "schools", "numberofschools", "allschools"]),
        (.count(.both), ["いずれも整備", "いずれも整備校数", "両方", "両方整備", "両方の機能", "both", "bothschools", "csandhq"]),
        (.count(.similar), ["類似の仕組み", "類似の仕組み設置校数", "類似", "similar", "similarschools", "similarmechanism", "similarmechanisms"]),
        (.count(.cs), ["導入校数", "csschools", "communityschools"]),
        (.rate(.cs), ["導入率"]),
        (.count(.hq), ["整備校数", "hqschools"]),
        (.rate(.hq), ["整備率"]),
    ])

    /// Names of programmes, as prefixes or group headers.
    static let programmes: [(String, Programme)] = ([
        ("コミュニティスクール", .cs), ("学校運営協議会", .cs), ("communityschool", .cs), ("cs", .cs),
        ("地域学校協働本部", .hq), ("協働本部", .hq), ("本部", .hq), ("hq", .hq),
        ("いずれも整備", .both), ("両方", .both), ("both", .both),
        ("類似の仕組み", .similar), ("similar", .similar),
    ] as [(String, Programme)]).map { (fold($0.0), $0.1) }

    /// What a measure name means once its programme is known.
    enum MeasureKind: Sendable {
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

    /// Measures that need a programme from a prefix or a group header; some imply one.
    static let measures: [String: (kind: MeasureKind, implied: Programme?)] = {
        let entries: [([String], MeasureKind, Programme?)] = [
            (["導入校数", "導入数"], .count, .cs),
            (["導入率"], .rate, .cs),
            (["整備校数", "整備数"], .count, .hq),
            (["整備率", "カバー率"], .rate, .hq),
            (["設置校数", "校数", "schools", "count", "n"], .count, nil),
            (["設置率", "割合", "率", "rate", "ratepct", "rate%", "percent", "pct", "share"], .rate, nil),
            (["増加校数", "増加校数前年度比", "増加数", "前年度比", "増減", "増減数", "対前年度増減", "前年度からの増加",
              "increase", "change", "yoy"], .increase, nil),
            (["前年度", "前年度校数", "前年度導入校数", "前年度整備校数", "previous", "previousschools", "lastyear"],
             .previous, nil),
        ]
        var result: [String: (kind: MeasureKind, implied: Programme?)] = [:]
        for (names, kind, implied) in entries {
            for name in names { result[fold(name)] = (kind, implied) }
        }
        return result
    }()

    /// Resolves one header.
    ///
    /// - Parameters:
    ///   - name: the header as written (`導入率`, `cs_rate_pct`, `CS rate (%)`).
    ///   - group: the group header above it, for a two-row header (`コミュニティ・スクール`).
    /// - Returns: the column, or `nil` when nobody knows the name.
    public static func resolve(_ name: String, group: String? = nil) -> SurveyColumn? {
        let key = fold(name)
        if key.isEmpty { return nil }
        let groupProgramme = group.flatMap { programme(named: fold($0)) }
        if let measure = measures[key] {
            if let p = groupProgramme ?? measure.implied { return measure.kind.column(p) }
        }
        if let column = standalone[key] { return column }
        for (prefix, programme) in programmes where key.hasPrefix(prefix) {
            let rest = String(key.dropFirst(prefix.count))
            if rest.isEmpty { return .count(programme) }
            if let measure = measures[rest] { return measure.kind.column(programme) }
        }
        return nil
    }

    static func programme(named key: String) -> Programme? {
        programmes.first { $0.0 == key }?.1
    }

    /// Folds a header for lookup: full-width ASCII to ASCII, lowercase, separators removed.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            switch value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0x5F, 0x2D, 0x28, 0x29, 0x30FB, 0xFF65, 0x2E, 0x3001, 0x300C, 0x300D:
                continue  // space, tab, newlines, _ - ( ) ・ ･ . 、 「 」
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

    private static func table(_ rows: [(SurveyColumn, [String])]) -> [String: SurveyColumn] {
        var result: [String: SurveyColumn] = [:]
        for (column, names) in rows {
            for name in names { result[fold(name)] = column }
        }
        return result
    }
}
