/// Audits a workbook sheet's formulas against the table the sheet holds: where printed
/// misprints come from.
///
/// A published figure that disagrees with its rows was most often right in the workbook once: a
/// 合計 whose SUM was not stretched when a row was added, a range that starts on the header, a
/// formula copied from the next column, or a total typed over with a number that stopped
/// following its rows. ``Checker`` sees only the figures; this sees how they were made.
///
/// The table is read as every command reads it (``Layout``), and its total rows are the rows
/// whose label is a total or subtotal (``SchoolRecordLabels/isSubtotal(_:)``). Then:
/// - a total's count that is a sum (``Formula/sum(_:subtotal:)``) must add up exactly the data
///   rows it totals, in its own column: the rows since the previous total row, or, for a total
///   with none above it since the last total (a grand total under subtotals, or a total at the
///   top), either every data row or every other total row;
/// - a rate that divides one cell by another must divide cells of its own row;
/// - a number typed into a total row where most of the row's other figures of its kind (counts,
///   or rates) are formulas, or
///   into a rate column where most of its other rates are, is a finding: it no longer follows
///   the cells it was computed from;
/// - a formula that cannot be audited (another function, another sheet, a count in a row that
///   is not a total, a cell outside the table) is a warning, never passed in silence.
public enum FormulaAudit {
    /// The findings of a sheet's formulas, each placed at its cell (`book.xlsx:R3!B11`).
    ///
    /// - Parameters:
    ///   - sheet: the sheet as read, with its formulas.
    ///   - file: the workbook's name, for the findings' positions.
    /// - Returns: the findings, by row and column; none for a sheet without formulas.
    /// - Complexity: O(*f* × *r* + *r* × *c*) for *f* formulas over a table of *r* rows of *c* columns.
    public static func audit(_ sheet: Workbook.Sheet, file: String?) -> [Finding] {
        guard !sheet.formulas.isEmpty else { return [] }
        var auditor = Auditor(sheet: sheet, file: file)
        auditor.run()
        return auditor.findings.sorted { ($0.cell.row, $0.cell.column) < ($1.cell.row, $1.cell.column) }.map(\.finding)
    }

    private struct Auditor {
        let sheet: Workbook.Sheet
        let file: String?
        let layout: Layout
        var findings: [(cell: CellReference, finding: Finding)] = []
        /// Formulas not audited, by column and reason, in row order.
        var notAudited: [(column: Int, reason: String, cells: [CellReference])] = []

        init(sheet: Workbook.Sheet, file: String?) {
            self.sheet = sheet
            self.file = file
            layout = Layout.recognize(records: sheet.rows, lines: sheet.rowNumbers, file: file)
        }

        // MARK: The sheet

        private var firstRow: Int { sheet.rowNumbers.first ?? 1 }

        /// The index in `sheet.rows` of an Excel row.
        private func index(_ row: Int) -> Int? {
            let i = row - firstRow
            return i >= 0 && i < sheet.rows.count ? i : nil
        }

        private func excelRow(_ index: Int) -> Int { firstRow + index }

        private func text(_ index: Int, _ column: Int) -> String {
            guard index >= 0, index < sheet.rows.count, column >= 0, column < sheet.rows[index].count else { return "" }
            return sheet.rows[index][column]
        }

        private func text(_ cell: CellReference) -> String {
            index(cell.row).map { text($0, cell.column) } ?? ""
        }

        private func formula(_ index: Int, _ column: Int) -> String? {
            sheet.formulas[CellReference(column: column, row: excelRow(index)).name]
        }

        /// Whether a cell shows a number (`11,856`, `33.3%`, `0.5`).
        private func isNumber(_ index: Int, _ column: Int) -> Bool {
            let shown = text(index, column).filter { $0 != "," && $0 != "%" && $0 != " " }
            return !shown.isEmpty && Double(shown) != nil
        }

        /// Whether a cell shows anything: an empty cell adds nothing to a sum.
        private func shows(_ cell: CellReference) -> Bool { !text(cell).isEmpty }

        private func label(_ index: Int) -> String {
            layout.labelColumn.map { text(index, $0) } ?? ""
        }

