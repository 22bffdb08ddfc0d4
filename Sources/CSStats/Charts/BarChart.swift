/// A chart of horizontal bars: one row per school type, prefecture or survey year, and in each
/// row one bar per programme (CS and HQ side by side).
///
/// A bar keeps its figure twice: the amount it is drawn to, an exact ratio (a rate as printed
/// or 100 × count / 母数, a count as counted), and the text printed at its end, formatted by
/// ``SurveyFormatting`` like every table. So a bar is drawn from the same figure its label
/// shows, rounding happens once, when the bar's length is drawn, and a figure that is not
/// known has no bar and prints as the placeholder, never as 0.
public struct BarChart: Sendable {
    /// What the rows of a chart are.
    public enum Rows: String, Sendable, CaseIterable {
        /// One row per school type, 合計 last.
        case schoolType = "school-type"
        /// One row per prefecture, in JIS code order, 合計 last.
        case prefecture
        /// One row per survey year, missing years included.
        case year
    }

    /// What the bars measure.
    public enum Quantity: String, Sendable {
        /// Rates in percent; a full bar is 100%.
        case rate
        /// Numbers of schools; a full bar is the largest count drawn.
        case count
    }

    /// One bar.
    public struct Bar: Sendable {
        /// The programme the bar is of.
        public var programme: Programme
        /// The amount drawn, in percent for rates and in schools for counts; `nil` when the
        /// figure is not known.
        public var amount: Ratio?
        /// The figure as printed at the bar's end: `9.8%`, `7,051`, `…`.
        public var text: String
        /// Whether the figure covers 小学校・中学校・義務教育学校 only (HQ and both totals
        /// before R3): marked, never silently mixed with all-type figures.
        public var coversSomeTypesOnly = false
    }

    /// One row: its label and its bars, in the order of ``programmes``.
    public struct Row: Sendable {
        /// The row's label: `小学校`, `東京都`, `令和3年度`, `合計`.
        public var label: String
        /// Whether the row is the table's 合計.
        public var isTotal = false
        /// Whether the row is a year with no table (a gap in a series).
        public var isGap = false
        /// The bars, one per programme.
        public var bars: [Bar]
    }

    /// The chart's title: the programmes and the measure.
    public var title: String
    /// The period the figures are of: `令和3年度, 2021-05-01`, `平成17年度–令和6年度`.
    public var period: String?
    /// The measure of the bars.
    public var quantity: Quantity
    /// The programmes of each row's bars, in order.
    public var programmes: [Programme]
    /// The rows, top to bottom.
    public var rows: [Row]
    /// Notes under the chart: missing years, changes of scope.
    public var notes: [String]
    /// Where the figures come from, for the line under an SVG chart.
    public var source: String?
    /// The language of the chart's words.
    public var formatting: SurveyFormatting

    /// Creates a chart from rows already built.
    public init(
        title: String, period: String?, quantity: Quantity, programmes: [Programme], rows: [Row],
        notes: [String] = [], source: String? = nil, formatting: SurveyFormatting
    ) {
        self.title = title
        self.period = period
        self.quantity = quantity
        self.programmes = programmes
        self.rows = rows
        self.notes = notes
        self.source = source
        self.formatting = formatting
    }

    /// The amount a full-length bar stands for: 100 for rates, the largest count for counts
    /// (1 when every count is 0 or unknown).
    public var fullScale: Ratio {
        switch quantity {
        case .rate:
            return Ratio(numerator: 100, positiveDenominator: 1)
        case .count:
            let largest = rows.flatMap(\.bars).compactMap(\.amount).max()
            guard let largest, largest > Ratio(numerator: 0, positiveDenominator: 1) else {
                return Ratio(numerator: 1, positiveDenominator: 1)
            }
            return largest
        }
    }

    /// The length of a bar, rounded half up once, and kept within 0...`fullLength`.
    ///
    /// - Parameters:
    ///   - amount: the bar's amount.
    ///   - scale: the amount a full-length bar stands for (``fullScale``, or an axis's top).
    ///   - fullLength: the length of a full bar, in the drawing's units (eighths of a terminal
    ///     cell, pixels).
    /// - Returns: amount / scale × fullLength; 0 for a negative amount; `nil` if the arithmetic
    ///   would overflow or the scale is not positive.
    public func length(of amount: Ratio, over scale: Ratio, fullLength: Int) -> Int? {
        guard scale.numerator > 0 else { return nil }
        // amount / scale × fullLength, as one ratio of integers.
        let (a, o1) = amount.numerator.multipliedReportingOverflow(by: scale.denominator)
        let (b, o2) = a.multipliedReportingOverflow(by: fullLength)
        let (c, o3) = amount.denominator.multipliedReportingOverflow(by: scale.numerator)
        guard !o1, !o2, !o3, let ratio = Ratio(b, c) else { return nil }
        return min(max(ratio.rounded(scale: 0).units, 0), fullLength)
    }
}
