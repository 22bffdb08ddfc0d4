/// Figures of a year's reference page that no table holds, with their source: the number of
/// prefectures in which there are CS schools, HQ schools and establishers with CS (R3: 46
/// each, "46都道府県内"), and multiples printed without their base.
///
/// They are read from `Data/headline_figures.csv` (built in), never written into a page's
/// text, so a page shows them only for the year, and the national table, they belong to.
public struct HeadlineFigures: Sendable {
    /// What a figure is.
    public enum Kind: String, Sendable, CaseIterable {
        /// Prefectures in which some public school has a CS: 46都道府県内 11,856校.
        case prefecturesWithCSSchools = "prefectures_with_cs_schools"
        /// Prefectures in which some establisher has a CS: 46都道府県内 1,041自治体.
        case prefecturesWithCSEstablishers = "prefectures_with_cs_establishers"
        /// Prefectures in which some public school has an HQ: 46都道府県内 19,471校.
        case prefecturesWithHQSchools = "prefectures_with_hq_schools"
        /// A multiple (○倍) of CS schools the page prints under its chart by school type
        /// without saying of which type and year.
        case csMultipleBaseNotStated = "cs_multiple_base_not_stated"
    }

    /// One figure.
    public struct Figure: Sendable, Hashable {
        /// The survey year.
        public var year: SurveyYear
        /// What the figure is.
        public var kind: Kind
        /// The value as published.
        public var value: FixedDecimal
        /// The words it was printed in, for reference.
        public var printedAs: String
        /// The source's abbreviation in `Data/README.md` (`SEED-R3`).
        public var source: String
    }

    /// Every figure, in file order.
    public var figures: [Figure]

    /// The figures of one year and kind, in file order.
    public func values(_ kind: Kind, in year: SurveyYear?) -> [FixedDecimal] {
        figures.filter { $0.kind == kind && $0.year == year }.map(\.value)
    }

    /// The one whole-number figure of a year and kind (a number of prefectures), if there is one.
    public func count(_ kind: Kind, in year: SurveyYear?) -> Int? {
        let values = values(kind, in: year)
        guard values.count == 1, values[0].scale == 0 else { return nil }
        return values[0].units
    }

    /// Reads `Data/headline_figures.csv`'s schema: year, reference_date, figure, value,
    /// printed_as, source.
    ///
    /// - Throws: `ReadError` when a column is missing, a year or value is not a number, or a
    ///   figure's name is not one of ``Kind``.
    public static func read(_ table: DelimitedTable) throws(ReadError) -> HeadlineFigures {
        var columns: [String: Int] = [:]
        for name in ["year", "figure", "value", "printed_as", "source"] {
            guard let i = table.header.firstIndex(of: name) else {
                throw ReadError.header(SourcePosition(file: table.file, line: table.headerLine),
                                       message: "expected columns year, figure, value, printed_as and source; '\(name)' is missing")
            }
            columns[name] = i
        }
        var figures: [Figure] = []
        for (r, row) in table.rows.enumerated() {
            func field(_ name: String) -> String { row.fields[columns[name]!] }
            func invalid(_ name: String, _ expected: String) -> ReadError {
                .invalidValue(table.position(row: r, field: columns[name]!), column: name, row: field("figure"), found: field(name), expected: expected)
            }
            guard let year = SurveyYear.parse(field("year")) else { throw invalid("year", "a year") }
            guard let kind = Kind(rawValue: field("figure")) else {
                throw invalid("figure", Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let value = FixedDecimal(field("value")) else { throw invalid("value", "a number") }
            figures.append(Figure(year: year, kind: kind, value: value, printedAs: field("printed_as"), source: field("source")))
        }
        return HeadlineFigures(figures: figures)
    }

    /// The built-in figures (`Data/headline_figures.csv`).
    public static func builtIn() -> HeadlineFigures {
        let input = DecodedInput(utf8: Array(BuiltInData.headlineFiguresCSV.utf8))
        // The built-in text is tested; failing to read it is a programming error.
        return try! read(DelimitedTable(input: input, delimiter: UInt8(ascii: ","), file: "Data/headline_figures.csv"))
    }
}
