import Testing
@testable import CSStats

// MARK: Quoting errors from the reader

/// A malformed input, the error it must raise and the error's text.
struct QuotingErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var error: ReadError
    var description: String
    var testDescription: String { name }
}

private func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(file: "data.csv", line: line, column: column)
}

let quotingErrorCases: [QuotingErrorCase] = [
    QuotingErrorCase(
        name: "unterminated_quote",
        input: "a,b,c\nx,y,\"zz\n",
        error: .unterminatedQuote(at(2, 5), openedAtLine: 2, field: 3),
        description: "data.csv:2:5: error: unterminated quoted field (opened at line 2, field 3)"),
    QuotingErrorCase(
        name: "unterminated_quote_over_lines",
        input: "a\r\n\"b\r\nc\r\nd",
        error: .unterminatedQuote(at(2, 1), openedAtLine: 2, field: 1),
        description: "data.csv:2:1: error: unterminated quoted field (opened at line 2, field 1)"),
    QuotingErrorCase(
        name: "unterminated_quote_after_kanji",
        input: "幼稚園,\"276",
        error: .unterminatedQuote(at(1, 5), openedAtLine: 1, field: 2),
        description: "data.csv:1:5: error: unterminated quoted field (opened at line 1, field 2)"),
    QuotingErrorCase(
        name: "unterminated_after_doubled_quote",
        input: "\"a\"\"",
        error: .unterminatedQuote(at(1, 1), openedAtLine: 1, field: 1),
        description: "data.csv:1:1: error: unterminated quoted field (opened at line 1, field 1)"),
    QuotingErrorCase(
        name: "quote_in_unquoted_field",
        input: "a,b\"c",
        error: .quoteInUnquotedField(at(1, 4), record: 1, field: 2),
        description: "data.csv:1:4: error: record 1, field 2: quote inside an unquoted field (quote the whole field and double the quote)"),
    QuotingErrorCase(
        name: "quote_in_unquoted_field_after_lf",
        input: "a,b\nc,d\"e",
        error: .quoteInUnquotedField(at(2, 4), record: 2, field: 2),
        description: "data.csv:2:4: error: record 2, field 2: quote inside an unquoted field (quote the whole field and double the quote)"),
    QuotingErrorCase(
        name: "quote_in_unquoted_field_after_crlf",
        input: "a,b\r\nc,d\"e",
        error: .quoteInUnquotedField(at(2, 4), record: 2, field: 2),
        description: "data.csv:2:4: error: record 2, field 2: quote inside an unquoted field (quote the whole field and double the quote)"),
    QuotingErrorCase(
        name: "quote_in_unquoted_field_after_blank_crlf_lines",
        input: "a\r\n\r\n\r\n合計,1\"",
        error: .quoteInUnquotedField(at(4, 5), record: 2, field: 2),
        description: "data.csv:4:5: error: record 2, field 2: quote inside an unquoted field (quote the whole field and double the quote)"),
    QuotingErrorCase(
        name: "quote_in_unquoted_field_after_quoted_crlf",
        input: "\"a\"\r\nb\"",
        error: .quoteInUnquotedField(at(2, 2), record: 2, field: 1),
        description: "data.csv:2:2: error: record 2, field 1: quote inside an unquoted field (quote the whole field and double the quote)"),
    QuotingErrorCase(
        name: "quote_in_unquoted_field_after_embedded_crlf",
        input: "\"a\r\nbc\",d\"",
        error: .quoteInUnquotedField(at(2, 6), record: 1, field: 2),
        description: "data.csv:2:6: error: record 1, field 2: quote inside an unquoted field (quote the whole field and double the quote)"),
    QuotingErrorCase(
        name: "text_after_closing_quote",
        input: "\"a\"b,c",
        error: .textAfterClosingQuote(at(1, 4), record: 1, field: 1, found: "b"),
        description: "data.csv:1:4: error: record 1, field 1: found 'b' after a closing quote, expected a delimiter or a line end"),
    QuotingErrorCase(
        name: "kanji_after_closing_quote",
        input: "x\ny,\"小学校\"計",
        error: .textAfterClosingQuote(at(2, 8), record: 2, field: 2, found: "計"),
        description: "data.csv:2:8: error: record 2, field 2: found '計' after a closing quote, expected a delimiter or a line end"),
    QuotingErrorCase(
        name: "space_after_closing_quote",
        input: "\"a\" ,b",
        error: .textAfterClosingQuote(at(1, 4), record: 1, field: 1, found: " "),
        description: "data.csv:1:4: error: record 1, field 1: found ' ' after a closing quote, expected a delimiter or a line end"),
]

