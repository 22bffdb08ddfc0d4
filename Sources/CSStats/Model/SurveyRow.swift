/// One row of a survey table: a school type, a prefecture, both, or the published total.
public struct SurveyRow: Sendable {
    /// What a row is about.
    public enum Key: Sendable, Hashable {
        /// One school type, nationally.
        case schoolType(SchoolType)
        /// One prefecture, all school types.
        case prefecture(Prefecture)
        /// One school type in one prefecture.
        case prefectureSchoolType(Prefecture, SchoolType)
        /// 合計 / 計 / 総計: the published total, not one more group.
        case total
    }

    /// What the row is about.
    public var key: Key
    /// The row label exactly as published (`幼稚園`, `合計`).
    public var label: String
    /// The line the row is on (0 for built-in or computed rows).
    public var line: Int
    /// The figures by column; a column the table lacks is absent.
    public var figures: [SurveyColumn: Figure]
    /// For each figure read from a file, the 1-based character column it starts at.
    public var columns: [SurveyColumn: Int]

    /// Creates a row.
    public init(key: Key, label: String, line: Int = 0, figures: [SurveyColumn: Figure], columns: [SurveyColumn: Int] = [:]) {
        self.key = key
        self.label = label
        self.line = line
        self.figures = figures
        self.columns = columns
    }

    /// The figure in a column, `.unpublished` when the table has none.
    public subscript(column: SurveyColumn) -> Figure {
        figures[column] ?? .unpublished
    }

    /// Whether this is the published total row.
    public var isTotal: Bool { key == .total }
}

extension SurveyRow.Key {
    /// Whether `a` comes before `b` in the published order: school types in their order,
    /// prefectures by JIS code, 合計 last; `nil` when neither comes first (equal keys, or keys of
    /// different kinds), so callers keep their own order.
    public static func publishedOrder(_ a: SurveyRow.Key, _ b: SurveyRow.Key) -> Bool? {
        switch (a, b) {
        case let (.schoolType(x), .schoolType(y)) where x != y: return x < y
        case let (.prefecture(x), .prefecture(y)) where x != y: return x < y
        case let (.prefectureSchoolType(p, s), .prefectureSchoolType(q, t)) where p != q || s != t:
            return p != q ? p < q : s < t
        case (.total, .total): return nil
        case (.total, _): return false
        case (_, .total): return true
        default: return nil
        }
    }
}
