import Testing
@testable import CSStats

/// Inputs the `recognition` fuzz target (Fuzz/recognition.swift) found; each is in Fuzz/corpus/recognition too.
@Suite struct LayoutFuzzRegressionTests {
    /// A header with a row label (school_type) and a reference date but no counts or rates is
    /// not a survey table; the layout kept the label column it had found (2) while its columns
    /// became those of the first wide record (2 of them), so `labelColumn` pointed past them.
    @Test func aFileThatIsNotASurveyTableHasNoLabelColumn() {
        let layout = Layout.recognize(records: [["a", "b"], ["c", "reference_date", "school_type"]], lines: [1, 2], file: "t.csv")
        #expect(layout.kind == .other)
        #expect(layout.notSurveyReason == "no column holds counts or rates (導入校数, 導入率, cs_schools, …)")
        #expect(layout.headerIndex == 0)
        #expect(layout.columns.map(\.header) == ["a", "b"])
        #expect(layout.labelColumn == nil)
    }

    /// A note dated before 昭和 (1010年5月1日現在, a typo for 2021) trapped in `SurveyYear`'s
    /// precondition while the year was looked for, so every command on the file crashed. Such a
    /// date is in no survey year: it is not a reference date, and the year comes from the title.
    @Test func aNoteDatedBeforeShowaIsNoReferenceDate() throws {
        let text = seedR3Table + seedR3SourceNote.replacingOccurrences(of: "2021年5月1日", with: "1010年5月1日") + "\n"
        #expect(text.contains("1010年5月1日現在"))
        let table = try DelimitedTable(input: DecodedInput(bytes: Array(text.utf8), encoding: nil, file: "r3.txt"), file: "r3.txt")
        #expect(table.layout.kind == .schoolType)
        #expect(table.layout.year == SurveyYear(gregorian: 2021))
        #expect(table.layout.yearSource == "title line 1")
        #expect(table.layout.referenceDate == nil)
        let read = try SurveyTable.read(table)
        #expect(read.count == 1)
        #expect(read.first?.referenceDate == nil)
    }

    /// Where the dates start: 1926年4月1日 opens 昭和元年度 (1926); 1926年3月31日 is in 1925's.
    @Test(arguments: [
        ("1926年4月1日現在", "1926-04-01"),
        ("1926年3月31日現在", nil),
        ("0001年1月1日現在", nil),
        ("令和3年5月1日現在", "2021-05-01"),
    ] as [(String, String?)])
    func referenceDates(text: String, iso: String?) {
        #expect(Layout.referenceDate(in: text)?.iso == iso)
        if iso != nil { #expect(Layout.referenceDate(in: text)?.fiscalYear.gregorian == Int(iso!.prefix(4))) }
    }

    /// A Shift_JIS file whose first non-ASCII character (○, 81 9B) ends the sample's last line:
    /// its bad UTF-8 byte was taken for a character cut by the sample's end, the sample was
    /// decoded as UTF-8 and failed, and the file was recognised as nothing from its first bytes
    /// (so commands did not count it as school-level records), while read whole it is one.
    @Test func aShiftJISCharacterBeforeTheSamplesLastLineEnd() throws {
        let bytes = Array("year,prefecture,municipality,school_type,school_id,cs,hq,similar\n2021,13,Chiyoda,E,S1,1,0,".utf8)
            + [0x81, 0x9B, 0x0A]
        let sample = try #require(Layout.recognize(sample: bytes, file: "s.csv", delimiter: nil))
        #expect(sample.kind == .schoolRecords)
        let whole = try DelimitedTable(input: DecodedInput(bytes: bytes, encoding: nil, file: "s.csv"), file: "s.csv")
        #expect(whole.encoding == .shiftJIS)
        #expect(whole.layout.kind == .schoolRecords)
    }

    /// A sample of one line that its end cuts inside a UTF-8 character (備考's 考, E8 80 83, cut
    /// after E8 80) is read without that character; it was refused as bad UTF-8.
    @Test func aSampleOfOneLineCutInsideACharacter() throws {
        let header = Array("年度,都道府県,市区町村,学校種,学校コード,CS導入,本部整備,類似の仕組み有無,備考".utf8)
        #expect(Array(header.suffix(3)) == [0xE8, 0x80, 0x83])
        let layout = try #require(Layout.recognize(sample: Array(header.dropLast()), file: "s.csv", delimiter: nil))
        #expect(layout.kind == .schoolRecords)
        #expect(layout.columns.last?.header == "備")
    }
}
