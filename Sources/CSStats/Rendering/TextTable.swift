/// A table of already-formatted cells, ready to print as aligned text, CSV/TSV or Markdown.
///
/// Cells are strings rather than numbers because every number has already been formatted
/// (thousands separators, rates rounded half up, placeholder marks) by the time a table is
/// rendered; the renderers only decide layout. Keeping the cells as text also lets one table
/// value feed all three output formats and be compared verbatim in tests.
///
/// A row with fewer cells than there are columns is filled with empty cells; cells beyond the
/// last column are not rendered.
public struct TextTable: Sendable, Equatable {
    /// Which side of its column a cell hugs.
    public enum Alignment: Sendable {
        /// Text starts at the column's left edge; used for labels.
        case left
        /// Text ends at the column's right edge; used for numbers, so digits line up.
        case right
    }

    /// One column: its header title, its alignment, and the spanning group it belongs to.
    public struct Column: Sendable, Equatable {
        /// The header text, such as `導入校数`.
        public var title: String
        /// How the column's title and cells are aligned in terminal output.
        public var alignment: Alignment
        /// A label spanning this column and its neighbours with the same group, such as
        /// `コミュニティ・スクール`; `nil` when the column stands alone.
        public var group: String?

        /// Creates a column.
        ///
        /// - Parameters:
        ///   - title: the header text.
        ///   - alignment: how the column is aligned; left by default.
        ///   - group: the spanning label above this column, if any; consecutive columns
        ///     with equal groups share one label.
        public init(title: String, alignment: Alignment = .left, group: String? = nil) {
            self.title = title
            self.alignment = alignment
            self.group = group
        }
    }

    /// A line printed above the table in terminal and Markdown output.
    public var title: String?
    /// The columns, left to right.
    public var columns: [Column]
    /// The body rows, each a list of cells in column order.
    public var rows: [[String]]
    /// Notes printed below the table in terminal and Markdown output, such as `※` lines.
    public var footnotes: [String]

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - title: a line printed above the table, if any.
    ///   - columns: the columns, left to right.
    ///   - rows: the body rows, each a list of formatted cells in column order.
    ///   - footnotes: notes printed below the table.
    public init(
        title: String? = nil, columns: [Column], rows: [[String]], footnotes: [String] = []
    ) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.footnotes = footnotes
    }

    /// The body rows, each cut or filled with empty cells to exactly one cell per column.
    /// For a file written record for record: the number of fields of the header and of each
    /// row as read, so CSV and TSV write each record at its own length; `nil` pads every row
    /// to the columns.
    public var recordLengths: [Int]? = nil

    var normalizedRows: [[String]] {
        rows.map { row in
            if row.count == columns.count { return row }
            return columns.indices.map { $0 < row.count ? row[$0] : "" }
        }
    }
}