private func readError(_ input: String, chunking: Chunking) -> ReadError? {
    do {
        _ = try chunking.reader(Array(input.utf8)).readAll()
        return nil
    } catch {
        return error
    }
}

@Test(arguments: quotingErrorCases, Chunking.allCases)
func quotingError(_ testCase: QuotingErrorCase, chunking: Chunking) {
    let error = readError(testCase.input, chunking: chunking)
    #expect(error == testCase.error)
    #expect(error?.description == testCase.description)
}

@Test func readerErrorOnStandardInputNamesIt() {
    let reader = CSVReader(utf8: Array("a\"".utf8), delimiter: UInt8(ascii: ","), file: nil)
    #expect(throws: ReadError.quoteInUnquotedField(SourcePosition(file: nil, line: 1, column: 2), record: 1, field: 1)) {
        try reader.readAll()
    }
    #expect(ReadError.quoteInUnquotedField(SourcePosition(file: nil, line: 1, column: 2), record: 1, field: 1).description
        == "<stdin>:1:2: error: record 1, field 1: quote inside an unquoted field (quote the whole field and double the quote)")
}

// MARK: Field counts, from the table layer

private func tableError(_ input: String, file: String? = "table.csv") -> ReadError? {
    do {
        // A data row of the wrong width refuses the survey table; any other file is kept whole.
        let table = try DelimitedTable(input: DecodedInput(utf8: Array(input.utf8)), file: file)
        if table.layout.isSurveyTable { _ = try SurveyTable.read(table) }
        return nil
    } catch {
        return error
    }
}

@Test func tooFewFields() {
    // In a survey table every data row has the header's fields (any other file is kept as it is).
    let error = tableError("学校種,導入校数,導入率\n幼稚園,2,3\n小学校,5\n")
    #expect(error == .fieldCount(SourcePosition(file: "table.csv", line: 3, column: 1), record: 3, found: 2, expected: 3))
    #expect(error?.description == "table.csv:3:1: error: record 3: found 2 fields, expected 3 (as in the header)")
}

@Test func tooManyFieldsAfterTitleAndBlankLines() {
    // Records are counted without blank lines; lines are counted with them.
    let error = tableError("学校種別の内訳\r\n\r\n学校種,導入校数\r\n幼稚園,276\r\n\r\n小学校,7051,37.5%\r\n")
    #expect(error == .fieldCount(SourcePosition(file: "table.csv", line: 6, column: 1), record: 4, found: 3, expected: 2))
    #expect(error?.description == "table.csv:6:1: error: record 4: found 3 fields, expected 2 (as in the header)")
}

@Test func fieldCountLineAfterEmbeddedNewline() {
    let error = tableError("学校種,導入校数\n幼稚園,\"1\n\"\n小学校\t,2,3\n")
    #expect(error == .fieldCount(SourcePosition(file: "table.csv", line: 4, column: 1), record: 3, found: 3, expected: 2))
    #expect(error?.description == "table.csv:4:1: error: record 3: found 3 fields, expected 2 (as in the header)")
}

// MARK: Encodings

@Test func invalidUTF8Forced() {
    let bytes: [UInt8] = Array("a,b\nc,".utf8) + [0xFF] + Array("d\n".utf8)
    let error = #expect(throws: ReadError.self) {
        try DecodedInput(bytes: bytes, encoding: .utf8, file: "data.csv")
    }
    #expect(error == .invalidEncoding(SourcePosition(file: "data.csv", line: 2), encoding: .utf8, byteOffset: 6, bytes: [0xFF, 0x64]))
    #expect(error?.description == "data.csv:2: error: invalid UTF-8 byte sequence FF 64 at byte offset 6")
}

@Test func invalidUTF8AfterByteOrderMarkCountsTheMark() {
    // The offset is in the file as read, so the three bytes of the mark count.
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8) + [0xE3, 0x81]
    let error = #expect(throws: ReadError.self) {
        try DecodedInput(bytes: bytes, encoding: nil, file: "bom.csv")
    }
    #expect(error == .invalidEncoding(SourcePosition(file: "bom.csv", line: 3), encoding: .utf8, byteOffset: 9, bytes: [0xE3, 0x81]))
    #expect(error?.description == "bom.csv:3: error: invalid UTF-8 byte sequence E3 81 at byte offset 9")
}

