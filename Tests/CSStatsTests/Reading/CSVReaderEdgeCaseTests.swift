import Testing
@testable import CSStats

/// One tiny input and the records it must read to, in the manner of rust-csv's `parses_to!`.
struct ReaderCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var delimiter: UInt8 = UInt8(ascii: ",")
    var expected: [[String]]

    var testDescription: String { name }
}

private let comma = UInt8(ascii: ","), tab = UInt8(ascii: "\t"), semicolon = UInt8(ascii: ";")

private let longField = String(repeating: "x", count: 10_000)
private let longJapanese = String(repeating: "あ", count: 3_334)  // 10,002 bytes
private let hundredFields = (1...100).map { "f\($0)" }

let readerCases: [ReaderCase] = [
    // Empty and blank input
    ReaderCase(name: "empty", input: "", expected: []),
    ReaderCase(name: "only_lf", input: "\n", expected: []),
    ReaderCase(name: "only_line_ends", input: "\n\r\n\r\r\n", expected: []),
    // One field, every line end
    ReaderCase(name: "one_field", input: "a", expected: [["a"]]),
    ReaderCase(name: "one_field_lf", input: "a\n", expected: [["a"]]),
    ReaderCase(name: "one_field_cr", input: "a\r", expected: [["a"]]),
    ReaderCase(name: "one_field_crlf", input: "a\r\n", expected: [["a"]]),
    // Two fields
    ReaderCase(name: "two_fields", input: "a,b", expected: [["a", "b"]]),
    ReaderCase(name: "two_fields_crlf", input: "a,b\r\n", expected: [["a", "b"]]),
    ReaderCase(name: "two_fields_lf", input: "a,b\n", expected: [["a", "b"]]),
    ReaderCase(name: "two_fields_cr", input: "a,b\r", expected: [["a", "b"]]),
    ReaderCase(name: "two_records", input: "a,b\nc,d\n", expected: [["a", "b"], ["c", "d"]]),
    ReaderCase(name: "last_line_without_line_end", input: "a,b\r\nc,d", expected: [["a", "b"], ["c", "d"]]),
    ReaderCase(name: "ragged_records", input: "a\nb,c\nd,e,f\n", expected: [["a"], ["b", "c"], ["d", "e", "f"]]),
    // Empty fields
    ReaderCase(name: "trailing_delimiter", input: "a,", expected: [["a", ""]]),
    ReaderCase(name: "trailing_delimiter_lf", input: "a,\n", expected: [["a", ""]]),
    ReaderCase(name: "leading_delimiter", input: ",a", expected: [["", "a"]]),
    ReaderCase(name: "only_delimiter", input: ",", expected: [["", ""]]),
    ReaderCase(name: "only_delimiters_crlf", input: ",,\r\n", expected: [["", "", ""]]),
    ReaderCase(name: "spaces_kept", input: " a , b ", expected: [[" a ", " b "]]),
    ReaderCase(name: "space_line_is_a_record", input: " \n", expected: [[" "]]),
    // Blank lines and line ends
    ReaderCase(name: "blank_line_lf", input: "a\n\nb", expected: [["a"], ["b"]]),
    ReaderCase(name: "lone_crs", input: "a\r\rb", expected: [["a"], ["b"]]),
    ReaderCase(name: "blank_line_crlf", input: "a\r\n\r\nb", expected: [["a"], ["b"]]),
    ReaderCase(name: "leading_blank_lines", input: "\n\r\na,b", expected: [["a", "b"]]),
    ReaderCase(name: "mixed_line_ends", input: "a\nb\r\nc\rd", expected: [["a"], ["b"], ["c"], ["d"]]),
    ReaderCase(name: "lf_cr_is_two_line_ends", input: "a\n\rb", expected: [["a"], ["b"]]),
    // Quoting
    ReaderCase(name: "quoted", input: "\"a\"", expected: [["a"]]),
    ReaderCase(name: "empty_quoted", input: "\"\"", expected: [[""]]),
    ReaderCase(name: "two_empty_quoted", input: "\"\",\"\"", expected: [["", ""]]),
    ReaderCase(name: "empty_quoted_records_crlf", input: "\"\"\r\n\"\"\r\n", expected: [[""], [""]]),
    ReaderCase(name: "doubled_quote", input: "\"a\"\"b\"", expected: [["a\"b"]]),
    ReaderCase(name: "only_doubled_quote", input: "\"\"\"\"", expected: [["\""]]),
    ReaderCase(name: "doubled_quote_at_end", input: "\"a\"\"\",b", expected: [["a\"", "b"]]),
    ReaderCase(name: "quoted_delimiter", input: "\"a,b\"", expected: [["a,b"]]),
    ReaderCase(name: "quoted_lf", input: "\"a\nb\",c", expected: [["a\nb", "c"]]),
    ReaderCase(name: "quoted_crlf_kept", input: "\"a\r\nb\",c\r\n", expected: [["a\r\nb", "c"]]),
    ReaderCase(name: "quoted_lone_cr", input: "\"a\rb\"", expected: [["a\rb"]]),
    ReaderCase(name: "quoted_blank_line_kept", input: "\"a\n\nb\"", expected: [["a\n\nb"]]),
    ReaderCase(name: "quoted_then_lf", input: "\"a\"\nb", expected: [["a"], ["b"]]),
    ReaderCase(name: "quoted_then_crlf", input: "\"a\"\r\n\"b\"\r\n", expected: [["a"], ["b"]]),
    ReaderCase(name: "quoted_then_cr", input: "\"a\"\r\"b\"", expected: [["a"], ["b"]]),
    ReaderCase(name: "quoted_among_unquoted", input: "a,\"b\",c", expected: [["a", "b", "c"]]),
    ReaderCase(name: "quoted_spaces_kept", input: "\" a \",b", expected: [[" a ", "b"]]),
    // Other delimiters
    ReaderCase(name: "tab", input: "a\tb\n", delimiter: tab, expected: [["a", "b"]]),
    ReaderCase(name: "tab_keeps_commas", input: "小学校\t7,051\t37.5%\n", delimiter: tab,
               expected: [["小学校", "7,051", "37.5%"]]),
    ReaderCase(name: "tab_quoted_tab", input: "\"a\tb\"\tc", delimiter: tab, expected: [["a\tb", "c"]]),
    ReaderCase(name: "tab_empty_fields", input: "\t\ta\t\r\n", delimiter: tab, expected: [["", "", "a", ""]]),
    ReaderCase(name: "semicolon", input: "a;b;c", delimiter: semicolon, expected: [["a", "b", "c"]]),
    ReaderCase(name: "semicolon_keeps_commas", input: "1,5;2\n", delimiter: semicolon, expected: [["1,5", "2"]]),
    // Japanese and other non-ASCII text
    ReaderCase(name: "japanese", input: "幼稚園,276,9.8%\r\n", expected: [["幼稚園", "276", "9.8%"]]),
    ReaderCase(name: "japanese_quoted", input: "\"コミュニティ・スクール\",\"地域学校協働本部\"",
               expected: [["コミュニティ・スクール", "地域学校協働本部"]]),
    ReaderCase(name: "unicode_in_quoted", input: "\"①髙表,\"\"🏫\"\"\",x",
               expected: [["①髙表,\"🏫\"", "x"]]),
    ReaderCase(name: "full_width_comma_is_data", input: "１２，５７０,▲3", expected: [["１２，５７０", "▲3"]]),
    ReaderCase(name: "ideographic_spaces_kept", input: "\u{3000}合計\u{3000},x", expected: [["\u{3000}合計\u{3000}", "x"]]),
    // Sizes
    ReaderCase(name: "field_of_10000_bytes", input: longField + "\n" + "b", expected: [[longField], ["b"]]),
    ReaderCase(name: "quoted_field_of_10002_bytes", input: "a,\"" + longJapanese + "\"\r\n",
               expected: [["a", longJapanese]]),
    ReaderCase(name: "hundred_fields", input: hundredFields.joined(separator: ",") + "\n" + hundredFields.joined(separator: ","),
               expected: [hundredFields, hundredFields]),
    ReaderCase(name: "hundred_empty_fields", input: String(repeating: ",", count: 99),
               expected: [[String](repeating: "", count: 100)]),
]

