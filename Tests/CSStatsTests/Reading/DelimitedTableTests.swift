import Foundation
import Testing
@testable import CSStats

private let seedTable = seedR3Table

private let seedRows: [[String]] = [
    ["幼稚園", "276", "9.8%", "39", "553", "19.5%", "53"],
    ["小学校", "7,051", "37.5%", "1,167", "12,570", "66.9%", "793"],
    ["中学校", "3,339", "36.5%", "618", "5,625", "61.5%", "419"],
    ["義務教育学校", "95", "66.0%", "19", "101", "70.1%", "18"],
    ["高等学校", "805", "22.9%", "137", "435", "12.4%", "49"],
    ["中等教育学校", "4", "11.8%", "1", "2", "5.9%", "0"],
    ["特別支援学校", "286", "26.0%", "87", "185", "16.8%", "9"],
    ["合計", "11,856", "33.3%", "2,068", "19,471", "54.7%", "1,341"],
]

private func checkSeedTable(_ table: DelimitedTable) {
    #expect(table.titles == ["コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（令和3年度調査結果）"])
    #expect(table.groupHeader == [
        "",
        "コミュニティ・スクール", "コミュニティ・スクール", "コミュニティ・スクール",
        "地域学校協働本部", "地域学校協働本部", "地域学校協働本部",
    ])
    #expect(table.header == ["", "導入校数", "導入率", "増加校数 (前年度比)", "整備校数", "整備率", "増加校数 (前年度比)"])
    #expect(table.qualifiedHeader == [
        "",
        "コミュニティ・スクール 導入校数", "コミュニティ・スクール 導入率", "コミュニティ・スクール 増加校数 (前年度比)",
        "地域学校協働本部 整備校数", "地域学校協働本部 整備率", "地域学校協働本部 増加校数 (前年度比)",
    ])
    #expect(table.headerLine == 4)
    #expect(table.rows.map(\.fields) == seedRows)
    #expect(table.rows.map(\.line) == [5, 6, 7, 8, 9, 10, 11, 12])
    #expect(table.rows.last?.fields.first == "合計")
    #expect(table.footnotes == [
        "※ 幼稚園には幼稚園型認定こども園を含む。",
        "※ 学校数の母数は今回調査において教育委員会から回答のあった学校数としている。",
    ])
    #expect(table.delimiter == UInt8(ascii: "\t"))
}

@Test(arguments: [nil, "seed.txt"] as [String?])
func seedTableAsPrinted(file: String?) throws {
    // Neither no name nor a .txt name implies a delimiter, so it is sniffed.
    let table = try DelimitedTable(input: DecodedInput(bytes: Array(seedTable.utf8), encoding: nil, file: file), file: file)
    #expect(table.encoding == .utf8)
    checkSeedTable(table)
}

@Test func seedTableFieldPositions() throws {
    let table = try DelimitedTable(input: DecodedInput(utf8: Array(seedTable.utf8)), file: "seed.txt")
    // 小学校 (3) tab 7,051 (5) tab 37.5% (5) tab 1,167 (5) tab 12,570 (6) tab 66.9% (5) tab 793
    #expect(table.rows[1].columns == [1, 5, 11, 17, 23, 30, 36])
    #expect(table.position(row: 1, field: 6) == SourcePosition(file: "seed.txt", line: 6, column: 36))
    #expect(table.position(row: 1, field: 6).description == "seed.txt:6:36")
}

@Test func seedTableInCP932WithCRLFReadsIdentically() throws {
    // Foundation encodes the fixture; the decoder under test is CSStats' own detection.
    let crlf = seedTable.replacingOccurrences(of: "\n", with: "\r\n")
    let bytes = Array(crlf.data(using: .shiftJIS)!)
    #expect(bytes.count < crlf.utf8.count)
    let input = try DecodedInput(bytes: bytes, encoding: nil, file: "seed_sjis.txt")
    #expect(input.encoding == .shiftJIS)
    let table = try DelimitedTable(input: input, file: "seed_sjis.txt")
    #expect(table.encoding == .shiftJIS)
    checkSeedTable(table)
}

@Test func seedTableWithByteOrderMarkAndCRLFReadsIdentically() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(seedTable.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let table = try DelimitedTable(input: DecodedInput(bytes: bytes, encoding: nil, file: nil), file: nil)
    checkSeedTable(table)
}

