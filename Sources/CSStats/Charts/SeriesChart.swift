/// A line chart of a national series: counts and rates of each programme, year by year.
///
/// Years are laid out on their ``YearSpan``, so a year with no table keeps its place: lines are
/// drawn only between neighbouring years that both have a figure (2006 is never joined to
/// 2009), and never across a change of scope (the published HQ and both totals covered
/// 小学校・中学校・義務教育学校 only before R3, so 2020 is not joined to 2021 and the earlier
/// points are drawn hollow). Every point keeps its figure as an exact ratio and as printed.
public struct SeriesChart: Sendable {
    /// One year's figure of one line.
    public struct Point: Sendable {
        /// The survey year (Gregorian).
        public var year: Int
        /// The figure: schools, or percent.
        public var amount: Ratio
        /// The figure as printed: `11,856`, `33.3%`.
        public var text: String
        /// Whether the figure covers 小学校・中学校・義務教育学校 only.
        public var coversSomeTypesOnly: Bool
    }

    /// The points of one programme's counts or rates.
    public struct Line: Sendable {
        /// The programme.
        public var programme: Programme
        /// Counts or rates.
        public var quantity: BarChart.Quantity
        /// One point per year that has the figure, in year order.
        public var points: [Point]

        /// The runs of points drawn as one line: neighbouring years of the same scope.
        public var segments: [[Point]] {
            var runs: [[Point]] = []
            for point in points {
                if let last = runs.last?.last, last.year + 1 == point.year,
                   last.coversSomeTypesOnly == point.coversSomeTypesOnly {
                    runs[runs.count - 1].append(point)
                } else {
                    runs.append([point])
                }
            }
            return runs
        }
    }

    /// The chart's title.
    public var title: String
    /// The years laid out, with the gaps.
    public var span: YearSpan
    /// The lines: counts first, then rates, each in programme order.
    public var lines: [Line]
    /// The year from which a figure's scope changed, when the chart has points on both sides.
    public var scopeChangeYear: Int?
    /// Notes under the chart: missing years, changes of scope.
    public var notes: [String]
    /// Where the figures come from.
    public var source: String?
    /// The language of the chart's words.
    public var formatting: SurveyFormatting

    /// The chart of a series of national totals.
    ///
    /// - Parameters:
    ///   - tables: one table per survey year, each with its year (``YearSpan/seriesProblem(_:)``
    ///     says why tables are not such a series); each year's 合計 is drawn.
    ///   - programmes: the programmes drawn, where the tables have their figures.
    ///   - quantities: counts, rates or both (a panel each).
    ///   - formatting: the language, and how figures are written (for display).
    ///   - source: the source line, if any.
    /// - Returns: `nil` for no tables.
    /// - Complexity: O(*n* log *n*) for *n* tables.
    public init?(
        series tables: [SurveyTable], programmes: [Programme] = [.cs, .hq, .both],
        quantities: [BarChart.Quantity] = [.count, .rate], formatting f: SurveyFormatting, source: String? = nil
    ) {
        let dated = tables.filter { $0.year != nil }.sorted { $0.year! < $1.year! }
        guard let span = YearSpan(years: dated.map { $0.year!.gregorian }) else { return nil }
        var lines: [Line] = []
        for quantity in [BarChart.Quantity.count, .rate] where quantities.contains(quantity) {
            for programme in Programme.allCases where programmes.contains(programme) {
                let points = dated.compactMap { table -> Point? in
                    let total = table.effectiveTotal
                    let amount: Ratio?, text: String
                    switch quantity {
                    case .count:
                        amount = total.count(programme).map { Ratio(numerator: $0, positiveDenominator: 1) }
                        text = f.count(total.count(programme))
                    case .rate:
                        let computing = SurveyScope.canComputeRate(programme, of: total, in: table)
                        amount = total.percentRatio(programme, computing: computing)
                        text = f.rate(total, programme, computing: computing)
                    }
                    guard let amount else { return nil }
                    let partial = !table.fromRecords && SurveyScope.totalCoversSomeTypesOnly(programme, in: table.year)
                    return Point(year: table.year!.gregorian, amount: amount, text: text, coversSomeTypesOnly: partial)
                }
                if !points.isEmpty { lines.append(Line(programme: programme, quantity: quantity, points: points)) }
            }
        }
        let partial = Set(lines.filter { $0.points.contains(where: \.coversSomeTypesOnly) }.map(\.programme))
        let scoped = lines.filter { $0.points.contains(where: \.coversSomeTypesOnly) && $0.points.contains { !$0.coversSomeTypesOnly } }
        self.title = f.text("コミュニティ・スクールと地域学校協働本部の推移", "Community schools and regional school cooperation HQ over the years")
        self.span = span
        self.lines = lines
        self.scopeChangeYear = scoped.isEmpty ? nil : SurveyScope.everyTypeFrom
        self.notes = span.gapNotes(f) + Programme.allCases.filter(partial.contains).map {
            f.text("※ 白抜きの点: ", "Note: hollow points: ") + SurveyScope.scopeNote($0, language: f.language)
        }
        self.source = source
        self.formatting = f
    }
}
