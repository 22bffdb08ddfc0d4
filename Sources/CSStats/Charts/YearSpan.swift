/// The survey years a series runs over, and the runs of years inside it that have no table.
///
/// The national series has no figures for 平成19–20年度 (2007–2008). A chart that spaced the
/// years it has evenly, or joined 2006 to 2009, would hide that; charts lay years out on this
/// span instead, so a missing year keeps its place and shows as missing.
public struct YearSpan: Sendable, Equatable {
    /// The first survey year (Gregorian).
    public var first: Int
    /// The last survey year (Gregorian).
    public var last: Int
    /// The runs of years between the first and the last with no table, in order.
    public var gaps: [ClosedRange<Int>]

    /// The span of some survey years.
    ///
    /// - Parameter years: Gregorian years, in any order, repeated or not.
    /// - Returns: `nil` for no years.
    /// - Complexity: O(*n* log *n*) for *n* years.
    public init?(years: [Int]) {
        let sorted = Set(years).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        self.first = first
        self.last = last
        var gaps: [ClosedRange<Int>] = []
        for (a, b) in zip(sorted, sorted.dropFirst()) where b - a > 1 {
            gaps.append((a + 1)...(b - 1))
        }
        self.gaps = gaps
    }

    /// Every year of the span, the gaps included.
    public var years: ClosedRange<Int> { first...last }

    /// Whether a year is in a gap.
    public func isGap(_ year: Int) -> Bool {
        gaps.contains { $0.contains(year) }
    }

    /// The span as a label: `平成17年度–令和6年度` / `FY2005–FY2024`; one year alone when the
    /// span is one year.
    public func label(_ f: SurveyFormatting) -> String {
        let a = f.year(SurveyYear(gregorian: first))
        return first == last ? a : "\(a)–\(f.year(SurveyYear(gregorian: last)))"
    }

    /// A note for each gap: `※ 平成19年度–平成20年度 (2007–2008): 数値なし` /
    /// `Note: FY2007–FY2008: no figures`.
    public func gapNotes(_ f: SurveyFormatting) -> [String] {
        gaps.map { gap in
            let span = YearSpan(years: [gap.lowerBound, gap.upperBound])!
            let years = gap.count == 1 ? "\(gap.lowerBound)" : "\(gap.lowerBound)–\(gap.upperBound)"
            return f.text("※ \(span.label(f)) (\(years)): 数値なし", "Note: \(span.label(f)): no figures")
        }
    }

    /// Why tables cannot be drawn as a series, one point or bar per year, if they cannot: a
    /// table without a survey year, two tables of one year, or years without a 合計 whose rows
    /// differ (``SummaryReport/seriesProblem(_:)``).
    ///
    /// - Returns: the reason, or `nil` when they make a series.
    public static func seriesProblem(_ tables: [SurveyTable]) -> String? {
        if let undated = tables.first(where: { $0.year == nil }) {
            return "\(undated.file ?? "<stdin>") has no survey year (no year column, title or file name gives one): a series places each table at its year"
        }
        var seen: [Int: SurveyTable] = [:]
        for table in tables {
            let year = table.year!.gregorian
            if let other = seen[year] {
                return "\(other.file ?? "<stdin>") and \(table.file ?? "<stdin>") are both \(table.year!.japaneseLabel): a series needs one table per survey year"
            }
            seen[year] = table
        }
        return SummaryReport.seriesProblem(tables)
    }
}
