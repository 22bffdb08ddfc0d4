/// Year-over-year change of one measure by row: previous and current count, increase, growth
/// (increase / previous) and the change of the rate in percentage points.
///
/// With one table the previous count comes from the published increase (count − increase);
/// with two, by differencing the counts, and each printed increase that disagrees with the
/// difference is kept as a ``Disagreement`` to report. Where a measure's scope changed between
/// the years (HQ and both totals covered 小学校・中学校・義務教育学校 only before 令和3年度), the
/// 合計 row is not differenced: it is marked not comparable instead of printing a false increase.
public struct GrowthTable: Sendable {
    /// Where the previous year's counts come from.
    public enum Source: String, Sendable {
        /// count − the published increase, from one table.
        case printedIncrease = "printed-increase"
        /// The previous year's table.
        case difference
    }

    /// One row of the table.
    public struct Entry: Sendable {
        /// What the row is about.
        public var key: SurveyRow.Key
        /// The previous year's count.
        public var previous: Int?
        /// This year's count.
        public var current: Int?
        /// current − previous.
        public var increase: Int?
        /// increase / previous.
        public var growth: Ratio?
        /// This year's rate − last year's, in percentage points, when both rates are known.
        public var pointChange: FixedDecimal?
        /// Whether the scope of the measure changed between the years for this row.
        public var notComparable: Bool
    }

    /// A row whose printed increase is not the difference of the two years' counts.
    public struct Disagreement: Sendable, Equatable {
        /// What the row is about.
        public var key: SurveyRow.Key
        /// The increase the current table prints.
        public var printed: Int
        /// current − previous.
        public var difference: Int
        /// The line of the row in the current file (0 when built in).
        public var line: Int
    }

    /// The measure compared.
    public var programme: Programme
    /// Where the previous counts come from.
    public var source: Source
    /// The current survey year, if known.
    public var currentYear: SurveyYear?
    /// The previous survey year, if known (with one table: the year before the current).
    public var previousYear: SurveyYear?
    /// The rows, 合計 last.
    public var entries: [Entry]
    /// Printed increases that disagree with the difference (two tables only).
    public var disagreements: [Disagreement]
    /// Rows of the previous table that the current one lacks: not differenced, and said so.
    public var onlyInPrevious: [SurveyRow.Key] = []

    /// Whether printed increases were compared with differences: only for consecutive years,
    /// since a printed increase is over one year.
    public var increasesCompared: Bool

    /// The change from the published increases of one table.
    ///
    /// - Parameters:
    ///   - current: the survey table.
    ///   - programme: the measure.
    /// Whether the current table's total row is computed from its rows (the file prints none).
    public var totalIsComputed = false

    public init(current: SurveyTable, programme: Programme) {
        self.programme = programme
        self.source = .printedIncrease
        self.currentYear = current.year
        self.previousYear = current.year.flatMap { $0.gregorian > 1926 ? SurveyYear(gregorian: $0.gregorian - 1) : nil }
        self.disagreements = []
        self.increasesCompared = false
        self.totalIsComputed = current.total == nil
        self.entries = Self.orderedRows(current).map { row in
            let increase = row.increase(programme)
            let previous = row.previousCount(programme)
            return Entry(key: row.key, previous: previous, current: row.count(programme), increase: increase,
                         growth: increase.flatMap { i in previous.flatMap { Ratio(i, $0) } },
                         pointChange: nil, notComparable: false)
        }
    }

    /// The change between two tables, by differencing their counts.
    ///
    /// - Parameters:
    ///   - current: this year's table.
    ///   - previous: an earlier year's table with rows of the same kind.
    ///   - programme: the measure.
    /// - Complexity: O(*n* × *m*) for *n* and *m* rows.
    public init(current: SurveyTable, previous: SurveyTable, programme: Programme) {
        self.programme = programme
        self.source = .difference
        self.currentYear = current.year
        self.previousYear = previous.year
        // Tables counted from records cover every school type every year: no change of scope.
        let scopeChanged = !(current.fromRecords && previous.fromRecords)
            && Self.scopeChanged(programme, from: previous.year, to: current.year)
        let compared: Bool
        if let c = current.year, let p = previous.year { compared = c.gregorian - p.gregorian == 1 } else { compared = true }
        self.increasesCompared = compared
        let previousTotal = previous.total != nil || !previous.rows.isEmpty ? previous.effectiveTotal : nil
        var disagreements: [Disagreement] = []
        self.totalIsComputed = current.total == nil
        self.entries = Self.orderedRows(current).map { row in
            let before = row.key == .total ? previousTotal : previous.rows.first { $0.key == row.key }
            let notComparable = scopeChanged && row.key == .total
            let now = row.count(programme)
            let then = notComparable ? nil : before?.count(programme)
            let increase = now.flatMap { n in then.map { n - $0 } }
            var pointChange: FixedDecimal?
            if !notComparable, let a = row.rate(programme), let b = before?.rate(programme) {
                pointChange = FixedDecimal.difference(a, b)
            }
            if compared, let increase, let printed = row.increase(programme), printed != increase {
                disagreements.append(Disagreement(key: row.key, printed: printed, difference: increase, line: row.line))
            }
            return Entry(key: row.key, previous: then, current: now, increase: increase,
                         growth: increase.flatMap { i in then.flatMap { Ratio(i, $0) } },
                         pointChange: pointChange, notComparable: notComparable)
        }
        self.disagreements = disagreements
        let currentKeys = Set(current.rows.map(\.key))
        self.onlyInPrevious = previous.rows.map(\.key).filter { !currentKeys.contains($0) }
    }

    /// Whether the scope of a measure's totals changed between two years: HQ and both totals
    /// covered 小学校・中学校・義務教育学校 only before 令和3年度 (2021), every type from then on.
    ///
    /// - Returns: `false` when either year is unknown.
    public static func scopeChanged(_ programme: Programme, from: SurveyYear?, to: SurveyYear?) -> Bool {
        SurveyScope.changed(programme, from: from, to: to)
    }

    /// Whether any row was not differenced because the measure's scope changed.
    public var hasScopeChange: Bool { entries.contains { $0.notComparable } }

    /// The rows other than the total in published order, then the total.
    private static func orderedRows(_ table: SurveyTable) -> [SurveyRow] {
        let rows = table.rows.enumerated().sorted { a, b in
            SurveyRow.Key.publishedOrder(a.element.key, b.element.key) ?? (a.offset < b.offset)
        }.map(\.element)
        return rows + [table.effectiveTotal]
    }
}
