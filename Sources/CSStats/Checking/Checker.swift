/// Checks that a published survey table agrees with itself and with last year's table.
///
/// Published tables are typed in by hand and rounded by hand, so the checks are the arithmetic
/// a careful reader would do: counts fit their denominators, rows add up to 合計, printed rates
/// are the counts' rates rounded half up, and increases are this year minus last year. Where
/// the 母数 is not printed, each (count, rate) pair only bounds it, so the check is that the
/// bounds of one row overlap and that the rows' bounds add up to bounds overlapping 合計's
/// (see ``DenominatorBounds``). Every finding is reported, not only the first; a check whose
/// inputs another finding already makes meaningless (sums over duplicated rows, bounds of a row
/// whose pairs contradict each other) is skipped, so one mistake gives one finding where it can.
public struct Checker {
    private let table: SurveyTable
    private let previous: SurveyTable?
    private var findings: [Finding] = []
    /// Count columns with a row already reported as impossible: their sums are not checked
    /// again, since the bad cell explains the difference (one mistake, one finding).
    private var impossibleColumns: Set<SurveyColumn> = []

    /// Whether `previous` is another year of the same file: a disagreement may then be a
    /// revision of last year's count (MEXT revises; the H21 total 478 became 475), a warning.
    private var previousIsSameFile = false

    private init(table: SurveyTable, previous: SurveyTable?) {
        self.table = table
        self.previous = previous
    }

    /// Checks a table, optionally against the previous survey year's.
    ///
    /// - Parameters:
    ///   - table: the table to check.
    ///   - previous: last year's table; with it, each increase must equal this year's count
    ///     minus last year's. Without it, the counts implied for last year (count − increase)
    ///     must not be negative and the increases must add up to 合計's.
    /// - Returns: every finding, in file order within each check, checks in the order above.
    /// - Complexity: O(*r* × *c*) for *r* rows of *c* columns.
    ///   - previousIsSameFile: `previous` is another year of the same file (a series): an
    ///     increase that disagrees with it is a warning, since the year before may have been
    ///     revised after it was published.
    public static func check(_ table: SurveyTable, previous: SurveyTable? = nil, previousIsSameFile: Bool = false) -> [Finding] {
        var checker = Checker(table: table, previous: previous)
        checker.previousIsSameFile = previousIsSameFile
        let keysAreUnique = checker.checkKeys()
        checker.checkPlaceholders()
        checker.checkRanges()
        checker.checkRates()
        // Sums need every row: not over duplicated rows, nor when rows could not be read.
        if keysAreUnique && table.leftOutRows == 0 {
            checker.checkSums()
            checker.checkDenominatorSum()
        }
        checker.checkIncreases()
        checker.checkColumns()
        return checker.findings
    }

    /// The findings that make a table impossible to print as it is (see ``Finding/isImpossible``).
    ///
    /// - Complexity: that of ``check(_:previous:)``.
    public static func impossibilities(_ table: SurveyTable) -> [Finding] {
        check(table).filter(\.isImpossible)
    }

    /// Whether increases are compared with `previous`: it is given and, when both years are
    /// known, one year earlier.
    private var comparesWithPrevious: Bool {
        guard let previous else { return false }
        guard let last = previous.year, let year = table.year else { return true }
        return last.gregorian == year.gregorian - 1
    }

    private var allRows: [SurveyRow] { table.rows + (table.total.map { [$0] } ?? []) }

    private mutating func report(
        _ row: SurveyRow, _ column: SurveyColumn?, severity: Finding.Severity = .error,
        expected: String? = nil, found: String? = nil, impossible: Bool = false, _ message: String
    ) {
        var finding = Finding(severity, at: row.position(column, file: table.file), row: row.label,
                              column: column?.identifier, expected: expected, found: found, message: message)
        finding.isImpossible = impossible
        findings.append(finding)
    }

    // MARK: Rows