@Test func invalidUTF8ThatIsValidShiftJISIsAcceptedOnlyWhenDetecting() throws {
    // 82 A0 is あ in CP932 but not UTF-8.
    let bytes: [UInt8] = Array("x,".utf8) + [0x82, 0xA0]
    #expect(try DecodedInput(bytes: bytes, encoding: nil, file: nil).encoding == .shiftJIS)
    let error = #expect(throws: ReadError.self) {
        try DecodedInput(bytes: bytes, encoding: .utf8, file: nil)
    }
    #expect(error?.description == "<stdin>:1: error: invalid UTF-8 byte sequence 82 A0 at byte offset 2")
}

@Test func invalidInBothEncodingsIsReportedAsUTF8() {
    let bytes: [UInt8] = Array("a\rb\r".utf8) + [0x80]
    let error = #expect(throws: ReadError.self) {
        try DecodedInput(bytes: bytes, encoding: nil, file: "x.csv")
    }
    #expect(error == .invalidEncoding(SourcePosition(file: "x.csv", line: 3), encoding: .utf8, byteOffset: 4, bytes: [0x80]))
    #expect(error?.description == "x.csv:3: error: invalid UTF-8 byte sequence 80 at byte offset 4")
}

@Test func invalidShiftJISForced() {
    // 82 is a lead byte; a space cannot follow it.
    let bytes: [UInt8] = Array("a\r\nb,".utf8) + [0x82, 0x20, 0x0D, 0x0A]
    let error = #expect(throws: ReadError.self) {
        try DecodedInput(bytes: bytes, encoding: .shiftJIS, file: "sjis.csv")
    }
    #expect(error == .invalidEncoding(SourcePosition(file: "sjis.csv", line: 2), encoding: .shiftJIS, byteOffset: 5, bytes: [0x82, 0x20]))
    #expect(error?.description == "sjis.csv:2: error: invalid Shift_JIS (CP932) byte sequence 82 20 at byte offset 5")
}

@Test func shiftJISLeadByteAtEndForced() {
    let bytes: [UInt8] = [0x95, 0x5C, 0x0A, 0x95]
    let error = #expect(throws: ReadError.self) {
        try DecodedInput(bytes: bytes, encoding: .shiftJIS, file: "sjis.csv")
    }
    #expect(error == .invalidEncoding(SourcePosition(file: "sjis.csv", line: 2), encoding: .shiftJIS, byteOffset: 3, bytes: [0x95]))
    #expect(error?.description == "sjis.csv:2: error: invalid Shift_JIS (CP932) byte sequence 95 at byte offset 3")
}

// MARK: No header, cannot open

@Test(arguments: ["", "\n", "\r\n\r\n", ",,\n"])
func noHeader(_ input: String) {
    let error = tableError(input, file: "empty.csv")
    if input == ",,\n" {
        // A line of delimiters is a header of empty names, not an absent header.
        #expect(error == nil)
    } else {
        #expect(error == .noHeader(file: "empty.csv"))
        #expect(error?.description == "empty.csv: error: no header row: the input is empty or holds no table")
    }
}

@Test func noHeaderOnStandardInput() {
    #expect(tableError("", file: nil)?.description == "<stdin>: error: no header row: the input is empty or holds no table")
}

@Test func cannotOpenMissingFile() {
    let error = #expect(throws: ReadError.self) {
        try DelimitedTable(path: "/nonexistent/x.csv")
    }
    #expect(error == .cannotOpen(file: "/nonexistent/x.csv", reason: "No such file or directory"))
    #expect(error?.description == "/nonexistent/x.csv: error: cannot read file: No such file or directory")
    #expect(error?.position == nil)
}

@Test func cannotReadDirectory() {
    let error = #expect(throws: ReadError.self) {
        try DelimitedTable(path: "/")
    }
    #expect(error?.description == "/: error: cannot read file: Is a directory")
}

// MARK: The remaining kinds' text

@Test func invalidValueAndHeaderText() {
    let position = SourcePosition(file: "r3.tsv", line: 10, column: 3)
    let invalid = ReadError.invalidValue(position, column: "導入校数", row: "小学校", found: "七千", expected: "a whole number")
    #expect(invalid.description == "r3.tsv:10:3: error: 導入校数 of '小学校' is '七千', expected a whole number")
    #expect(invalid.position == position)
    let header = ReadError.header(SourcePosition(file: nil, line: 2), message: "no column for 学校種")
    #expect(header.description == "<stdin>:2: error: no column for 学校種")
}
