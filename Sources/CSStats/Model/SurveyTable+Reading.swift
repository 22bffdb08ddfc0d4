extension SurveyTable {
    /// Row labels that mark the published total.
    static let totalLabels: Set<String> = ["合計", "計", "総計", "total", "全国", "全体", "全学校種", "合計(全学校種)", "all", "全国計"]

    /// Whether a row label marks the total row.
    public static func isTotalLabel(_ label: String) -> Bool {
        totalLabels.contains(ColumnAlias.fold(label))
    }

    /// Gives a table's columns their survey meaning and reads its rows.
    ///
    /// A file may hold several years (a `year` column); it then gives one table per year, in
    /// order of first appearance.
    ///
    /// - Parameter table: a table as read from a file.
    /// - Returns: the survey tables, one per year.
    /// - Throws: `ReadError.header` when no column names school types or prefectures or no column
    ///   holds a count or rate, or two columns mean the same; `ReadError.invalidValue` for a cell
    ///   that does not hold what its column needs, or a row label that is neither a school type,
    ///   a prefecture nor a total.
    /// - Complexity: O(*r* × *c*) for *r* rows of *c* columns.
    public static func read(_ table: DelimitedTable) throws(ReadError) -> [SurveyTable] {
        var invalid: [ReadError] = []
        let tables = try read(table, invalidRows: &invalid)
        if let first = invalid.first { throw first }
        return tables
    }

    /// The largest count a cell may hold: far above any number of schools, low enough that
    /// sums over any table stay exact in `Int`.
    public static let largestCount = 1_000_000_000_000

    /// Reads a table, setting aside rows that cannot be read instead of stopping at the first.
    ///
    /// `check` uses this to report every bad row and still check the others.
    ///
    /// - Parameters:
    ///   - table: a table as read from a file.
    ///   - invalidRows: receives one error per row left out (an unknown label, a cell that does
    ///     not hold what its column needs), in file order.
    /// - Throws: `ReadError.header` when the columns do not make a survey table.
    public static func read(_ table: DelimitedTable, invalidRows: inout [ReadError]) throws(ReadError) -> [SurveyTable] {
        let layout = table.layout
        let headerPosition = SourcePosition(file: table.file, line: table.headerLine, column: 1)
        if let refusal = layout.refusal { throw refusal }
        guard layout.isSurveyTable, let labelColumn = layout.labelColumn else {
            throw ReadError.header(headerPosition, message: "not a survey table: \(layout.kind == .schoolRecords ? "it is a school-level file (one row per school)" : layout.notSurveyReason ?? "no survey columns")")
        }
        let resolved: [SurveyColumn?] = layout.columns.map(\.surveyColumn)
        let unknown = layout.ignoredColumns.map { $0.column.header.isEmpty ? "(column \($0.index + 1))" : $0.column.header }
        var seen: [SurveyColumn: Int] = [:]
        for (i, column) in resolved.enumerated() { if let column, seen[column] == nil { seen[column] = i } }
        var typeIndex = seen[.schoolType]
        var prefectureIndex = seen[.prefecture]
        var labelIndex: Int?
        if resolved[labelColumn] == nil { labelIndex = labelColumn }
        if layout.kind == .year { typeIndex = nil; prefectureIndex = nil; labelIndex = labelColumn }
        if layout.kind == .prefecture, labelIndex != nil { typeIndex = nil }
        let codeIndex = layout.columns.firstIndex { $0.meaning == .prefectureCode }
        if table.rows.isEmpty {
            throw ReadError.header(headerPosition, message:
                "the table has a header but no data rows (no row is labelled with a school type, a prefecture, a year or 合計)")
        }

        // The year and date come from a year column, the titles or the file name, never notes.
        let titleYear = layout.year
        let titleDate = layout.referenceDate
        var order: [SurveyYear?] = []
        var byYear: [SurveyYear?: (rows: [SurveyRow], total: SurveyRow?, date: String?)] = [:]

        var extraTotals: [SurveyYear?: [SurveyRow]] = [:]
        var ratesWithPercentSign = Set<SurveyColumn>()
        var dateWarnings: [SurveyYear?: Layout.Warning] = [:]
        var readRows: [(row: SurveyRow, index: Int)] = []
        // Rows left out, by the year they belong to (when it can be read), else for every year.
        var leftOut: [SurveyYear?: Int] = [:]
        var leftOutAnyYear = 0
        for (r, row) in table.rows.enumerated() {
          do throws(ReadError) {
            func cell(_ i: Int) -> String { row.fields[i].trimmingPublishedSpaces() }
            func invalid(_ i: Int, _ expected: String) -> ReadError {
                .invalidValue(table.position(row: r, field: i), column: table.qualifiedHeader[i].isEmpty ? "column \(i + 1)" : table.qualifiedHeader[i],
                              row: rowLabel, found: row.fields[i], expected: expected)
            }
            var rowLabel = cell(labelIndex ?? typeIndex ?? prefectureIndex!)
            if let t = typeIndex, let p = prefectureIndex { rowLabel = "\(cell(p)) \(cell(t))" }
            let key = try rowKey(table: table, row: r, typeIndex: typeIndex, prefectureIndex: prefectureIndex, labelIndex: labelIndex, label: rowLabel)

            // A JIS code beside the name must name the same prefecture.
            if let c = codeIndex, case .prefecture(let named) = key, !cell(c).isEmpty {
                guard let coded = Prefecture.parse(cell(c)), coded == named else {
                    throw invalid(c, "the code of \(named.name), \(named.codeString)")
                }
            }

            var figures: [SurveyColumn: Figure] = [:]
            var columns: [SurveyColumn: Int] = [:]
            var rowYear = titleYear
            var rowDate = titleDate
            for (i, column) in resolved.enumerated() {
                guard let column else { continue }
                switch column {
                case .schoolType, .prefecture:
                    continue
                case .year:
                    guard let y = SurveyYear.parse(cell(i)) else { throw invalid(i, "a survey year (2021, 令和3年度, R3)") }
                    rowYear = y
                case .referenceDate:
                    rowDate = cell(i).isEmpty ? rowDate : cell(i)
                case .denominator, .count, .increase, .previous:
                    switch CellValue.parse(row.fields[i]) {
                    case .integer(let n):
                        guard n.magnitude <= largestCount else {
                            throw invalid(i, "a whole number of schools, at most \(largestCount.groupedDecimal)")
                        }
                        figures[column] = .value(FixedDecimal(units: n, scale: 0))
                    case .missing(let p):
                        figures[column] = .missing(p)
                    default:
                        throw invalid(i, "a whole number of schools")
                    }
                    columns[column] = row.columns[i]
                case .rate:
                    switch CellValue.parse(row.fields[i]) {
                    case .percent(let d):
                        figures[column] = .value(d)
                        ratesWithPercentSign.insert(column)
                    case .decimal(let d):
                        // Excel's full float of a formula (37.5053191489362) is not a printed
                        // rate: it is read as the rate it prints, to one decimal, half up.
                        figures[column] = .value(d.scale > 4 ? d.exactRatio.rounded(scale: 1) : d)
                    case .integer(let n):
                        figures[column] = .value(FixedDecimal(units: n, scale: 0))
                    case .missing(let p):
                        figures[column] = .missing(p)
                    case .text:
                        throw invalid(i, "a rate in percent (9.8%)")
                    }
                    columns[column] = row.columns[i]
                }
            }
            let surveyRow = SurveyRow(key: key, label: rowLabel, line: row.line, figures: figures, columns: columns)
            readRows.append((surveyRow, r))
            if byYear[rowYear] == nil {
                order.append(rowYear)
                byYear[rowYear] = ([], nil, rowDate)
            } else if let first = byYear[rowYear]!.date, let date = rowDate, date != first, dateWarnings[rowYear] == nil {
                dateWarnings[rowYear] = Layout.Warning(position: SourcePosition(file: table.file, line: row.line), message:
                    "\(rowLabel) has the reference date \(date), but an earlier row of \(rowYear?.japaneseLabel ?? "the table") has \(first); the table's is taken as \(first)")
            }
            if key == .total, byYear[rowYear]!.total != nil {
                extraTotals[rowYear, default: []].append(surveyRow)
            } else if key == .total {
                byYear[rowYear]!.total = surveyRow
            } else {
                byYear[rowYear]!.rows.append(surveyRow)
            }
          } catch {
            invalidRows.append(error)
            if let y = seen[.year] {
                if let year = SurveyYear.parse(row.fields[y].trimmingPublishedSpaces()) {
                    leftOut[year, default: 0] += 1
                } else {
                    leftOutAnyYear += 1
                }
            } else {
                leftOut[titleYear, default: 0] += 1
            }
          }
        }
        if let fractions = fractionRates(readRows, table: table, resolved: resolved, percentSigned: ratesWithPercentSign) {
            throw fractions
        }
        // A label column without a header is not one of the table's named columns.
        let present = resolved.enumerated().compactMap { i, column in table.header[i].isEmpty ? nil : column }
            .filter { $0 != .year && $0 != .referenceDate }
        if order.isEmpty { order = [titleYear]; byYear[titleYear] = ([], nil, titleDate) }
        return order.map { year in
            let part = byYear[year]!
            var result = SurveyTable(year: year, referenceDate: part.date, rows: part.rows, total: part.total,
                                     columns: present, unknownColumns: unknown, file: table.file,
                                     titles: table.titles, footnotes: table.footnotes)
            result.extraTotals = extraTotals[year] ?? []
            result.headerLine = table.headerLine
            result.isSeries = layout.kind == .year
            result.readingWarnings = layout.warnings + (dateWarnings[year].map { [$0] } ?? [])
            result.leftOutRows = (leftOut[year] ?? 0) + leftOutAnyYear
            return result
        }
    }

    private static func rowKey(
        table: DelimitedTable, row r: Int, typeIndex: Int?, prefectureIndex: Int?, labelIndex: Int?, label: String
    ) throws(ReadError) -> SurveyRow.Key {
        let fields = table.rows[r].fields
        // A series by year: each row is that year's national total.
        if table.layout.kind == .year { return .total }
        func unknown(_ i: Int, _ text: String, kind: String, suggestion: String?) -> ReadError {
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return .invalidValue(table.position(row: r, field: i), column: table.qualifiedHeader[i].isEmpty ? "row label" : table.qualifiedHeader[i],
                                 row: label, found: text, expected: "\(kind)\(hint)")
        }
        if let t = typeIndex, let p = prefectureIndex {
            let typeText = fields[t].trimmingPublishedSpaces(), prefText = fields[p].trimmingPublishedSpaces()
            let typeTotal = isTotalLabel(typeText), prefTotal = isTotalLabel(prefText)
            let type = SchoolType.parse(typeText), prefecture = Prefecture.parse(prefText)
            if !typeTotal, type == nil {
                throw unknown(t, typeText, kind: "a school type", suggestion: SchoolType.nearest(to: typeText)?.label)
            }
            if !prefTotal, prefecture == nil {
                throw unknown(p, prefText, kind: "a prefecture", suggestion: Prefecture.nearest(to: prefText)?.name)
            }
            switch (prefecture, type) {
            case let (p?, t?): return .prefectureSchoolType(p, t)
            case let (p?, nil): return .prefecture(p)
            case let (nil, t?): return .schoolType(t)
            case (nil, nil): return .total
            }
        }
        let i = labelIndex ?? typeIndex ?? prefectureIndex!
        let text = fields[i].trimmingPublishedSpaces()
        if isTotalLabel(text) { return .total }
        if typeIndex == i || labelIndex == i, let type = SchoolType.parse(text) { return .schoolType(type) }
        if prefectureIndex == i || labelIndex == i, let prefecture = Prefecture.parse(text) { return .prefecture(prefecture) }
        if prefectureIndex == i {
            throw unknown(i, text, kind: "a prefecture or 合計", suggestion: Prefecture.nearest(to: text)?.name)
        }
        // An unnamed label column suggests from the kind its other rows are.
        let prefectureRows = labelIndex == i && fields.indices.contains(i)
            && table.rows.filter({ Prefecture.parse($0.fields[i]) != nil }).count > table.rows.filter({ SchoolType.parse($0.fields[i]) != nil }).count
        let suggestion = prefectureRows ? Prefecture.nearest(to: text)?.name : SchoolType.nearest(to: text)?.label
        throw unknown(i, text, kind: labelIndex == i ? "a school type, a prefecture or 合計" : "a school type or 合計", suggestion: suggestion)
    }

    /// Rates written as fractions (0.375 for 37.5%): a rate column with no percent sign whose
    /// every value is at most 1, beside counts that make them impossible as percent (count /
    /// 母数 equals the fraction, or, without a 母数, a rate in percent would need more than
    /// 200,000 schools). Such a file is refused: reading 0.375 as 0.375% would be a silent
    /// misreading, and reading it as 37.5% a guess.
    static func fractionRates(
        _ rows: [(row: SurveyRow, index: Int)], table: DelimitedTable, resolved: [SurveyColumn?], percentSigned: Set<SurveyColumn>
    ) -> ReadError? {
        for (i, column) in resolved.enumerated() {
            guard case .rate(let programme)? = column, !percentSigned.contains(.rate(programme)) else { continue }
            let one = FixedDecimal(units: 1, scale: 0)
            let values = rows.compactMap { $0.row.printedRate(programme) }
            guard !values.isEmpty, values.allSatisfy({ !(one < $0) }), values.contains(where: { FixedDecimal(units: 0, scale: 0) < $0 }) else { continue }
            var fraction = 0, percent = 0
            for (row, _) in rows {
                guard let count = row.count(programme), count > 0, let rate = row.printedRate(programme), rate.units > 0 else { continue }
                let value = Double(rate.units) / pow10(rate.scale)
                if let denominator = row.denominator, denominator > 0 {
                    let share = Double(count) / Double(denominator)
                    if abs(share - value) < abs(share * 100 - value) { fraction += 1 } else { percent += 1 }
                } else if Double(count) / value * 100 > 200_000 {
                    fraction += 1
                } else {
                    percent += 1
                }
            }
            guard fraction > 0, fraction >= percent, let first = rows.first(where: { $0.row.printedRate(programme) != nil }) else { continue }
            return .header(table.position(row: first.index, field: i), message:
                "column \(i + 1) ('\(table.qualifiedHeader[i])') holds rates as fractions (\(first.row.printedRate(programme)!) for \(first.row.label)): the counts beside them make them impossible as percent; write the rates in percent (37.5 or 37.5%), as MEXT prints them")
        }
        return nil
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