    /// Duplicated keys, and missing prefectures or school types; returns whether keys are unique.
    private mutating func checkKeys() -> Bool {
        var seen: [SurveyRow.Key: SurveyRow] = [:]
        var unique = true
        for row in table.rows {
            if let first = seen[row.key] {
                unique = false
                report(row, nil, expected: "one row", found: "a second row", impossible: true,
                       "\(row.label) appears twice, on lines \(first.line) and \(row.line)")
            } else {
                seen[row.key] = row
            }
        }
        if let total = table.total {
            for extra in table.extraTotals {
                unique = false
                report(extra, nil, expected: "one row", found: "a second row", impossible: true,
                       extra.label == total.label
                        ? "\(extra.label) appears twice, on lines \(total.line) and \(extra.line)"
                        : "a second total: \(extra.label) on line \(extra.line), after \(total.label) on line \(total.line)")
            }
        }
        // Only a 合計 read from a file claims a coverage; one computed from records (line 0)
        // covers exactly its rows.
        guard let total = table.total, total.line > 0, table.leftOutRows == 0 else { return unique }
        switch table.dimension {
        case .prefecture:
            let missing = Prefecture.all.filter { seen[.prefecture($0)] == nil }
            if !missing.isEmpty {
                report(total, nil, expected: "47 prefectures", found: "\(47 - missing.count)",
                       "the table has a \(total.label) row but \(47 - missing.count) of the 47 prefectures; missing \(missing.map(\.name).joined(separator: ", "))")
            }
        case .schoolType:
            // A series holds one total per year; a type that did not exist yet has no row.
            guard !table.isSeries else { break }
            let missing = SchoolType.allCases.filter { seen[.schoolType($0)] == nil && SurveyScope.exists($0, in: table.year) }
            if !missing.isEmpty {
                report(total, nil, severity: .warning, expected: "7 school types", found: "\(7 - missing.count)",
                       "the table has a \(total.label) row but no row for \(missing.map(\.label).joined(separator: ", "))")
            }
        case .prefectureSchoolType:
            break
        }
        return unique
    }

    /// A placeholder mark (－, …, x) in a count column whose other cells hold numbers.
    private mutating func checkPlaceholders() {
        for column in table.columns where column.holdsCount {
            guard allRows.contains(where: { $0[column].integer != nil }) else { continue }
            for row in allRows {
                guard case .missing(let mark) = row[column], mark != .empty else { continue }
                report(row, column, expected: "a number", found: mark.meaning,
                       "\(row.label) \(column.publishedLabel) is \(mark.meaning) where a number is required: other rows print numbers")
            }
        }
        // A rate is required where its count is printed (a － count may have a － rate).
        for programme in Programme.allCases where table.has(.rate(programme)) {
            let column = SurveyColumn.rate(programme)
            for row in allRows where row.count(programme) != nil {
                guard case .missing(let mark) = row[column], mark != .empty else { continue }
                report(row, column, expected: "a rate", found: mark.meaning,
                       "\(row.label) \(column.publishedLabel) is \(mark.meaning) though its count \(row.count(programme)!.groupedDecimal) is printed")
            }
        }
    }

    /// Counts not negative and at most the 母数; both at most min(CS, HQ).
    private mutating func checkRanges() {
        for row in allRows {
            for column in table.columns where column.holdsCount {
                if case .increase = column { continue }
                guard let n = row[column].integer, n < 0 else { continue }
                if !row.isTotal { impossibleColumns.insert(column) }
                report(row, column, expected: "0 or more", found: n.groupedDecimal, impossible: true,
                       "\(row.label) \(column.publishedLabel) is \(n.groupedDecimal), but a count of schools cannot be negative")
            }
            if let denominator = row.denominator {
                for programme in Programme.allCases {
                    guard let n = row.count(programme), n > denominator else { continue }
                    let column = SurveyColumn.count(programme)
                    if !row.isTotal { impossibleColumns.insert(column) }
                    report(row, column, expected: "at most \(denominator.groupedDecimal)", found: n.groupedDecimal, impossible: true,
                           "\(row.label) \(column.publishedLabel) is \(n.groupedDecimal), more than the 母数 \(denominator.groupedDecimal)")
                }
            }
            for programme in Programme.allCases {
                guard let rate = row.printedRate(programme), rate < FixedDecimal(units: 0, scale: 0) || FixedDecimal(units: 100, scale: 0) < rate else { continue }
                let column = SurveyColumn.rate(programme)
                report(row, column, expected: "0% to 100%", found: "\(rate)%", impossible: true,
                       "\(row.label) \(column.publishedLabel) is \(rate)%, but a rate is between 0% and 100%")
            }
            if let both = row.count(.both), let cs = row.count(.cs), let hq = row.count(.hq), both > min(cs, hq) {
                let limit = min(cs, hq)
                if !row.isTotal { impossibleColumns.insert(.count(.both)) }
                report(row, .count(.both), expected: "at most \(limit.groupedDecimal)", found: both.groupedDecimal, impossible: true,
                       "\(row.label) いずれも整備 is \(both.groupedDecimal), more than min(導入校数 \(cs.groupedDecimal), 整備校数 \(hq.groupedDecimal)) = \(limit.groupedDecimal)")
            }
        }
    }

    // MARK: Rates

    /// Whether a programme's rate in a row is over the row's 母数: not an HQ or both total of a
    /// year whose totals covered 小学校・中学校・義務教育学校 only (see ``SurveyScope``).
    private func sharesDenominator(_ row: SurveyRow, _ programme: Programme) -> Bool {
        !(row.isTotal && !table.fromRecords && SurveyScope.totalCoversSomeTypesOnly(programme, in: table.year))
    }

