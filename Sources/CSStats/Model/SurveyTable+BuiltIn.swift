extension SurveyTable {
    /// The built-in R3 table (`Data/cs_r3_2021.csv`).
    public static func builtInR3() -> SurveyTable {
        let input = DecodedInput(utf8: Array(BuiltInData.r3CSV.utf8))
        // The built-in text is tested; failing to read it is a programming error.
        return try! SurveyTable.read(DelimitedTable(input: input, delimiter: UInt8(ascii: ","), file: BuiltInData.r3Name))[0]
    }
}

extension SurveyTable {
    /// The built-in national series (`Data/cs_series.csv`): one table per survey year, each
    /// holding that year's 合計.
    public static func builtInSeries() -> [SurveyTable] {
        let input = DecodedInput(utf8: Array(BuiltInData.seriesCSV.utf8))
        // The built-in text is tested; failing to read it is a programming error.
        return try! SurveyTable.read(DelimitedTable(input: input, delimiter: UInt8(ascii: ","), file: BuiltInData.seriesName))
    }

    /// Whether the table's 合計 is the national total of its year: a published table (not
    /// counted from records) whose CS count equals the built-in national series' for that
    /// year.
    ///
    /// National figures that no table holds (establishers with CS, the number of prefectures
    /// with a CS) are shown beside such a table only, never beside a subset or a sample.
    public var isNational: Bool {
        guard !fromRecords, let year, let count = effectiveTotal.count(.cs) else { return false }
        let national = SurveyTable.builtInSeries().first { $0.year == year }
        return national?.effectiveTotal.count(.cs) == count
    }
}
