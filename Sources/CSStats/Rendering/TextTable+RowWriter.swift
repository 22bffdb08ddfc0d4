extension TextTable {
    /// Writes a table row by row: the table's own rows first, then rows given one at a time, so
    /// a file too big to hold can be printed as it is read.
    ///
    /// The whole-table renderers (``renderTerminal(color:)``, ``renderDelimited(delimiter:)``,
    /// ``renderMarkdown()``) are this writer with no further rows, so a streamed table reads
    /// exactly as the same table printed whole. For the terminal, column widths come from the
    /// table's own rows (the first window of a stream); a later cell wider than its column
    /// widens the column from that row on, and the rows above keep their width.
    public struct RowWriter {
        /// How rows are written.
        public enum Format: Sendable {
            /// CSV or TSV: the titles, then one record per row; no title, groups or footnotes.
            /// With `safe`, text a spreadsheet would run as a formula is written as text.
            case delimited(UInt8, safe: Bool = false)
            /// Aligned text, header lines bold with `color`.
            case terminal(color: Bool)
            /// A GitHub-flavoured Markdown pipe table.
            case markdown
        }

        private let table: TextTable
        private let format: Format
        private var widths: [Int] = []
        private var started = false

        /// A writer for a table whose rows so far are `table.rows` (the first window of a stream).
        public init(_ table: TextTable, format: Format) {
            self.table = table
            self.format = format
            if case .terminal = format { widths = table.terminalWidths(rows: table.rows) }
        }

        /// Everything up to and including the table's own rows.
        public mutating func start() -> String {
            started = true
            switch format {
            case .delimited(let delimiter, let safe):
                precondition(
                    delimiter < 0x80 && ![UInt8(ascii: "\""), 0x0D, 0x0A].contains(delimiter),
                    "the delimiter must be an ASCII byte other than a double quote, CR or LF")
                guard !table.columns.isEmpty else { return "" }
                var records = [table.columns.map(\.title)] + table.normalizedRows
                if let lengths = table.recordLengths, lengths.count == records.count {
                    records = zip(records, lengths).map { Array($0.prefix($1)) }
                }
                var bytes: [UInt8] = []
                for record in records { TextTable.appendDelimitedRecord(record, delimiter: delimiter, safe: safe, to: &bytes) }
                return String(decoding: bytes, as: UTF8.self)
            case .terminal(let color):
                var lines: [String] = []
                if let title = table.title {
                    lines.append(TextTable.terminalEscaped(title))
                    lines.append("")
                }
                if !table.columns.isEmpty {
                    lines += table.terminalHeaderLines(widths: widths, color: color)
                    lines += table.normalizedRows.map { table.terminalLine($0, widths: widths) }
                }
                // A table of nothing at all is one empty line, as it always was.
                if lines.isEmpty, table.footnotes.isEmpty { return "\n" }
                return lines.map { TextTable.trimmingTrailingSpaces($0) + "\n" }.joined()
            case .markdown:
                var text = table.title.map { $0 + "\n\n" } ?? ""
                guard !table.columns.isEmpty else {
                    // No table: the title and the footnotes are the blocks.
                    if table.title == nil, table.footnotes.isEmpty { return "\n" }
                    return table.title == nil ? "" : String(text.dropLast())
                }
                text += table.markdownHeader() + "\n"
                text += table.normalizedRows.map { TextTable.markdownLine($0) + "\n" }.joined()
                return text
            }
        }

        /// One more row, after ``start()``: padded or cut to the columns, except in CSV and TSV,
        /// where it is written as given (a record is never cut).
        public mutating func row(_ cells: [String]) -> String {
            precondition(started, "start() first")
            let normalized = cells.count == table.columns.count ? cells : table.columns.indices.map { $0 < cells.count ? cells[$0] : "" }
            switch format {
            case .delimited(let delimiter, let safe):
                return TextTable.delimitedRecord(cells, delimiter: delimiter, safe: safe)
            case .terminal:
                for (index, cell) in normalized.enumerated() {
                    widths[index] = max(widths[index], DisplayWidth.of(TextTable.terminalEscaped(cell)))
                }
                return TextTable.trimmingTrailingSpaces(table.terminalLine(normalized, widths: widths)) + "\n"
            case .markdown:
                return TextTable.markdownLine(normalized) + "\n"
            }
        }

        /// What follows the rows: the footnotes (none in CSV and TSV).
        public func end(footnotes: [String]? = nil) -> String {
            let footnotes = footnotes ?? table.footnotes
            switch format {
            case .delimited:
                return ""
            case .terminal:
                return footnotes.map { TextTable.trimmingTrailingSpaces(TextTable.terminalEscaped($0)) + "\n" }.joined()
            case .markdown:
                let first = table.columns.isEmpty && table.title == nil
                return footnotes.enumerated().map { i, note in (i == 0 && first ? "" : "\n") + note + "\n" }.joined()
            }
        }
    }
}