    /// Printed rates against count / 母数, or, without a 母数, the pairs' bounds against each other.
    private mutating func checkRates() {
        let swapped = checkSwappedRates()
        for row in allRows where !swapped.contains(row.line) || row.line == 0 {
            if let denominator = row.denominator, denominator > 0 {
                for programme in Programme.allCases where sharesDenominator(row, programme) {
                    guard let count = row.count(programme), let printed = row.printedRate(programme), count >= 0,
                          let exact = Ratio(count, denominator) else { continue }
                    let rounded = exact.percent(scale: printed.scale)
                    guard rounded != printed else { continue }
                    report(row, .rate(programme), expected: "\(rounded)%", found: "\(printed)%",
                           "\(row.label) \(SurveyColumn.rate(programme).publishedLabel) is \(printed)% but \(count.groupedDecimal) / \(denominator.groupedDecimal) rounds half up to \(rounded)%")
                }
                continue
            }
            var common: (programme: Programme, bounds: DenominatorBounds)?
            for (programme, bounds) in row.denominatorPairs where sharesDenominator(row, programme) {
                let rate = SurveyColumn.rate(programme), count = SurveyColumn.count(programme)
                guard let bounds else {
                    report(row, rate, expected: "a rate some 母数 gives", found: "\(row.printedRate(programme)!)%",
                           "\(row.label) \(rate.publishedLabel) is \(row.printedRate(programme)!)%, which no 母数 gives for \(count.publishedLabel) \(row.count(programme)!.groupedDecimal)")
                    break
                }
                guard let earlier = common else {
                    common = (programme, bounds)
                    continue
                }
                guard let both = earlier.bounds.intersection(bounds) else {
                    let earlierRate = SurveyColumn.rate(earlier.programme)
                    report(row, rate, expected: "\(earlier.bounds)", found: "\(bounds)",
                           "\(row.label) \(earlierRate.publishedLabel) \(row.printedRate(earlier.programme)!)% and \(rate.publishedLabel) \(row.printedRate(programme)!)% bound no common 母数: \(earlier.bounds) and \(bounds)")
                    break
                }
                common = (programme, both)
            }
        }
    }

    /// Two rows whose rates contradict their own counts, and agree once one programme's rates
    /// are exchanged between them, are one mistake (rates typed into each other's rows), reported
    /// as one finding. Returns the lines of the rows so explained.
    private mutating func checkSwappedRates() -> Set<Int> {
        let broken = table.rows.filter { $0.denominator == nil && $0.line > 0 && $0.denominatorBounds == .some(nil) }
        var explained = Set<Int>()
        guard broken.count >= 2 else { return explained }
        for programme in Programme.allCases {
            for (i, a) in broken.enumerated() where !explained.contains(a.line) {
                for b in broken[(i + 1)...] where !explained.contains(b.line) {
                    guard let rateA = a.printedRate(programme), let rateB = b.printedRate(programme) else { continue }
                    var fixedA = a, fixedB = b
                    fixedA.figures[.rate(programme)] = .value(rateB)
                    fixedB.figures[.rate(programme)] = .value(rateA)
                    guard case .some(.some) = fixedA.denominatorBounds, case .some(.some) = fixedB.denominatorBounds else { continue }
                    let label = SurveyColumn.rate(programme).publishedLabel
                    report(a, .rate(programme), expected: "\(rateB)%", found: "\(rateA)%",
                           "\(a.label) and \(b.label) \(label) look swapped: \(a.label) prints \(rateA)% and \(b.label) \(rateB)% (line \(b.line)), and only the other way round do both fit their counts")
                    explained.formUnion([a.line, b.line])
                }
            }
        }
        return explained
    }

    /// The rows' 母数 bounds, summed, against 合計's; skipped when every row prints its 母数,
    /// since the count sums then check the same thing exactly.
    private mutating func checkDenominatorSum() {
        guard let total = table.total, !table.rows.isEmpty,
              !table.rows.allSatisfy({ $0.denominator != nil }),
              case .some(.some(let totalBounds)) = total.denominatorBounds else { return }
        var sum: DenominatorBounds?
        for row in table.rows {
            guard case .some(.some(let bounds)) = row.denominatorBounds else { return }
            sum = sum.map { $0 + bounds } ?? bounds
        }
        guard let sum, sum.intersection(totalBounds) == nil else { return }
        let column: SurveyColumn? = total.denominator != nil ? .denominator
            : total.denominatorPairs.first.map { .rate($0.programme) }
        let what = total.denominator.map { "母数 \($0.groupedDecimal)" } ?? "母数 bounds \(totalBounds)"
        report(total, column, expected: "\(sum)", found: "\(totalBounds)",
               "\(total.label) \(what) does not overlap \(sum), the rows' bounds added up")
    }

    // MARK: Sums

