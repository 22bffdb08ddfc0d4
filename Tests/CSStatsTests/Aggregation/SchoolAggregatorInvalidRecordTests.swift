import Testing
@testable import CSStats

/// Bad records in `SchoolFixture`: each stops the run with its line, or with `skipInvalid` is
/// left out of the counts and reported by kind with its first lines.
@Suite struct SchoolAggregatorInvalidRecordTests {
    /// The fixture with some cells changed; `rows[i]` is file line i + 2.
    static func bytes(_ edits: [(line: Int, column: Int, value: String)], drop: [(line: Int, column: Int)] = []) -> [UInt8] {
        var rows = SchoolFixture.rows
        for e in edits { rows[e.line - 2][e.column] = e.value }
        for d in drop { rows[d.line - 2].remove(at: d.column) }
        return SchoolFixture.bytes(SchoolFixture.text(rows: rows))
    }

    @Test(arguments: [1, 2, 3])
    func eachKindStopsWithItsLine(workers: Int) {
        let cases: [([UInt8], String)] = [
            // Line 4 (2021) takes line 2's id S13000001, also 2021.
            (Self.bytes([(4, 4, "S13000001")]), "schools.csv:4: error: school id 'S13000001' appears again in 令和3年度 (first at line 2)"),
            (Self.bytes([(5, 1, "大坂府")]), "schools.csv:5: error: unknown prefecture '大坂府'; did you mean '大阪府'?"),
            (Self.bytes([(6, 3, "中学較")]), "schools.csv:6: error: unknown school type '中学較'; did you mean '中学校'?"),
            (Self.bytes([(7, 5, "2")]), "schools.csv:7: error: cs is '2', expected a flag (0/1, yes/no, ○/×, 有/無)"),
            (Self.bytes([(8, 6, "△")]), "schools.csv:8: error: hq is '△', expected a flag (0/1, yes/no, ○/×, 有/無)"),
            (Self.bytes([(9, 7, "")]), "schools.csv:9: error: similar is empty: a blank flag is not read as 'no' unless --blank-is-no is given (for files that mark only the yes, with ○)"),
            // Line 15 is the 15th record, the header being the first, as a table reader counts.
            (Self.bytes([], drop: [(15, 7)]), "schools.csv:15: error: record 15: found 7 fields, expected 8 (as in the header)"),
            (Self.bytes([(16, 0, "20X2")]), "schools.csv:16: error: invalid year '20X2'"),
            // Control characters in an id: refused, and shown escaped (ESC would act on a terminal).
            (Self.bytes([(3, 4, "AB1\u{0B}")]), "schools.csv:3: error: the school id 'AB1\\u{B}' holds a control character (U+000B): remove it"),
            (Self.bytes([(3, 4, "\u{1B}[2JX")]), "schools.csv:3: error: the school id '\\u{1B}[2JX' holds a control character (U+001B): remove it"),
            (Self.bytes([(3, 4, "AB\u{2028}1")]), "schools.csv:3: error: the school id 'AB\\u{2028}1' holds a control character (U+2028): remove it"),
            (Self.bytes([(3, 4, "AB1\u{85}")]), "schools.csv:3: error: the school id 'AB1\\u{85}' holds a control character (U+0085): remove it"),
        ]
        for (bytes, message) in cases {
            #expect(errorText { _ = try aggregate(bytes, by: [.year], workers: workers, split: true) } == message)
        }
    }

