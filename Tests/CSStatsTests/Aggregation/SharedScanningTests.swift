import Testing
@testable import CSStats

/// The school-level reader of `aggregate` and the table reader share their byte scanning: the
/// same broken bytes give the same error, word for word, from either.
@Suite struct SharedScanningTests {
    /// The error a table reader gives for bytes (decoding as `aggregate` would).
    private func tableError(_ bytes: [UInt8], encoding: TextEncoding? = nil) -> String {
        errorText {
            let input = try DecodedInput(bytes: bytes, encoding: encoding, file: "schools.csv")
            _ = try DelimitedTable(input: input, file: "schools.csv")
        }
    }

    private func schoolError(_ bytes: [UInt8], workers: Int, encoding: TextEncoding? = nil) -> String {
        errorText { _ = try aggregate(bytes, by: [.schoolType], encoding: encoding, workers: workers, split: workers > 1, bufferSize: 64) }
    }

    @Test(arguments: [
        // An unterminated quote: where it opened (line 3, column 1).
        ("S2,\"小学校,1\n", "schools.csv:3:4: error: unterminated quoted field (opened at line 3, field 2)"),
        // A quote inside a field: S(1)2(2),(3)小(4)"(5).
        ("S2,小\"学校,1\n", "schools.csv:3:5: error: record 3, field 2: quote inside an unquoted field (quote the whole field and double the quote)"),
        // Text after a closing quote: "(1)S(2)2(3)"(4)x(5).
        ("\"S2\"x,小学校,1\n", "schools.csv:3:5: error: record 3, field 1: found 'x' after a closing quote, expected a delimiter or a line end"),
        // After a quoted field holding a line break, lines and columns still count (the break
        // ends the id, and is trimmed: one inside an id is a control character, refused).
        ("\"S2\n\",小学校,1\nS3,中\"学校,1\n", "schools.csv:5:5: error: record 4, field 2: quote inside an unquoted field (quote the whole field and double the quote)"),
    ])
    func brokenQuotesReadTheSame(tail: String, message: String) {
        let bytes = Array("学校コード,学校種,CS\nS1,小学校,1\n\(tail)".utf8)
        #expect(tableError(bytes) == message)
        for workers in [1, 2] { #expect(schoolError(bytes, workers: workers) == message, "workers \(workers)") }
    }

    @Test(arguments: [TextEncoding.utf8, .shiftJIS])
    func bytesThatAreNotTextReadTheSame(encoding: TextEncoding) throws {
        // Past the first megabyte (which the encoding is checked on) a type cell holds a byte
        // that is not text: FF in UTF-8; 82 followed by a comma in Shift_JIS. Line 80,002: the
        // header, 80,000 rows, then this one.
        var text = "学校コード,学校種,CS\n"
        for i in 0..<80_000 { text += "S\(i),小学校,\(i % 2)\n" }
        var bytes = encoding == .utf8 ? Array(text.utf8) : Array(text.data(using: .shiftJIS)!)
        #expect(bytes.count > 1 << 20)
        let bad: [UInt8] = encoding == .utf8 ? [0xFF] : [0x82]
        bytes += Array("X1,".utf8) + bad + Array(",1\n".utf8)
        let offset = bytes.count - 4 - bad.count + 1
        let message = "schools.csv:80002: error: invalid \(encoding.displayName) byte sequence \(bad.map { String($0, radix: 16, uppercase: true) }.joined()) 2C at byte offset \(offset)"
        #expect(tableError(bytes, encoding: encoding) == message)
        for workers in [1, 2] {
            let found = errorText { _ = try aggregate(bytes, by: [.schoolType], encoding: encoding, workers: workers, split: workers > 1) }
            #expect(found == message, "workers \(workers)")
        }
    }
}

/// Keys that agree without their ids agreeing (a collision of two hashed ids' 64-bit keys) are
/// confirmed against the ids' bytes: never a wrong "duplicated school id".
@Suite struct SuspectedDuplicateTests {
    private func key(_ id: String, year: Int) -> UInt64 {
        Array(id.utf8).withUnsafeBufferPointer { SchoolIDKey.key(year: year, $0.baseAddress!, $0.count) }
    }

    /// 400 schools with text ids (abc-0 … abc-399) over 2021 and 2022, CS on even numbers.
    private var text: String {
        var text = "年度,学校コード,学校種,CS\n"
        for i in 0..<400 { text += "\(2021 + i % 2),abc-\(i),小学校,\(i % 2 == 0 ? 1 : 0)\n" }
        return text
    }

    private func run(_ text: String, suspects: [String: Int], workers: Int, skipInvalid: Bool = false) throws(ReadError) -> SchoolAggregation {
        var aggregator = SchoolAggregator(keys: [.year], skipInvalid: skipInvalid, maximumWorkers: workers)
        aggregator.minimumBytesForSplit = 0
        aggregator.extraSuspects = Set(suspects.map { key($0.key.uppercased(), year: $0.value) })
        return try aggregator.aggregate(bytes: Array(text.utf8), file: "schools.csv")
    }

    @Test(arguments: [1, 2, 3])
    func suspectsThatAreNotDuplicatesCountAsUsual(workers: Int) throws {
        // abc-1 (2022) and abc-2 (2021) suspected, as two different ids whose keys agreed would be.
        let a = try run(text, suspects: ["abc-1": 2022, "abc-2": 2021, "abc-3": 2021], workers: workers)
        // 2021: the 200 even numbers, all CS; 2022: the 200 odd ones, none.
        #expect(a.groups.map { [$0.year?.gregorian ?? 0, $0.schools, $0.cs] } == [[2021, 200, 200], [2022, 200, 0]])
        #expect(a.skipped.total == 0)
    }