        private func surveyColumn(_ column: Int) -> SurveyColumn? {
            column < layout.columns.count ? layout.columns[column].surveyColumn : nil
        }

        private func columnLabel(_ column: Int) -> String {
            surveyColumn(column)?.publishedLabel ?? (column < layout.columns.count ? layout.columns[column].header : "")
        }

        private mutating func report(_ cell: CellReference, severity: Finding.Severity = .error, expected: String?, found: String?, _ message: String) {
            let line = index(cell.row).map { $0 + 1 } ?? 0
            let position = SourcePosition(file: file, line: line, cell: Workbook.qualified(sheet.name, cell.name))
            let row = index(cell.row).map(label)
            findings.append((cell, Finding(severity, at: position, row: row.flatMap { $0.isEmpty ? nil : $0 },
                                           column: surveyColumn(cell.column)?.identifier, expected: expected, found: found, message: message)))
        }

        private mutating func skip(_ cell: CellReference, _ reason: String) {
            if let i = notAudited.firstIndex(where: { $0.column == cell.column && $0.reason == reason }) {
                notAudited[i].cells.append(cell)
            } else {
                notAudited.append((cell.column, reason, [cell]))
            }
        }

        // MARK: Rows

        private var dataRows: [Int] { layout.records(.data) }

        private var totalRows: [Int] {
            dataRows.filter { SchoolRecordLabels.isSubtotal(label($0)) }
        }

        /// The rows a total row may add up, as indices: the first is the one a finding names.
        private func rowsTotalled(by total: Int) -> [[Int]] {
            let data = dataRows, totals = Set(totalRows)
            var before: [Int] = []
            for i in data.reversed() where i < total {
                if totals.contains(i) { break }
                before.insert(i, at: 0)
            }
            if !before.isEmpty { return [before] }
            let every = data.filter { !totals.contains($0) }
            let others = data.filter { totals.contains($0) && $0 != total }
            return [every, others].filter { !$0.isEmpty }
        }

        /// Excel rows as ranges of a column: `B4:B10`, `B4:B6, B8:B10`; rows between that show
        /// nothing in the column do not break a range.
        private func ranges(_ rows: [Int], column: Int) -> String {
            var runs: [(Int, Int)] = []
            for row in rows.sorted() {
                if let last = runs.last, (last.1 + 1..<row).allSatisfy({ text(CellReference(column: column, row: $0)).isEmpty }) {
                    runs[runs.count - 1].1 = row
                } else {
                    runs.append((row, row))
                }
            }
            return runs.map { a, b in
                let start = CellReference(column: column, row: a)
                return a == b ? start.name : "\(start.name):\(CellReference(column: column, row: b).name)"
            }.joined(separator: ", ")
        }

        /// Cells of one row as ranges: `C11:F11`, `C11, E11`.
        private func ranges(columns: [Int], row: Int) -> String {
            var runs: [(Int, Int)] = []
            for column in columns.sorted() {
                if let last = runs.last, last.1 + 1 == column { runs[runs.count - 1].1 = column } else { runs.append((column, column)) }
            }
            return runs.map { a, b in
                let start = CellReference(column: a, row: row)
                return a == b ? start.name : "\(start.name):\(CellReference(column: b, row: row).name)"
            }.joined(separator: ", ")
        }

        private func rowNames(_ rows: [Int]) -> String {
            rows.count == 1 ? "row \(rows[0])" : "rows " + rows.map(String.init).joined(separator: ", ")
        }

        // MARK: The audit