@Test func seedTableFromAFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-readtests-\(getpid()).txt").path
    try Data(seedTable.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let table = try DelimitedTable(path: path)
    #expect(table.file == path)
    checkSeedTable(table)
}

// MARK: The flat reference CSV

private let referenceCSV = """
    year,school_type,cs_schools,cs_rate_pct,cs_increase,hq_schools,hq_rate_pct,hq_increase,both_schools,total_schools
    2023,幼稚園,341,14.0,16,,,,,
    2023,小学校,10812,58.6,1691,,,,,
    2023,中学校,5167,57.3,880,,,,,
    2023,義務教育学校,152,75.2,41,,,,,
    2023,高等学校,1144,33.2,169,,,,,
    2023,中等教育学校,8,22.9,1,,,,,
    2023,特別支援学校,511,45.7,116,,,,,
    2023,合計,18135,52.3,2914,21144,61.0,576,13486,34687

    """

@Test(arguments: [nil, "cs_by_school_type_2023.csv"] as [String?])
func referenceCSV(file: String?) throws {
    let table = try DelimitedTable(input: DecodedInput(bytes: Array(referenceCSV.utf8), encoding: nil, file: file), file: file)
    #expect(table.delimiter == UInt8(ascii: ","))
    #expect(table.titles == [])
    #expect(table.groupHeader == nil)
    #expect(table.header == [
        "year", "school_type", "cs_schools", "cs_rate_pct", "cs_increase",
        "hq_schools", "hq_rate_pct", "hq_increase", "both_schools", "total_schools",
    ])
    #expect(table.qualifiedHeader == table.header)
    #expect(table.headerLine == 1)
    #expect(table.rows.map(\.fields) == [
        ["2023", "幼稚園", "341", "14.0", "16", "", "", "", "", ""],
        ["2023", "小学校", "10812", "58.6", "1691", "", "", "", "", ""],
        ["2023", "中学校", "5167", "57.3", "880", "", "", "", "", ""],
        ["2023", "義務教育学校", "152", "75.2", "41", "", "", "", "", ""],
        ["2023", "高等学校", "1144", "33.2", "169", "", "", "", "", ""],
        ["2023", "中等教育学校", "8", "22.9", "1", "", "", "", "", ""],
        ["2023", "特別支援学校", "511", "45.7", "116", "", "", "", "", ""],
        ["2023", "合計", "18135", "52.3", "2914", "21144", "61.0", "576", "13486", "34687"],
    ])
    #expect(table.rows.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9])
    #expect(table.footnotes == [])
}

// MARK: Round trip through the CSV writer

private let roundTripRecords: [[String]] = [
    ["学校種", "note", "導入校数"],
    ["幼稚園", "say \"hi\"", "276"],
    ["小学校", "a,b", "7,051"],
    ["中学校", "line one\nline two", "3,339"],
    ["義務教育学校", "crlf\r\ninside", "95"],
    ["高等学校", "", "\"\""],
    ["中等教育学校", "\u{3000}全角　空白\u{3000}", "①髙表"],
    ["合計", ",\"\n", "11,856"],
]

private func rendered(_ records: [[String]], delimiter: UInt8) -> String {
    TextTable(columns: records[0].map { TextTable.Column(title: $0) }, rows: Array(records.dropFirst()))
        .renderDelimited(delimiter: delimiter)
}

