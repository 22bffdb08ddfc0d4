import Testing
@testable import CSStats

/// Inputs the `aggregate` fuzz target (Fuzz/aggregate.swift) found; each is in Fuzz/corpus/aggregate too.
@Suite struct SchoolAggregatorFuzzRegressionTests {
    /// With `skipInvalid`, a record with the wrong number of fields was said with its record
    /// number counted from its worker's start: split over three workers, line 9 read
    /// "record 2: found 7 fields". Records are numbered from the file's start, as a table
    /// reader numbers them, whatever the workers.
    @Test(arguments: [1, 2, 3])
    func skippedFieldCountsAreNumberedFromTheFileStart(workers: Int) throws {
        // Lines 3, 9 and 15 lose their similar flag (7 fields of 8). The header is record 1 and
        // no field holds a line break, so each record's number is its line.
        let bytes = SchoolAggregatorInvalidRecordTests.bytes([], drop: [(3, 7), (9, 7), (15, 7)])
        let a = try aggregate(bytes, by: [.year], skipInvalid: true, workers: workers, split: true)
        #expect(a.workers == workers)
        #expect(a.skipped.messages.map(\.line) == [3, 9, 15])
        #expect(a.skipped.messages.map(\.message) == [
            "record 3: found 7 fields, expected 8 (as in the header)",
            "record 9: found 7 fields, expected 8 (as in the header)",
            "record 15: found 7 fields, expected 8 (as in the header)",
        ])
        #expect(a.skipped.byKind[.fieldCount]?.count == 3)
        // 2021 without line 3 (cs only): lines 2, 4–8. 2022 without lines 9 (cs hq) and 15 (cs):
        // lines 10–14, 16, 17. (Schools, CS, HQ, both, similar, from SchoolFixture's comments.)
        #expect(describe(a) == ["2021: 6 5 4 3 2", "2022: 7 5 4 3 1"])
    }

    /// Without skipping, the first such record stops the run with the same words.
    @Test(arguments: [1, 3])
    func aFieldCountStopsWithItsRecordNumber(workers: Int) {
        let bytes = SchoolAggregatorInvalidRecordTests.bytes([], drop: [(9, 7), (15, 7)])
        #expect(errorText { _ = try aggregate(bytes, by: [.year], workers: workers, split: true) }
            == "schools.csv:9: error: record 9: found 7 fields, expected 8 (as in the header)")
    }

    /// The character after a closing quote is shown whole whatever the buffer: with a 16-byte
    /// buffer, 区 (E5 8C BA) at bytes 30–32 of the record was cut by the 32-byte window's end
    /// and shown as '\u{FFFD}'.
    @Test(arguments: [nil, 16, 64] as [Int?])
    func theCharacterAfterAClosingQuoteIsShownWhole(bufferSize: Int?) {
        // "2021," 5 bytes, 東京都 9, "," 1, the quote 1, 千代田ABCD 13, the quote 1: 区 starts at
        // byte 30. Columns: 2021 1–4, "," 5, 東京都 6–8, "," 9, quote 10, 千代田ABCD 11–17,
        // quote 18, 区 19.
        let text = "year,prefecture,municipality,school_type,school_id,cs,hq,similar\n2021,東京都,\"千代田ABCD\"区,小学校,S1,1,0,0\n"
        #expect(Array("2021,東京都,\"千代田ABCD\"".utf8).count == 30)
        #expect(errorText { _ = try aggregate(Array(text.utf8), by: [.year], bufferSize: bufferSize) }
            == "schools.csv:2:19: error: record 2, field 3: found '区' after a closing quote, expected a delimiter or a line end")
    }
}