    @Test(arguments: [1, 2, 3])
    func aRealDuplicateAmongSuspectsIsReportedWithItsFirstLine(workers: Int) {
        // Line 402 repeats abc-4 (2021, line 6) in another case: the same school.
        let repeated = text + "2021,ABC-4,小学校,1\n"
        #expect(errorText { _ = try run(repeated, suspects: ["abc-1": 2022], workers: workers) }
            == "schools.csv:402: error: school id 'ABC-4' appears again in 令和3年度 (first at line 6)")
    }
}

/// What an outside tester found: each is a file a user could have.
@Suite struct SchoolLevelEdgeTests {
    @Test(arguments: [TextEncoding.utf8, .shiftJIS])
    func aByteThatIsNotTextInAColumnNotCountedStillStops(encoding: TextEncoding) {
        // The school name is read by nobody; its bad byte past the first megabyte (line 80,002)
        // must stop the run as in a table reader, not pass unseen.
        var text = "学校コード,学校種,CS,学校名\n"
        for i in 0..<80_000 { text += "S\(i),小学校,\(i % 2),第\(i)小\n" }
        var bytes = encoding == .utf8 ? Array(text.utf8) : Array(text.data(using: .shiftJIS)!)
        let bad: [UInt8] = encoding == .utf8 ? [0xFF] : [0x81, 0x7F]
        bytes += Array("X1,小学校,1,".data(using: encoding == .utf8 ? .utf8 : .shiftJIS)!) + bad + Array("\n".utf8)
        let table = errorText { _ = try DelimitedTable(input: try DecodedInput(bytes: bytes, encoding: encoding, file: "schools.csv"), file: "schools.csv") }
        #expect(table.hasPrefix("schools.csv:80002: error: invalid "))
        for workers in [1, 2] {
            #expect(errorText { _ = try aggregate(bytes, by: [.schoolType], encoding: encoding, workers: workers, split: workers > 1) } == table)
        }
    }

    @Test func aShiftJISFileWithOneBadByteIsSaidToBeBadShiftJIS() {
        // Detected, not given: the file reads as Shift_JIS up to the bad byte, as UTF-8 not at all.
        let good = Array("学校コード,学校種,CS\nS1,小学校,1\n".data(using: .shiftJIS)!)
        let bytes = good + [0x81, 0x7F, 0x0A]
        #expect(errorText { _ = try DecodedInput(bytes: bytes, encoding: nil, file: "s.csv") }
            == "s.csv:3: error: invalid Shift_JIS (CP932) byte sequence 81 7F at byte offset \(good.count)")
    }

    @Test func aTitleWithALineBreakCountsAsTwoLines() {
        let text = "\"title\nline two\"\n年度,都道府県,学校種,学校コード,CS導入,本部整備\n2021,東京都,小学校,7,1,0\n2021,東京都,小学校,x,1,2\n"
        #expect(errorText { _ = try aggregate(Array(text.utf8), by: [.year]) }
            == "schools.csv:5: error: hq is '2', expected a flag (0/1, yes/no, ○/×, 有/無)")
    }

    @Test func idsDifferOutsideASCIICase() throws {
        // "ß1".uppercased() is "SS1"; "ı7" upper-cases to "I7": different schools all the same.
        let text = "学校コード,学校種,CS\nß1,小学校,1\nSS1,小学校,1\nı7,小学校,0\nI7,小学校,0\n"
        #expect(try aggregate(Array(text.utf8), by: [.schoolType]).groups.map(\.schools) == [4])
    }

    @Test func thirteenCharactersNamingNoSchoolTypeAreNotACode() throws {
        // A hashed id that happens to look like a letter and twelve digits: E9 is no type.
        let text = "年度,都道府県,学校種,学校コード,CS導入,本部整備\n2021,大阪府,小学校,e913000000001,1,0\n"
        #expect(try aggregate(Array(text.utf8), by: [.year]).groups.map(\.schools) == [1])
    }

    @Test func aFlagOfSpacesIsBlank() throws {
        let text = "学校コード,学校種,CS,本部\nS1,小学校,1, \nS2,小学校,\u{3000},1\n"
        var aggregator = SchoolAggregator(keys: [.schoolType])
        aggregator.blankIsNo = true
        let a = try aggregator.aggregate(bytes: Array(text.utf8), file: "schools.csv")
        #expect(a.groups.map { [$0.schools, $0.cs, $0.hq] } == [[2, 1, 1]])
        #expect(errorText { _ = try aggregate(Array(text.utf8), by: [.schoolType]) }.contains("hq is empty: a blank flag is not read as 'no' unless --blank-is-no"))
        // A column of spaces in every row is one nobody filled in: said, as an empty one is.
        let spaces = "学校コード,学校種,CS,本部\nS1,小学校,1, \nS2,小学校,0,\u{3000}\n"
        let b = try aggregator.aggregate(bytes: Array(spaces.utf8), file: "schools.csv")
        #expect(b.warnings.contains { $0.hasPrefix("column 4 '本部' is blank in every row") })
        #expect(!b.warnings.contains { $0.hasPrefix("column 3 'CS'") })
    }
}
