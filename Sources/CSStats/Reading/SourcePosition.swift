/// Where something is in an input file, for error messages in compiler style.
///
/// Lines and columns are 1-based. A column counts characters (Unicode scalars) of the decoded
/// text, so a kanji is one column whatever the file's encoding; `byteOffset` is 0-based and counts
/// bytes of the file as read (before any decoding), when known.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    /// The file's name as given on the command line, or `nil` for standard input.
    public var file: String?
    /// The 1-based line.
    public var line: Int
    /// The 1-based character column, when known.
    public var column: Int?
    /// A workbook's cell, `Sheet1!B10`, when the position is one: a formula is in a cell, not in
    /// the CSV its sheet reads as.
    public var cell: String?

    /// Creates a position.
    public init(file: String?, line: Int, column: Int? = nil, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
    }

    /// `file:line:column`, the prefix of a compiler-style message; `<stdin>` for standard input;
    /// the file alone for line 0; `book.xlsx:Sheet1!B10` for a workbook's cell.
    public var description: String {
        let name = file ?? "<stdin>"
        if let cell { return "\(name):\(cell)" }
        // Line 0: a figure computed rather than read (built-in data, aggregated records).
        if line <= 0 { return name }
        if let column { return "\(name):\(line):\(column)" }
        return "\(name):\(line)"
    }
}
