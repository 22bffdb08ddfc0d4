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
        var blocks: [String] = []
        if let title { blocks.append(title) }
        if !columns.isEmpty {
            let headers = columns.map { column in
                guard let group = column.group else { return column.title }
                return column.title.isEmpty ? group : group + " / " + column.title
            }
            let alignments = columns.map { $0.alignment == .right ? "---:" : "---" }
            var lines = [Self.markdownRow(headers.map(Self.markdownEscaped))]
            lines.append(Self.markdownRow(alignments))
            lines += normalizedRows.map { Self.markdownRow($0.map(Self.markdownEscaped)) }
            blocks.append(lines.joined(separator: "\n"))
        }
        blocks += footnotes
        return blocks.joined(separator: "\n\n") + "\n"
    }

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
