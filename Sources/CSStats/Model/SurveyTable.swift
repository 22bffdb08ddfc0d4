/// A survey table: one year's rows by school type or by prefecture, and the published total.
///
/// Rows keep the figures exactly as published (counts, rates rounded as printed, increases) and
/// where each came from; nothing is derived at read time. Derived figures (previous-year counts,
/// exact rates, overlap) are computed on demand from the counts, in `SurveyRow+Measures.swift`,
/// so a figure the ministry printed can always be told apart from one computed here.
public struct SurveyTable: Sendable {
    /// How the rows are keyed.
    public enum Dimension: String, Sendable {
        /// Rows by school type (the national table).
        case schoolType = "school-type"
        /// Rows by prefecture.
        case prefecture
        /// Rows by prefecture and school type.
        case prefectureSchoolType = "prefecture,school-type"
    }

    /// The survey year, when the file or its titles say.
    public var year: SurveyYear?
    /// The reference date (`2021-05-01`), when known.
    public var referenceDate: String?
    /// The rows other than the total, in file order.
    public var rows: [SurveyRow]
    /// The published total row (合計), if the table has one.
    public var total: SurveyRow?
    /// Further rows labelled as totals, after the first: a mistake `check` reports.
    public var extraTotals: [SurveyRow] = []
    /// How many rows of the file were left out because they could not be read; sums over the
    /// rows mean nothing then.
    public var leftOutRows = 0
    /// Whether the table was counted from school-level records rather than published: its
    /// every year covers every school type, so the published HQ totals' change of scope at R3
    /// does not apply.
    public var fromRecords = false
    /// The survey columns present, in file order.
    public var columns: [SurveyColumn]
    /// Headers that are not survey columns: kept, reported, never silently dropped.
    public var unknownColumns: [String]
    /// Decisions made in reading the file that the user must know of: warnings in `check`,
    /// notes elsewhere.
    public var readingWarnings: [Layout.Warning] = []
    /// Whether the table is one year of a series with years as rows: its total only.
    public var isSeries = false
    /// The line of the table's header in its file (0 for built-in or computed tables).
    public var headerLine = 0
    /// The file the table came from (`nil` for standard input or built-in data).
    public var file: String?
    /// Title lines above the table.
    public var titles: [String]
    /// Footnotes below it.
    public var footnotes: [String]

    /// Creates a table.
    public init(
        year: SurveyYear?, referenceDate: String? = nil, rows: [SurveyRow], total: SurveyRow?,
        columns: [SurveyColumn], unknownColumns: [String] = [], file: String? = nil,
        titles: [String] = [], footnotes: [String] = []
    ) {
        self.year = year
        self.referenceDate = referenceDate
        self.rows = rows
        self.total = total
        self.columns = columns
        self.unknownColumns = unknownColumns
        self.file = file
        self.titles = titles
        self.footnotes = footnotes
    }

    /// How the rows are keyed, from the first row (school type when there are none).
    public var dimension: Dimension {
        switch rows.first?.key {
        case .prefecture: .prefecture
        case .prefectureSchoolType: .prefectureSchoolType
        default: .schoolType
        }
    }

    /// Whether the table has a column.
    public func has(_ column: SurveyColumn) -> Bool { columns.contains(column) }

    /// The row for a school type, if present.
    public func row(_ type: SchoolType) -> SurveyRow? {
        rows.first { $0.key == .schoolType(type) }
    }

    /// The row for a prefecture, if present.
    public func row(_ prefecture: Prefecture) -> SurveyRow? {
        rows.first { $0.key == .prefecture(prefecture) }
    }
}