@Test func thereAreAtLeastFortyCases() {
    #expect(readerCases.count >= 40)
    #expect(Set(readerCases.map(\.name)).count == readerCases.count, "case names are unique")
}

@Test(arguments: readerCases, Chunking.allCases)
func readsTo(_ testCase: ReaderCase, chunking: Chunking) throws {
    let reader = chunking.reader(Array(testCase.input.utf8), delimiter: testCase.delimiter)
    let records = try reader.readAll().map(\.fields)
    #expect(records == testCase.expected)
}

@Test(arguments: readerCases)
func readIntoReusesOneRecord(_ testCase: ReaderCase) throws {
    let reader = Chunking.whole.reader(Array(testCase.input.utf8), delimiter: testCase.delimiter)
    let record = CSVRecord()
    var records: [[String]] = []
    var indices: [Int] = []
    while try reader.read(into: record) {
        records.append(record.fields)
        indices.append(record.index)
    }
    #expect(records == testCase.expected)
    #expect(indices == Array(stride(from: 1, through: testCase.expected.count, by: 1)))
    // At the end the record is left empty, and stays at the end.
    #expect(record.count == 0)
    #expect(try reader.read(into: record) == false)
}

// MARK: Line numbers

/// Input, then (line, fields) of each record.
struct LineCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: [(line: Int, fields: [String])]
    var testDescription: String { name }
}

