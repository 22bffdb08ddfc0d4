/// How a delimited file was recognised: its kind, the role of each of its lines and the meaning
/// of each of its columns, with where each decision came from.
///
/// Every command reads a file through one recognition step (``Layout/recognize(records:file:)``),
/// so a file means the same thing to `summary`, `table`, `check` and `view --explain`. A layout
/// never drops anything silently: each line has a role, each column a meaning or a reason it is
/// ignored, and a shape that cannot be read with confidence carries a ``refusal`` that says what
/// was seen and how to fix the file.
public struct Layout: Sendable {
    /// What a file holds.
    public enum Kind: String, Sendable {
        /// A published table with rows by school type.
        case schoolType = "school-type"
        /// A published table with rows by prefecture.
        case prefecture
        /// A published table with rows by prefecture and school type.
        case prefectureSchoolType = "prefecture,school-type"
        /// A published series with survey years as rows: each row is that year's national total.
        case year
        /// School-level records: one row per school.
        case schoolRecords = "school-records"
        /// Not a survey file: any other CSV or TSV.
        case other
    }

    /// Something recognition decided that the user must know of: a title naming two years, a
    /// title and a file name that disagree. `check` reports it as a warning (so `--strict`
    /// fails); other commands print it as a note.
    public struct Warning: Sendable, Hashable {
        /// Where.
        public var position: SourcePosition
        /// What, in one sentence.
        public var message: String

        /// Creates a warning.
        public init(position: SourcePosition, message: String) {
            self.position = position
            self.message = message
        }
    }

    /// The role of one line (record) of the file.
    public enum LineRole: String, Sendable {
        /// A title above the table.
        case title
        /// A row of units under the header (`（校）`, `（％）`).
        case unit
        /// A group row over the header: programme names over merged cells.
        case group
        /// The header row.
        case header
        /// A data row (a school type, prefecture, year or total).
        case data
        /// An empty spacer line.
        case blank
        /// A note: a line marked ※, 注, 資料, 出典 or 備考, or a line after the data.
        case note
    }

    /// What one column means and how that was decided.
    public struct Column: Sendable {
        /// What a column means.
        public enum Meaning: Sendable, Equatable {
            /// A survey column.
            case survey(SurveyColumn)
            /// A JIS prefecture code beside a column of prefecture names.
            case prefectureCode
            /// A column of a school-level file that is not a survey column.
            case school(ColumnAlias.SchoolField)
            /// A column nobody knows: reported, never used.
            case ignored
            /// A column with no header and no values (a trailing delimiter).
            case empty
        }

        /// What recognition found of a column beyond its meaning: what a refusal, the table's
        /// year or a command acts on (never read back from the words of ``source``).
        public enum Remark: Sendable, Equatable {
            /// A measure with no programme from its name, a group, its block or the table.
            case underNoProgramme(ColumnAlias.MeasureKind)
            /// A name whose programme contradicts the group row over it.
            case contradictsGroup
            /// One of two consecutive survey years as headers: this year's count (`later`) or last year's.
            case yearColumn(SurveyYear, later: Bool)
            /// No header, but the column holds values.
            case unnamedWithValues
        }

        /// The meaning.
        public var meaning: Meaning
        /// The header as written.
        public var header: String
        /// The group label over the column, when it has one.
        public var group: String?
        /// The unit split from the header or read from the unit row.
        public var unit: String?
        /// Where the meaning came from, in words: `header '導入率（％）' (unit ％)`.
        public var source: String
        /// What else recognition found of the column, if anything.
        public var remark: Remark? = nil

        /// ``source``, with what the ``remark`` adds to it in words.
        public var explanation: String {
            switch remark {
            case .underNoProgramme(let kind)?: "\(source) names a \(kind.rawValue) under no programme"
            case .contradictsGroup?: "\(source); under group '\(group ?? "")' but the name says another programme"
            default: source
            }
        }

        /// The name used in explanations and JSON: the survey identifier, or `ignored`.
        public var identifier: String {
            switch meaning {
            case .survey(let column): column.identifier
            case .prefectureCode: "prefecture_code"
            case .school(let field): field.rawValue
            case .ignored: "ignored"
            case .empty: "empty"
            }
        }

        /// The survey column, if the column is one.
        public var surveyColumn: SurveyColumn? {
            if case .survey(let column) = meaning { return column }
            return nil
        }
    }

    /// What the file holds.
    public var kind: Kind
    /// The role of every record, in file order.
    public var roles: [LineRole]
    /// The index of the header record (the last header row).
    public var headerIndex: Int?
    /// The index of the group row over the header, if there is one.
    public var groupIndex: Int?
    /// Every column of the header, in order.
    public var columns: [Column]
    /// The column whose cells label the rows.
    public var labelColumn: Int?
    /// Why the file is not a survey table, when it is not one.
    public var notSurveyReason: String? = nil
    /// The survey year from the titles or the file name (a year column gives one per row).
    public var year: SurveyYear? = nil
    /// Where ``year`` came from: `title line 1`, `file name`.
    public var yearSource: String? = nil
    /// The reference date from the titles, `2021-05-01`.
    public var referenceDate: String? = nil
    /// Why the file cannot be read as a survey table with confidence; `nil` when it can (or
    /// when it is not a survey file at all).
    public var refusal: ReadError? = nil
    /// Decisions the user must know of (see ``Warning``).
    public var warnings: [Warning] = []

    /// Whether the file is a published survey table.
    public var isSurveyTable: Bool {
        switch kind {
        case .schoolType, .prefecture, .prefectureSchoolType, .year: true
        case .schoolRecords, .other: false
        }
    }

    /// The columns reported as not understood.
    public var ignoredColumns: [(index: Int, column: Column)] {
        columns.enumerated().filter { $0.element.meaning == .ignored }.map { ($0.offset, $0.element) }
    }

    /// The indices of records with a role.
    public func records(_ role: LineRole) -> [Int] {
        roles.indices.filter { roles[$0] == role }
    }
}
