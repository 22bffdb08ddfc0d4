/// The ministry's reference page (コミュニティ・スクールに関する参考資料), regenerated from data:
/// the headline figures, the table by school type of both programmes, overlap and similar
/// mechanisms, the series, the maps, notes and sources.
///
/// Every figure on the page comes from a table, from the built-in national figures that no
/// table holds (establishers, ``HeadlineFigures``: shown only beside the national table of
/// their year, ``SurveyTable/isNational``), or is derived from them and rounded once; a figure
/// that is not known is shown as …, never as 0 and never left out. The page is one HTML file
/// (``html()``): no script, nothing fetched, the charts inline as SVG.
public struct ReferencePage: Sendable {
    /// The table by school type the page is about (its year is the page's year).
    public var table: SurveyTable
    /// The series of national totals, one table per year; empty for none.
    public var series: [SurveyTable]
    /// A table by prefecture, for the maps, if one was given.
    public var prefectures: SurveyTable?
    /// Establishers with CS, when ``table`` is the national table of their year.
    public var municipalities: MunicipalityCounts?
    /// The figures of the page no table holds, when ``table`` is the national table of their year.
    public var headline: HeadlineFigures?
    /// The language, and how figures are written (for display).
    public var formatting: SurveyFormatting

    /// Builds the page from the tables given, with the built-in data for what they lack.
    ///
    /// The page's table is the latest table by school type given, else the built-in R3 table;
    /// the series is the tables of a series file (years as rows), else the tables by school
    /// type when they are of several years, else the built-in national series
    /// (`Data/cs_series.csv`); the maps come from a table by prefecture (of the page's year if
    /// there are several), and there are none without one.
    ///
    /// - Parameters:
    ///   - tables: the tables read from the files given; none for the built-in data alone.
    ///   - language: the page's language.
    /// - Throws: ``Picture/Problem`` for a table by prefecture and school type, or tables that
    ///   do not make a series (two of one year, one without a year).
    public init(tables: [SurveyTable], language: Language) throws(Picture.Problem) {
        if let mixed = tables.first(where: { $0.dimension == .prefectureSchoolType }) {
            throw Picture.Problem(message: "\(mixed.file ?? "<stdin>") has rows by prefecture and school type; the report takes tables by school type, by prefecture, or years", isUsage: false)
        }
        let byYear = tables.filter(\.isSeries)
        let byType = tables.filter { !$0.isSeries && $0.dimension == .schoolType }
        let byPrefecture = tables.filter { $0.dimension == .prefecture }
        let latest = byType.max { ($0.year?.gregorian ?? .min) < ($1.year?.gregorian ?? .min) }
        let main = latest ?? SurveyTable.builtInR3()
        table = main
        series = !byYear.isEmpty ? byYear : byType.count > 1 ? byType : SurveyTable.builtInSeries()
        if let problem = YearSpan.seriesProblem(series) { throw Picture.Problem(message: problem, isUsage: false) }
        prefectures = byPrefecture.first { $0.year == main.year }
            ?? byPrefecture.max { ($0.year?.gregorian ?? .min) < ($1.year?.gregorian ?? .min) }
        municipalities = MunicipalityCounts.builtIn(for: main)
        headline = main.isNational ? HeadlineFigures.builtIn() : nil
        formatting = SurveyFormatting(forDisplay: true, language: language)
    }
}