    @Test func sameIDInTwoYearsIsNotADuplicate() throws {
        // Lines 2–4 and 9–11 share S13000001–3 across 2021 and 2022; without the year column the
        // file is one year, and line 9 repeats line 2's id.
        #expect(try aggregate(SchoolFixture.bytes(), by: [.schoolType]).records == 16)
        let noYear = SchoolFixture.text(header: Array(SchoolFixture.header.dropFirst()),
                                        rows: SchoolFixture.rows.map { Array($0.dropFirst()) })
        #expect(errorText { _ = try aggregate(SchoolFixture.bytes(noYear), by: [.schoolType]) }
            == "schools.csv:9: error: school id 'S13000001' appears again in the file (first at line 2)")
    }

    @Test(arguments: [2, 3, 4])
    func duplicateSeenByTwoWorkers(workers: Int) throws {
        // Line 17 becomes a 2021 school with line 2's id: the first worker sees line 2, the last line 17.
        let bytes = Self.bytes([(17, 0, "2021"), (17, 4, "S13000001")])
        #expect(errorText { _ = try aggregate(bytes, by: [.year], workers: workers, split: true) }
            == "schools.csv:17: error: school id 'S13000001' appears again in 令和3年度 (first at line 2)")
        // Skipped: 2022 loses line 17 (similar only): 9 − 1 = 8 schools, similar 1 − 1 = 0.
        let a = try aggregate(bytes, by: [.year], skipInvalid: true, workers: workers, split: true)
        #expect(describe(a) == ["2021: 7 6 4 3 2", "2022: 8 7 5 4 0"])
        #expect(a.skipped.byKind[.duplicateID]?.count == 1)
        #expect(a.skipped.byKind[.duplicateID]?.lines == [17])
    }

    @Test(arguments: [1, 2, 3])
    func theFirstBadRecordIsReportedWhateverTheWorkers(workers: Int) {
        // Line 15 repeats line 9's id (both 2022) and line 16 has an unknown prefecture: the
        // first, line 15, is the error, as with one worker.
        let bytes = Self.bytes([(15, 4, "S13000001"), (16, 1, "大坂府")])
        #expect(errorText { _ = try aggregate(bytes, by: [.year], workers: workers, split: true) }
            == "schools.csv:15: error: school id 'S13000001' appears again in 令和4年度 (first at line 9)")
    }

    @Test(arguments: [1, 2, 3, 4])
    func skippedRecords(workers: Int) throws {
        // Bad: line 3 unknown prefecture, line 4 duplicate of line 2, line 6 invalid cs flag,
        // line 10 unknown prefecture, line 12 unknown type (中学較), line 14 wrong field count,
        // line 16 invalid hq flag. Left: 2021 lines 2, 5, 7, 8; 2022 lines 9, 11, 13, 15, 17.
        // 2021: cs 2, 5, 7 = 3; hq 2, 8 = 2; both 2 = 1; similar 7, 8 = 2.
        // 2022: cs 9, 11, 13, 15 = 4; hq 9, 11, 13 = 3; both 3; similar 17 = 1.
        let bytes = Self.bytes(
            [(3, 1, "東经都"), (4, 4, "S13000001"), (6, 5, "はい"), (10, 1, "Tokio"), (12, 3, "中学較"), (16, 6, "-")],
            drop: [(14, 2)])
        let a = try aggregate(bytes, by: [.year], skipInvalid: true, workers: workers, split: true, bufferSize: 32)
        #expect(describe(a) == ["2021: 4 3 2 1 2", "2022: 5 4 3 3 1"])
        #expect(a.skipped.total == 7)
        #expect(a.skipped.byKind[.unknownPrefecture]?.count == 2)
        #expect(a.skipped.byKind[.unknownPrefecture]?.lines == [3, 10])
        #expect(a.skipped.byKind[.duplicateID]?.lines == [4])
        #expect(a.skipped.byKind[.invalidFlag]?.count == 2)
        #expect(a.skipped.byKind[.invalidFlag]?.lines == [6, 16])
        #expect(a.skipped.byKind[.unknownSchoolType]?.lines == [12])
        #expect(a.skipped.byKind[.fieldCount]?.lines == [14])
    }

    @Test func onlyTheFirstFiveLinesAreKept() throws {
        // Lines 2–8 all get an unknown prefecture: 7 skipped, lines 2…6 kept; 2022 is whole.
        let bytes = Self.bytes((2...8).map { ($0, 1, "X県") })
        let a = try aggregate(bytes, by: [.year], skipInvalid: true, workers: 2, split: true)
        #expect(describe(a) == ["2022: 9 7 5 4 1"])
        #expect(a.skipped.byKind[.unknownPrefecture]?.count == 7)
        #expect(a.skipped.byKind[.unknownPrefecture]?.lines == [2, 3, 4, 5, 6])
    }
}
