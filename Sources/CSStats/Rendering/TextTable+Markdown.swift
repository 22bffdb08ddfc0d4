extension TextTable {
    /// Renders the table as a GitHub-flavoured Markdown pipe table.
    ///
    /// The title, when there is one, comes first as a paragraph; the footnotes follow the
    /// table, each as its own paragraph. Pipe tables have a single header row, so a column's
    /// group is folded into its header as `group / title`. Right-aligned columns get `---:` in
    /// the alignment row. In cells, `|` is escaped as `\|` and line breaks become `<br>`, which
    /// GitHub renders inside a cell, so no cell can end its row early.
    ///
    /// - Returns: the rendered text, ending with a newline.
    /// - Complexity: O(*n*) in the total length of the cells.
    public func renderMarkdown() -> String {
        var writer = RowWriter(self, format: .markdown)
        return writer.start() + writer.end()
    }

    /// The header's two lines: the titles (with their groups) and the alignments.
    func markdownHeader() -> String {
        let headers = columns.map { column in
            guard let group = column.group else { return column.title }
            return column.title.isEmpty ? group : group + " / " + column.title
        }
        let alignments = columns.map { $0.alignment == .right ? "---:" : "---" }
        return Self.markdownRow(headers.map(Self.markdownEscaped)) + "\n" + Self.markdownRow(alignments)
    }

    /// One row of cells.
    static func markdownLine(_ cells: [String]) -> String { markdownRow(cells.map(markdownEscaped)) }

    private static func markdownRow(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private static func markdownEscaped(_ cell: String) -> String {
        guard cell.unicodeScalars.contains(where: { $0 == "|" || $0 == "\n" || $0 == "\r" })
        else { return cell }
        var escaped = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in cell.unicodeScalars {
            switch scalar {
            case "|": escaped.append(contentsOf: #"\|"#.unicodeScalars)
            case "\n" where previous == "\r": break  // CRLF is one break, already written
            case "\n", "\r": escaped.append(contentsOf: "<br>".unicodeScalars)
            default: escaped.append(scalar)
            }
            previous = scalar
        }
        return String(escaped)
    }
}
