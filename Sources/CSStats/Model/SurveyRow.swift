/// One row of a survey table: a school type, a prefecture, both, or the published total.
public struct SurveyRow: Sendable {
    /// What a row is about.
    public enum Key: Sendable, Hashable {
        case schoolType(SchoolType)
        case prefecture(Prefecture)
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