        mutating func run() {
            let formulaCells = sheet.formulas.keys.compactMap(CellReference.init).sorted { ($0.row, $0.column) < ($1.row, $1.column) }
            guard layout.isSurveyTable, layout.refusal == nil, layout.headerIndex != nil, let labelColumn = layout.labelColumn else {
                let count = formulaCells.count
                if let first = formulaCells.first {
                    report(first, severity: .warning, expected: nil, found: nil,
                           "\(count) formula\(count == 1 ? "" : "s") on sheet '\(sheet.name)' \(count == 1 ? "is" : "are") not audited: the sheet is not read as a survey table")
                }
                return
            }
            let data = Set(dataRows), totals = Set(totalRows)
            for cell in formulaCells {
                let text = sheet.formulas[cell.name] ?? ""
                guard let i = index(cell.row), data.contains(i), cell.column != labelColumn, let column = surveyColumn(cell.column) else {
                    skip(cell, "outside the table's figures")
                    continue
                }
                if case .rate = column {
                    auditRate(cell, i, text)
                } else if column.holdsCount, totals.contains(i) {
                    auditTotal(cell, i, text)
                } else {
                    skip(cell, "a count in a row that is not a total: only totals' sums and rates are audited")
                }
            }
            auditTypedNumbers(labelColumn: labelColumn)
            for (column, reason, cells) in notAudited {
                let first = cells[0], formula = "=" + (sheet.formulas[first.name] ?? "")
                let what = index(first.row).flatMap { $0 < layout.roles.count && layout.roles[$0] == .data ? "\(label($0)) \(columnLabel(column))".trimmingPublishedSpaces() : nil } ?? ""
                let message = cells.count == 1
                    ? "\(what.isEmpty ? first.name : what) \(formula) is not audited: \(reason)"
                    : "\(ranges(cells.map(\.row), column: column)) hold formulas that are not audited (\(first.name) is \(formula)): \(reason)"
                report(first, severity: .warning, expected: nil, found: formula, message)
            }
        }

        /// A total's count: a sum over exactly the rows it totals, in its own column.
        private mutating func auditTotal(_ cell: CellReference, _ i: Int, _ text: String) {
            let formula: Formula
            do { formula = try Formula(text, sheet: sheet.name) } catch { skip(cell, error.reason); return }
            guard case .sum(let summed, let subtotal) = formula else {
                skip(cell, "a total's count that is not a sum")
                return
            }
            // Cells off the sheet are empty and add nothing.
            let width = sheet.rows.first?.count ?? 0
            var cells = summed.flatMap { $0.cells(rows: firstRow...max(firstRow, firstRow + sheet.rows.count - 1), columns: 0..<width) }
            if subtotal {
                // SUBTOTAL leaves out the SUBTOTALs inside its range (the subtotals of a grand total).
                cells.removeAll { inner in
                    guard let text = sheet.formulas[inner.name], case .sum(_, subtotal: true)? = try? Formula(text) else { return false }
                    return true
                }
            }
            let elsewhere = cells.filter { $0.column != cell.column && shows($0) }
            var times: [Int: Int] = [:]
            for c in cells where c.column == cell.column && shows(c) { times[c.row, default: 0] += 1 }
            let options = rowsTotalled(by: i)
            guard let expected = options.first else {
                skip(cell, "a total with no rows to add up")
                return
            }
            func mismatch(_ option: [Int]) -> (missing: [Int], extra: [Int], twice: [Int])? {
                let rows = Set(option.map(excelRow))
                let missing = rows.filter { shows(CellReference(column: cell.column, row: $0)) && times[$0] == nil }.sorted()
                let extra = times.keys.filter { !rows.contains($0) }.sorted()
                let twice = times.filter { $0.value > 1 }.keys.sorted()
                return missing.isEmpty && extra.isEmpty && twice.isEmpty && elsewhere.isEmpty ? nil : (missing, extra, twice)
            }
            guard options.allSatisfy({ mismatch($0) != nil }), let wrong = mismatch(expected) else { return }
            let (missing, extra, twice) = wrong
            var reasons: [String] = []
            if !elsewhere.isEmpty {
                let columns = Array(Set(elsewhere.map(\.column))).sorted()
                let named = columns.map { "\(CellReference.columnName($0 + 1)) (\(columnLabel($0)))" }.joined(separator: ", ")
                reasons.append(times.isEmpty
                    ? "the range is in column \(named), not \(CellReference.columnName(cell.column + 1))"
                    : "it takes in cells of column \(named)")
            }
            // A range wholly in another column leaves out every row: that says nothing more.
            if !missing.isEmpty, !(times.isEmpty && !elsewhere.isEmpty) {
                reasons.append("it leaves out \(rowNames(missing)) (\(missing.compactMap(index).map(label).joined(separator: ", ")))")
            }
            if !extra.isEmpty {
                reasons.append("it takes in " + extra.map { describe($0, total: i) }.joined(separator: ", "))
            }
            if !twice.isEmpty {
                reasons.append("it adds \(rowNames(twice)) twice")
            }
            let found = summed.map(\.name).joined(separator: ", ")
            let shouldSum = ranges(expected.map(excelRow), column: cell.column)
            let labels = expected.map(label)
            let span = labels.count == 1 ? labels[0] : "\(labels.first!) to \(labels.last!)"
            report(cell, expected: shouldSum, found: found,
                   "\(label(i)) \(columnLabel(cell.column)) =\(text) sums \(found) but should sum \(shouldSum) (\(span)): \(reasons.joined(separator: "; "))")
        }

