extension TextTable {
    /// Renders the table as aligned plain text for a terminal.
    ///
    /// Lines, in order: the title and a blank line (when there is a title); a line of group
    /// labels (when any column has a group), each label left-aligned over its consecutive
    /// columns; the column titles; a rule of `─` under each column; the rows; then each
    /// footnote on its own line. Columns are two spaces apart and padded by
    /// ``DisplayWidth``, so a kanji fills two columns; a group label wider than its columns
    /// widens the last of them. Control characters in any text are shown escaped (`\n`,
    /// `\t`, `\r`, `\u{1B}`) so they cannot break the layout. No line has trailing spaces.
    ///
    /// - Parameter color: whether to make the header lines bold with ANSI escapes, which
    ///   do not count toward any width.
    /// - Returns: the rendered text, ending with a newline.
    /// - Complexity: O(*n*) in the total length of the cells.
    public func renderTerminal(color: Bool = false) -> String {
        var writer = RowWriter(self, format: .terminal(color: color))
        return writer.start() + writer.end()
    }

    /// The display width of each column: its title's or its widest cell's among `rows`, the last
    /// column of a group widened when the group's label is wider than its columns.
    func terminalWidths(rows: [[String]]) -> [Int] {
        var widths = columns.map { DisplayWidth.of(Self.terminalEscaped($0.title)) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(Self.terminalEscaped(cell)))
            }
        }
        for span in groupSpans() {
            guard let label = span.label else { continue }
            let shortfall = DisplayWidth.of(label) - Self.spanWidth(span.columns, widths)
            if shortfall > 0 { widths[span.columns.upperBound - 1] += shortfall }
        }
        return widths
    }

    /// The lines above the rows: the group labels (when any column has a group), the column
    /// titles and the rule, bold with `color`.
    func terminalHeaderLines(widths: [Int], color: Bool) -> [String] {
        func bold(_ line: String) -> String {
            color ? "\u{1B}[1m" + Self.trimmingTrailingSpaces(line) + "\u{1B}[0m" : line
        }
        var lines: [String] = []
        if columns.contains(where: { $0.group != nil }) {
            lines.append(bold(groupSpans().map { span in
                Self.padded(span.label ?? "", to: Self.spanWidth(span.columns, widths), .left)
            }.joined(separator: "  ")))
        }
        lines.append(bold(terminalLine(columns.map(\.title), widths: widths)))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        return lines
    }

    /// One row (or the titles) padded to the widths, control characters escaped.
    func terminalLine(_ cells: [String], widths: [Int]) -> String {
        cells.indices.map { index in
            Self.padded(Self.terminalEscaped(cells[index]), to: widths[index], columns[index].alignment)
        }.joined(separator: "  ")
    }

    /// Runs of consecutive columns sharing a group label; an ungrouped column is a run alone.
    private func groupSpans() -> [(label: String?, columns: Range<Int>)] {
        var spans: [(label: String?, columns: Range<Int>)] = []
        for (index, column) in columns.enumerated() {
            if let group = column.group, let last = spans.last, last.label == group,
                last.columns.upperBound == index
            {
                spans[spans.count - 1].columns = last.columns.lowerBound..<(index + 1)
            } else {
                let label = column.group.map(Self.terminalEscaped)
                spans.append((label, index..<(index + 1)))
            }
        }
        return spans
    }

    private static func spanWidth(_ span: Range<Int>, _ widths: [Int]) -> Int {
        widths[span].reduce(0, +) + 2 * (span.count - 1)
    }

    static func padded(_ text: String, to width: Int, _ alignment: Alignment) -> String {
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        switch alignment {
        case .left: return text + fill
        case .right: return fill + text
        }
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The text with C0 and C1 control characters spelled out, so that each cell stays on
    /// one line and its display width is what gets printed.
    static func terminalEscaped(_ text: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
            case "\t": escaped.append(contentsOf: #"\t"#.unicodeScalars)
            case "\r": escaped.append(contentsOf: #"\r"#.unicodeScalars)
            case _ where isControl(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
