extension SurveyTable {
    /// The built-in R3 table (`Data/cs_r3_2021.csv`).
    public static func builtInR3() -> SurveyTable {
        let input = DecodedInput(utf8: Array(BuiltInData.r3CSV.utf8))
        // The built-in text is tested; failing to read it is a programming error.
        return try! SurveyTable.read(DelimitedTable(input: input, delimiter: UInt8(ascii: ","), file: BuiltInData.r3Name))[0]
    }
}
