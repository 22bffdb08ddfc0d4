import Testing
@testable import CSStats

/// Inputs the `reader` fuzz target (Fuzz/reader.swift) found; each is in Fuzz/corpus/reader too.
@Suite struct CSVReaderFuzzRegressionTests {
    /// An empty last field after a delimiter at the very end of the input (no line end) was said
    /// to start where the field before it started: `1,` put its second field at column 1.
    @Test func emptyLastFieldAtTheEndStartsAfterTheDelimiter() throws {
        let text = Array("a,b\n1,".utf8)
        let reader = CSVReader(utf8: text, delimiter: UInt8(ascii: ","), file: "t.csv")
        let record = CSVRecord()
        #expect(try reader.read(into: record))
        #expect(try reader.read(into: record))
        #expect(record.fields == ["1", ""])
        // "a,b\n" is bytes 0–3, "1" byte 4, "," byte 5: the empty field starts at byte 6.
        #expect(record.offset(ofField: 0) == 4)
        #expect(record.offset(ofField: 1) == 6)

        let table = try DelimitedTable(input: DecodedInput(utf8: text), file: "t.csv")
        #expect(table.records[1].lines == [2, 2])
        #expect(table.records[1].columns == [1, 3])
    }

    /// Where each field of the second record starts. Before the fix, the empty last field of the
    /// inputs that end right after a delimiter took the start of the field before it (column 1,
    /// 3); with a line end after it, it was already right.
    @Test(arguments: [
        ("a,b\n\"1\",", [1, 5]),
        ("a,b,c\n1,,", [1, 3, 4]),
        ("a,b\n1,\n", [1, 3]),
    ])
    func emptyLastFieldPositions(text: String, columns: [Int]) throws {
        let table = try DelimitedTable(input: DecodedInput(utf8: Array(text.utf8)), file: "t.csv")
        #expect(table.records[1].columns == columns)
    }
}
