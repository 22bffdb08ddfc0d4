/// School establishers (自治体: prefectures, municipalities, school unions) with community schools.
public struct MunicipalityCounts: Sendable, Hashable {
    /// The survey year.
    public var year: SurveyYear
    /// Establishers with at least one CS.
    public var withCS: Int
    /// Of which prefectures (道府県).
    public var prefectures: Int?
    /// Of which municipalities (市区町村).
    public var municipalities: Int?
    /// Of which school unions (学校組合).
    public var schoolUnions: Int?
    /// The published rate, in percent.
    public var rate: FixedDecimal?

    /// Reads `Data/municipalities.csv`'s schema: year, reference_date, establishers_with_cs,
    /// prefectures, municipalities, school_unions, rate_pct.
    ///
    /// - Throws: `ReadError` when a row does not hold numbers where they belong.
    public static func read(_ table: DelimitedTable) throws(ReadError) -> [MunicipalityCounts] {
        func index(_ name: String) -> Int? { table.header.firstIndex(of: name) }
        guard let y = index("year"), let w = index("establishers_with_cs") else {
            throw ReadError.header(SourcePosition(file: table.file, line: table.headerLine),
                                   message: "expected columns year and establishers_with_cs")
        }
        return try table.rows.indices.map { (r: Int) throws(ReadError) -> MunicipalityCounts in
            let row = table.rows[r]
            func integer(_ i: Int?) -> Int? { i.flatMap { CellValue.parse(row.fields[$0]).integer } }
            guard let year = SurveyYear.parse(row.fields[y]) else {
                throw ReadError.invalidValue(table.position(row: r, field: y), column: "year", row: row.fields[y], found: row.fields[y], expected: "a year")
            }
            guard let with = integer(w) else {
                throw ReadError.invalidValue(table.position(row: r, field: w), column: "establishers_with_cs", row: row.fields[y], found: row.fields[w], expected: "a whole number")
            }
            return MunicipalityCounts(
                year: year, withCS: with, prefectures: integer(index("prefectures")),
                municipalities: integer(index("municipalities")), schoolUnions: integer(index("school_unions")),
                rate: index("rate_pct").flatMap { CellValue.parse(row.fields[$0]).number })
        }
    }

    /// The built-in figures.
    public static func builtIn() -> [MunicipalityCounts] {
        let input = DecodedInput(utf8: Array(BuiltInData.municipalitiesCSV.utf8))
        // The built-in text is tested; failing to read it is a programming error.
        return try! read(DelimitedTable(input: input, delimiter: UInt8(ascii: ","), file: "Data/municipalities.csv"))
    }

    /// The built-in figures of a table's year, when the table is the national table of its
    /// year (``SurveyTable/isNational``): establishers are counted nationally, so their
    /// figures never stand beside a subset of schools.
    public static func builtIn(for table: SurveyTable) -> MunicipalityCounts? {
        table.isNational ? builtIn().first { $0.year == table.year } : nil
    }
}