    /// Each count column of 合計 against the rows' sum, where every row has the column.
    private mutating func checkSums() {
        guard let total = table.total else { return }
        for column in table.columns where column.holdsCount {
            // With last year's table, each increase is checked against it directly instead.
            if case .increase = column, comparesWithPrevious { continue }
            if impossibleColumns.contains(column) { continue }
            // Some rows print the column, some leave it empty: the sum cannot be checked; say so.
            let blank = table.rows.filter { row in
                if case .missing(.empty) = row[column] { return true }
                return row[column] == .unpublished
            }
            if total[column].integer != nil, !blank.isEmpty, blank.count < table.rows.count {
                report(total, column, severity: .warning, expected: "every row's figure", found: "\(blank.count) empty",
                       "\(total.label) \(column.publishedLabel) cannot be checked against the rows: \(blank.map(\.label).joined(separator: ", ")) print\(blank.count == 1 ? "s" : "") none")
                continue
            }
            guard let published = total[column].integer, let sum = table.sum(column), sum != published else { continue }
            report(total, column, expected: sum.groupedDecimal, found: published.groupedDecimal,
                   "\(total.label) \(column.publishedLabel) is \(published.groupedDecimal) but the rows add up to \(sum.groupedDecimal)")
        }
    }

    // MARK: Increases

    /// Increases against last year's counts, or the implied previous counts not negative.
    /// Columns that were not understood: their figures were neither read nor checked, so a
    /// `--strict` gate must not pass them.
    private mutating func checkColumns() {
        for warning in table.readingWarnings {
            findings.append(Finding(.warning, at: warning.position, message: warning.message))
        }
        for name in table.unknownColumns {
            findings.append(Finding(.warning, at: SourcePosition(file: table.file, line: table.headerLine), column: name,
                message: "column '\(name)' is not a survey column: its cells were neither read nor checked (run 'cs-stats view --explain' to see how the file was read)"))
        }
    }

    private mutating func checkIncreases() {
        var previous = self.previous
        if !comparesWithPrevious, let last = previous?.year, let year = table.year, let row = allRows.first {
            // Increases are over one year; comparing across two would flag every row.
            report(row, nil, severity: .warning, expected: "\(year.gregorian - 1)", found: "\(last.gregorian)",
                   "the previous table is \(last.japaneseLabel), not the year before \(year.japaneseLabel); increases were not compared with it")
            previous = nil
        }
        for row in allRows {
            for programme in Programme.allCases {
                guard let count = row.count(programme), let increase = row.increase(programme) else { continue }
                let column = SurveyColumn.increase(programme)
                if let printed = row[.previous(programme)].integer, printed != count - increase {
                    let previousColumn = SurveyColumn.previous(programme)
                    report(row, previousColumn, expected: (count - increase).groupedDecimal, found: printed.groupedDecimal, impossible: true,
                           "\(row.label) \(previousColumn.publishedLabel) is \(printed.groupedDecimal) but \(count.groupedDecimal) − \(increase.groupedDecimal) (増加校数) = \((count - increase).groupedDecimal)")
                }
                if let previous {
                    let last = row.isTotal ? previous.total : previous.rows.first { $0.key == row.key }
                    guard let lastCount = last?.count(programme) else { continue }
                    // A total whose scope changed between the years (HQ, both at R3) is not comparable.
                    if row.isTotal, !table.fromRecords, SurveyScope.changed(programme, from: previous.year, to: table.year) { continue }
                    let expected = count - lastCount
                    guard expected != increase else { continue }
                    let year = previous.year.map { " (\($0.japaneseLabel))" } ?? ""
                    report(row, column, severity: previousIsSameFile ? .warning : .error, expected: expected.groupedDecimal, found: increase.groupedDecimal,
                           "\(row.label) \(column.publishedLabel) is \(increase.groupedDecimal) but \(count.groupedDecimal) − \(lastCount.groupedDecimal)\(year) = \(expected.groupedDecimal)"
                            + (previousIsSameFile ? ": a misprint, or last year's count was revised after it was published" : ""))
                } else if count - increase < 0 {
                    report(row, column, expected: "at most \(count.groupedDecimal)", found: increase.groupedDecimal, impossible: true,
                           "\(row.label) \(column.publishedLabel) is \(increase.groupedDecimal), which leaves \((count - increase).groupedDecimal) schools for last year")
                }
            }
        }
    }
}

extension SurveyTable {
    /// Throws when the table's figures cannot be true, so that no command prints them.
    ///
    /// - Throws: `ReadError.implausible` for the first finding that ``Finding/isImpossible``.
    public func requirePrintable() throws(ReadError) {
        guard !fromRecords, let first = Checker.impossibilities(self).first else { return }
        throw ReadError.implausible(first.position, message: first.message)
    }
}
