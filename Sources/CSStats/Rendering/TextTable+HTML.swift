extension TextTable {
    /// Renders the table as an HTML `<table>` with real header cells.
    ///
    /// The title is the `<caption>`; column groups are a first header row of `<th colspan>`
    /// (`scope="colgroup"`) over the columns' `<th scope="col">`, an ungrouped column's title
    /// spanning both rows; the first cell of each row is its `<th scope="row">`; right-aligned
    /// columns' cells are `class="num"`; a cell that is the placeholder `…` is
    /// `class="missing"` with a title saying so. Footnotes follow as a list `class="notes"`.
    /// Every text is escaped.
    ///
    /// - Parameters:
    ///   - emphasised: the indices of rows to mark `class="total"` (the 合計).
    ///   - missingTitle: the title of a missing cell (数値なし / no figure).
    /// - Returns: the markup.
    /// - Complexity: O(*n*) in the total length of the cells.
    public func renderHTML(emphasised: Set<Int> = [], missingTitle: String = "数値なし") -> String {
        let e = MarkupText.escaped
        var html = "<table>\n"
        if let title { html += "<caption>\(e(title))</caption>\n" }
        html += "<thead>\n"
        if columns.contains(where: { $0.group != nil }) {
            var first = "<tr>", second = "<tr>"
            var i = 0
            while i < columns.count {
                guard let group = columns[i].group else {
                    first += "<th rowspan=\"2\" scope=\"col\">\(e(columns[i].title))</th>"
                    i += 1
                    continue
                }
                var j = i
                while j < columns.count, columns[j].group == group { j += 1 }
                first += "<th colspan=\"\(j - i)\" scope=\"colgroup\">\(e(group))</th>"
                for column in columns[i..<j] { second += "<th scope=\"col\">\(e(column.title))</th>" }
                i = j
            }
            html += first + "</tr>\n" + second + "</tr>\n"
        } else {
            html += "<tr>" + columns.map { "<th scope=\"col\">\(e($0.title))</th>" }.joined() + "</tr>\n"
        }
        html += "</thead>\n<tbody>\n"
        for (r, row) in normalizedRows.enumerated() {
            html += emphasised.contains(r) ? "<tr class=\"total\">" : "<tr>"
            for (c, cell) in row.enumerated() {
                if c == 0 {
                    html += "<th scope=\"row\">\(e(cell))</th>"
                    continue
                }
                var classes: [String] = []
                if columns[c].alignment == .right { classes.append("num") }
                if cell == "…" { classes.append("missing") }
                let attributes = (classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")
                    + (cell == "…" ? " title=\"\(e(missingTitle))\"" : "")
                html += "<td\(attributes)>\(e(cell))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if !footnotes.isEmpty {
            html += "<ul class=\"notes\">\n" + footnotes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html
    }
}