        /// What an Excel row a total should not add up is: `row 3, the header`.
        private func describe(_ row: Int, total: Int) -> String {
            guard let i = index(row), i < layout.roles.count else { return "row \(row)" }
            if i == total { return "itself (row \(row))" }
            switch layout.roles[i] {
            case .header, .group, .unit: return "row \(row), the header"
            case .title: return "row \(row), a title"
            case .note: return "row \(row), a note"
            case .blank: return "row \(row)"
            case .data:
                return SchoolRecordLabels.isSubtotal(label(i)) ? "row \(row), the total \(label(i))" : "row \(row) (\(label(i))), which it does not total"
            }
        }

        /// A rate: one cell divided by another, both of its own row.
        private mutating func auditRate(_ cell: CellReference, _ i: Int, _ text: String) {
            let formula: Formula
            do { formula = try Formula(text, sheet: sheet.name) } catch { skip(cell, error.reason); return }
            guard case .ratio(let numerator, let denominator) = formula else {
                skip(cell, "a rate that is not one cell divided by another")
                return
            }
            guard numerator.row != cell.row || denominator.row != cell.row else { return }
            report(cell, expected: "row \(cell.row)", found: "\(numerator.name)/\(denominator.name)",
                   "\(label(i)) \(columnLabel(cell.column)) =\(text) divides \(numerator.name) by \(denominator.name), but a rate divides cells of its own row \(cell.row)")
        }

        /// Numbers typed in where the cells around them are formulas.
        private mutating func auditTypedNumbers(labelColumn: Int) {
            let figures = layout.columns.indices.filter { column in
                guard column != labelColumn, let survey = surveyColumn(column) else { return false }
                if case .rate = survey { return true }
                return survey.holdsCount
            }
            var reported = Set<CellReference>()
            func typed(_ i: Int, _ column: Int, neighbours: String) {
                let cell = CellReference(column: column, row: excelRow(i))
                guard reported.insert(cell).inserted else { return }
                report(cell, expected: "a formula", found: text(i, column),
                       "\(label(i)) \(columnLabel(column)): \(cell.name) holds the number \(text(i, column)) typed in, while \(neighbours) \(neighbours.contains(",") || neighbours.contains(":") ? "are formulas" : "is a formula")")
            }
            // A total row's counts against its other counts, its rates against its other rates:
            // a table without 母数 has its total's rates typed in beside its SUMs, rightly.
            let rates = Set(figures.filter { if case .rate = surveyColumn($0) { true } else { false } })
            for i in totalRows {
                for kind in [true, false] {
                    let numbers = figures.filter { rates.contains($0) == kind && isNumber(i, $0) }
                    let formulas = numbers.filter { formula(i, $0) != nil }
                    for column in numbers where formula(i, column) == nil && formulas.count * 2 > numbers.count - 1 {
                        typed(i, column, neighbours: ranges(columns: formulas, row: excelRow(i)))
                    }
                }
            }
            for column in figures {
                guard case .rate = surveyColumn(column) else { continue }
                let numbers = dataRows.filter { isNumber($0, column) }
                let formulas = numbers.filter { formula($0, column) != nil }
                for i in numbers where formula(i, column) == nil && formulas.count * 2 > numbers.count - 1 {
                    typed(i, column, neighbours: ranges(formulas.map(excelRow), column: column))
                }
            }
        }
    }
}