let lineCases: [LineCase] = [
    LineCase(name: "lf", input: "a\nb\nc", expected: [(1, ["a"]), (2, ["b"]), (3, ["c"])]),
    LineCase(name: "crlf_counts_once", input: "a\r\nb\r\nc\r\n", expected: [(1, ["a"]), (2, ["b"]), (3, ["c"])]),
    LineCase(name: "lone_cr", input: "a\rb\r\rc", expected: [(1, ["a"]), (2, ["b"]), (4, ["c"])]),
    LineCase(name: "blank_lines_counted", input: "\n\na\r\n\r\nb", expected: [(3, ["a"]), (5, ["b"])]),
    LineCase(name: "embedded_lf", input: "\"a\nb\",c\nd", expected: [(1, ["a\nb", "c"]), (3, ["d"])]),
    LineCase(name: "embedded_crlf", input: "\"a\r\nb\r\nc\",x\r\ny\r\n",
             expected: [(1, ["a\r\nb\r\nc", "x"]), (4, ["y"])]),
    LineCase(name: "embedded_lone_cr", input: "\"a\rb\"\rc", expected: [(1, ["a\rb"]), (3, ["c"])]),
    LineCase(name: "embedded_lf_cr", input: "\"a\n\rb\"\nc", expected: [(1, ["a\n\rb"]), (4, ["c"])]),
    LineCase(name: "mixed",
             input: "\"a\nb\",c\nd\r\n\"e\r\nf\"\r\ng\n\nh",
             expected: [(1, ["a\nb", "c"]), (3, ["d"]), (4, ["e\r\nf"]), (6, ["g"]), (8, ["h"])]),
    LineCase(name: "embedded_in_second_field", input: "x,\"1\n2\n3\"\ny,\"\"\"\n\"\"\"\nz",
             expected: [(1, ["x", "1\n2\n3"]), (4, ["y", "\"\n\""]), (6, ["z"])]),
    // A quoted CR ends a 16-byte chunk; eight plain bytes later an LF is a line end of its own.
    LineCase(name: "quoted_cr_at_chunk_end_then_lf", input: "\"aaaaaaaaaaaaaa\rbbbbbbbb\nc\"\nd",
             expected: [(1, ["aaaaaaaaaaaaaa\rbbbbbbbb\nc"]), (4, ["d"])]),
]

@Test(arguments: lineCases, Chunking.allCases)
func recordLines(_ testCase: LineCase, chunking: Chunking) throws {
    let rows = try chunking.reader(Array(testCase.input.utf8)).readAll()
    #expect(rows.map(\.line) == testCase.expected.map(\.line))
    #expect(rows.map(\.fields) == testCase.expected.map(\.fields))
}

@Test func fieldOffsetsPointAtFieldStarts() throws {
    // Offsets are bytes of the decoded text; a quoted field starts at its quote.
    let reader = Chunking.whole.reader(Array("幼稚園,\"2\"\"7\",6\r\nx".utf8))
    let record = CSVRecord()
    #expect(try reader.read(into: record))
    #expect((0..<record.count).map(record.offset(ofField:)) == [0, 10, 17])
    #expect(try reader.read(into: record))
    #expect(record.offset(ofField: 0) == 20)
    #expect(record.line == 2)
}

@Test func blankRecordOfDelimitersIsBlank() throws {
    let reader = Chunking.whole.reader(Array(",,\na,".utf8))
    let record = CSVRecord()
    #expect(try reader.read(into: record))
    #expect(record.isBlank)
    #expect(try reader.read(into: record))
    #expect(!record.isBlank)
    #expect(record[0] == "a")
    #expect(record[1] == "")
}
