/// A picture of survey tables, and which picture a request for a chart makes.
///
/// The rules live here, not in the command line: a table by school type or prefecture is
/// drawn as bars, several years (or a file of years) as bars per year in a terminal and as a
/// line chart in SVG, and `table --format svg` of a table by prefecture as a tile map.
public enum Picture: Sendable {
    /// Horizontal bars.
    case bars(BarChart)
    /// The lines of a series.
    case series(SeriesChart)
    /// A tile-grid map of Japan.
    case map(TileMap)

    /// Why a request cannot be drawn.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        /// What is wrong, and what to do instead.
        public var message: String
        /// Whether the command line asked for something the input cannot give (a usage
        /// error) rather than the input being unfit (a data error).
        public var isUsage: Bool
        public var description: String { message }
    }

    /// What a chart is asked for.
    public struct Request: Sendable {
        /// The rows (`--by`); `nil`: years for several tables or a series file, else the
        /// table's own rows.
        public var rows: BarChart.Rows?
        /// The one programme drawn (`--measure`); `nil`: CS in a terminal, CS and HQ side by
        /// side in SVG bars, every programme in a series' lines.
        public var programme: Programme?
        /// Rates or counts (`--counts`).
        public var quantity: BarChart.Quantity
        /// A title in place of the measure's name.
        public var title: String?
        /// A source line in place of the tables' own.
        public var source: String?
        /// The language and the formatting of figures.
        public var formatting: SurveyFormatting

        /// Creates a request.
        public init(rows: BarChart.Rows?, programme: Programme?, quantity: BarChart.Quantity, title: String? = nil,
                    source: String? = nil, formatting: SurveyFormatting) {
            self.rows = rows
            self.programme = programme
            self.quantity = quantity
            self.title = title
            self.source = source
            self.formatting = formatting
        }
    }

    /// The bars a terminal shows for tables.
    ///
    /// - Throws: ``Problem`` when the tables cannot be drawn with these rows.
    public static func bars(_ tables: [SurveyTable], _ request: Request) throws(Problem) -> BarChart {
        let programmes = [request.programme ?? .cs]
        var chart = try rows(tables, request) == .year
            ? BarChart(series: tables, programmes: programmes, quantity: request.quantity, formatting: request.formatting, source: source(tables, request))
            : BarChart(table: tables[0], programmes: programmes, quantity: request.quantity, formatting: request.formatting, source: source(tables, request))
        if let title = request.title { chart.title = title }
        return chart
    }

    /// The SVG picture of `cs-stats chart`: bars of a table (CS and HQ side by side unless one
    /// programme is asked for), or a series' line chart.
    ///
    /// - Throws: ``Problem`` when the tables cannot be drawn with these rows.
    public static func chart(_ tables: [SurveyTable], _ request: Request) throws(Problem) -> Picture {
        let f = request.formatting
        if try rows(tables, request) == .year {
            let programmes = request.programme.map { [$0] } ?? [.cs, .hq, .both]
            let quantities: [BarChart.Quantity] = request.quantity == .count ? [.count] : [.count, .rate]
            guard var chart = SeriesChart(series: tables, programmes: programmes, quantities: quantities, formatting: f, source: source(tables, request)),
                  !chart.lines.isEmpty else {
                throw Problem(message: "the tables hold no \(request.quantity == .count ? "count" : "count or rate") of \(programmes.map(\.rawValue).joined(separator: ", ")) to draw", isUsage: false)
            }
            if let title = request.title { chart.title = title }
            return .series(chart)
        }
        let table = tables[0]
        let programmes = request.programme.map { [$0] }
            ?? [Programme.cs, .hq].filter { table.has(.count($0)) || table.has(.rate($0)) }
        var chart = BarChart(table: table, programmes: programmes.isEmpty ? [.cs] : programmes, quantity: request.quantity,
                             formatting: f, source: source(tables, request))
        if let title = request.title { chart.title = title }
        return .bars(chart)
    }

    /// The SVG picture of `cs-stats table --format svg`: the tile map of a table by
    /// prefecture, or the bars of one by school type, of one programme's rates.
    ///
    /// - Throws: ``Problem`` for a table by prefecture and school type.
    public static func table(_ table: SurveyTable, programme: Programme, _ request: Request) throws(Problem) -> Picture {
        switch table.dimension {
        case .prefecture:
            let measure = MeasureTable(table, programme: programme)
            return .map(TileMap(measure, formatting: request.formatting, title: request.title, source: source([table], request)))
        case .schoolType:
            var chart = BarChart(table: table, programmes: [programme], quantity: .rate, formatting: request.formatting, source: source([table], request))
            if let title = request.title { chart.title = title }
            return .bars(chart)
        case .prefectureSchoolType:
            throw Problem(message: "\(table.file ?? "<stdin>") has rows by prefecture and school type; an SVG picture draws a table by prefecture (a map) or by school type (bars)", isUsage: false)
        }
    }

    /// The picture as SVG.
    ///
    /// - Parameters:
    ///   - standalone: `true` for an `.svg` file, `false` for an `<svg>` inside HTML.
    ///   - idPrefix: the prefix of ids in the drawing.
    public func renderSVG(standalone: Bool = true, idPrefix: String) -> String {
        switch self {
        case .bars(let chart): chart.renderSVG(standalone: standalone, idPrefix: idPrefix)
        case .series(let chart): chart.renderSVG(standalone: standalone, idPrefix: idPrefix)
        case .map(let map): map.renderSVG(standalone: standalone, idPrefix: idPrefix)
        }
    }

    /// The rows to draw, checked against the tables.
    private static func rows(_ tables: [SurveyTable], _ request: Request) throws(Problem) -> BarChart.Rows {
        guard let first = tables.first else { throw Problem(message: "no table to draw", isUsage: false) }
        let rows = request.rows ?? (tables.count > 1 || first.isSeries ? .year : first.dimension == .prefecture ? .prefecture : .schoolType)
        if rows == .year {
            if let problem = YearSpan.seriesProblem(tables) { throw Problem(message: problem, isUsage: false) }
            return rows
        }
        let name = first.file ?? "<stdin>"
        if tables.count > 1 {
            let years = tables.map { $0.year?.japaneseLabel ?? "?" }.joined(separator: ", ")
            throw Problem(message: "the input holds \(tables.count) survey years (\(years)); a chart by \(rows.rawValue) draws one: choose it with --year, or draw the years with --by year", isUsage: true)
        }
        switch (rows, first.dimension) {
        case (.schoolType, .schoolType), (.prefecture, .prefecture):
            return rows
        case (_, .prefectureSchoolType):
            throw Problem(message: "\(name) has rows by prefecture and school type; a chart draws a table by school type, by prefecture, or years", isUsage: false)
        default:
            throw Problem(message: "\(name) has rows by \(first.dimension.rawValue); --by \(rows.rawValue) needs a table by \(rows.rawValue)", isUsage: false)
        }
    }

    private static func source(_ tables: [SurveyTable], _ request: Request) -> String? {
        request.source ?? SurveySource.line(for: tables, request.formatting.language)
    }
}
