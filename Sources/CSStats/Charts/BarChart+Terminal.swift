extension BarChart {
    /// The blocks that draw one to seven eighths of a cell, left-aligned (U+258F … U+2589).
    static let eighthBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// A whole cell (U+2588).
    static let fullBlock: Character = "█"

    /// Renders the chart as text for a terminal: horizontal bars of block elements at an
    /// eighth of a cell, labels aligned by display width, and the figure at each bar's end.
    ///
    /// Lines: the title with the period (on two lines if they do not fit), a blank line, one line per bar (the row's label on its
    /// first bar; with several programmes, each bar tagged CS, 本部, …), a blank line, what a
    /// full bar stands for, and the notes. A figure that is not known has no bar and prints
    /// as `…`; a figure covering some school types only is marked `*`. The bars are as wide
    /// as the widest line allows within `width` columns (at least 8 cells); no colour, so
    /// the chart reads the same piped, printed or in a file. No line has trailing spaces.
    ///
    /// - Parameter width: the terminal's width in columns (`COLUMNS`, else 80).
    /// - Returns: the text, ending with a newline.
    /// - Complexity: O(*r* × *w*) for *r* bars of *w* cells.
    public func renderTerminal(width: Int) -> String {
        let f = formatting
        let labels = rows.map { TextTable.terminalEscaped($0.label) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let tags = programmes.map { f.text($0.shortLabel, $0.englishShortName) }
        let tagWidth = programmes.count > 1 ? (tags.map { DisplayWidth.of($0) }.max() ?? 0) + 1 : 0
        let texts = rows.map { $0.bars.map(Self.endText) }
        let valueWidth = texts.flatMap { $0 }.map { DisplayWidth.of($0) }.max() ?? 0
        let cells = max(width - labelWidth - 2 - tagWidth - 1 - valueWidth, 8)
        let scale = fullScale

        // The period goes on a line of its own when the title and it are wider than the terminal.
        let heading = TextTable.terminalEscaped(title + (period.map { " (\($0))" } ?? ""))
        var lines = DisplayWidth.of(heading) <= width || period == nil
            ? [heading, ""] : [TextTable.terminalEscaped(title), TextTable.terminalEscaped(period!), ""]
        for (r, row) in rows.enumerated() {
            for (b, bar) in row.bars.enumerated() {
                var line = Self.padded(b == 0 ? labels[r] : "", to: labelWidth) + "  "
                if programmes.count > 1 { line += Self.padded(tags[b], to: tagWidth) }
                let eighths = bar.amount.flatMap { length(of: $0, over: scale, fullLength: cells * 8) } ?? 0
                let blocks = Self.blocks(eighths: eighths)
                line += blocks + (blocks.isEmpty ? "" : " ") + texts[r][b]
                lines.append(Self.trimmed(line))
            }
        }
        lines.append("")
        switch quantity {
        case .rate: lines.append(f.text("バー全長 = 100%", "Full bar = 100%"))
        case .count:
            let full = scale.numerator / scale.denominator
            lines.append(f.text("バー全長 = \(f.count(full))校", "Full bar = \(f.count(full)) schools"))
        }
        lines += notes.map(TextTable.terminalEscaped)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bar of `eighths` eighths of a cell: whole blocks, then one partial block.
    static func blocks(eighths: Int) -> String {
        let whole = String(repeating: fullBlock, count: eighths / 8)
        let rest = eighths % 8
        return rest == 0 ? whole : whole + String(eighthBlocks[rest - 1])
    }

    /// The figure printed at a bar's end, marked when it covers some school types only.
    static func endText(_ bar: Bar) -> String {
        TextTable.terminalEscaped(bar.text) + (bar.coversSomeTypesOnly ? scopeMarker : "")
    }

    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