@Test(arguments: [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")], Chunking.allCases)
func recordsRoundTrip(delimiter: UInt8, chunking: Chunking) throws {
    let text = rendered(roundTripRecords, delimiter: delimiter)
    let records = try chunking.reader(Array(text.utf8), delimiter: delimiter).readAll().map(\.fields)
    #expect(records == roundTripRecords)
}

@Test func tableRoundTrip() throws {
    let first = try DelimitedTable(input: DecodedInput(utf8: Array(seedTable.utf8)), file: nil)
    let text = TextTable(columns: first.header.map { TextTable.Column(title: $0) }, rows: first.rows.map(\.fields))
        .renderDelimited(delimiter: UInt8(ascii: ","))
    let second = try DelimitedTable(input: DecodedInput(utf8: Array(text.utf8)), file: "out.csv")
    #expect(second.header == ["", "導入校数", "導入率", "増加校数 (前年度比)", "整備校数", "整備率", "増加校数 (前年度比)"])
    #expect(second.rows.map(\.fields) == seedRows)
    #expect(second.titles == [])
    #expect(second.footnotes == [])
}

@Test func roundTripOfQuotedTable() throws {
    let text = rendered(roundTripRecords, delimiter: UInt8(ascii: ","))
    let table = try DelimitedTable(input: DecodedInput(utf8: Array(text.utf8)), file: "out.csv")
    #expect(table.header == roundTripRecords[0])
    #expect(table.rows.map(\.fields) == Array(roundTripRecords.dropFirst()))
    #expect(table.rows.map(\.line) == [2, 3, 4, 6, 8, 9, 10])
}

@Test func loneEmptyFieldRoundTrip() throws {
    // A one-column record whose only field is empty must survive the trip as [""].
    let text = rendered([["a"], [""], ["b"]], delimiter: UInt8(ascii: ","))
    let records = try Chunking.whole.reader(Array(text.utf8)).readAll().map(\.fields)
    #expect(records == [["a"], [""], ["b"]])
}

// MARK: Table shape

@Test func titlesBlankLinesAndFootnotesInCSV() throws {
    let text = "令和3年度\n単位：校\n\n学校種,導入校数,導入率\n幼稚園,276,9.8%\n合計,\"11,856\",33.3%\n,,\n注1 幼稚園を含む,,\n資料：文部科学省\n"
    let table = try DelimitedTable(input: DecodedInput(utf8: Array(text.utf8)), file: "t.csv")
    #expect(table.titles == ["令和3年度", "単位：校"])
    #expect(table.groupHeader == nil)
    #expect(table.header == ["学校種", "導入校数", "導入率"])
    #expect(table.headerLine == 4)
    #expect(table.rows.map(\.fields) == [["幼稚園", "276", "9.8%"], ["合計", "11,856", "33.3%"]])
    #expect(table.footnotes == ["注1 幼稚園を含む", "資料：文部科学省"])
}

// MARK: Delimiters

@Test(arguments: [
    ("a,b\n1,2\n", UInt8(ascii: ",")),
    ("a\tb\n1\t2\n", UInt8(ascii: "\t")),
    ("a;b\n1;2\n", UInt8(ascii: ";")),
    ("学校種\t導入校数\n小学校\t7,051\n合計\t11,856\n幼稚園\t276\n", UInt8(ascii: "\t")),
    ("a;b;c\n\"1,5\";2;3\n\"2,5\";3;4\n", UInt8(ascii: ";")),
    ("only\n", UInt8(ascii: ",")),
    ("", UInt8(ascii: ",")),
] as [(String, UInt8)])
func sniffs(_ text: String, _ delimiter: UInt8) {
    #expect(Delimiter.sniff(Array(text.utf8)) == delimiter)
}

@Test(arguments: [
    // A .csv name is sniffed, not trusted: it may hold ; (Excel in some locales) or tabs.
    ("data.csv", nil), ("DATA.CSV", nil), ("r3.tsv", UInt8(ascii: "\t")),
    ("r3.tab", UInt8(ascii: "\t")), ("seed.txt", nil), ("csv", nil),
] as [(String, UInt8?)])
func delimiterForPath(_ path: String, _ delimiter: UInt8?) {
    #expect(Delimiter.forPath(path) == delimiter)
}

@Test(arguments: [
    ("tab", UInt8(ascii: "\t")), ("\\t", UInt8(ascii: "\t")), ("\t", UInt8(ascii: "\t")), ("TAB", UInt8(ascii: "\t")),
    ("comma", UInt8(ascii: ",")), (",", UInt8(ascii: ",")), ("semicolon", UInt8(ascii: ";")), (";", UInt8(ascii: ";")),
    ("pipe", UInt8(ascii: "|")), ("|", UInt8(ascii: "|")), ("colon", nil), ("", nil), (",,", nil),
    // Any single punctuation character, but not a quote, a line break, a letter or a digit.
    (":", UInt8(ascii: ":")), ("\"", nil), ("\n", nil), ("x", nil), ("7", nil), ("、", nil),
] as [(String, UInt8?)])
func delimiterNames(_ text: String, _ delimiter: UInt8?) {
    #expect(Delimiter.parse(text) == delimiter)
}

@Test func givenDelimiterOverridesExtension() throws {
    let table = try DelimitedTable(input: DecodedInput(utf8: Array("a;b\n1,5;2\n".utf8)), delimiter: UInt8(ascii: ";"), file: "x.csv")
    #expect(table.header == ["a", "b"])
    #expect(table.rows.map(\.fields) == [["1,5", "2"]])
}
