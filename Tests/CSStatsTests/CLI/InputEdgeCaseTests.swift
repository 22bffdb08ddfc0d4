import Foundation
import Testing
@testable import CSStats
@testable import cs_stats

// Inputs at the edges of what the survey commands accept: school-level files missing a flag
// column, with bad records, header-only or in CP932, and published files of several years.
// Expected values are counted by hand from the few rows written here.

private let schoolHeader = "year,prefecture,school_type,school_id,cs,hq,similar\n"

@Test func aBadSchoolRecordIsAFindingOfCheck() {
    // Line 3 holds cs = 2, which is no flag.
    let path = temporaryFile(schoolHeader + "2021,東京都,小学校,A1,1,0,0\n2021,東京都,小学校,A2,2,0,0\n", name: "bad.csv")
    let r = runCLI(["check", path])
    #expect(r.code == 1)
    #expect(r.err == "\(path):3: error: cs is '2', expected a flag (0/1, yes/no, ○/×, 有/無)\n1 error\n")
}

@Test func aFileWithoutAnHQColumnSaysNothingOfHQ() {
    // Two schools, one with CS: 1 of 2 = 50.0%. No hq or similar column: unknown, not 0.
    let path = temporaryFile("year,prefecture,school_type,school_id,cs\n2021,東京都,小学校,A1,1\n2021,東京都,小学校,A2,0\n", name: "nohq.csv")
    let csv = runCLI(["aggregate", path, "--by", "year,school-type", "--format", "csv"])
    #expect(csv.code == 0)
    #expect(csv.out == """
        year,school_type,total_schools,cs_schools,hq_schools,both_schools,similar_schools,cs_rate_pct,hq_rate_pct,both_rate_pct
        2021,小学校,2,1,,,,50.0,,

        """)
    let summary = runCLI(["summary", path])
    #expect(summary.code == 0)
    #expect(summary.out.contains("コミュニティ・スクール  1 (50.0%)"))
    #expect(!summary.out.contains("地域学校協働本部  "))
}

@Test(arguments: ["summary", "table", "overlap", "growth", "denominators"])
func aHeaderOnlySchoolFileIsAnError(command: String) {
    let path = temporaryFile(schoolHeader, name: "header-only.csv")
    let r = runCLI([command, path])
    #expect(r.code == 65)
    #expect(r.err == "error: \(path): no school records after the header; nothing to count\n")
}

@Test func aShortCP932SchoolFileEndingInAMarkIsCP932() throws {
    // The whole file is the sample: its last byte ends ○ (81 9B), not a UTF-8 character cut off.
    let text = schoolHeader + "2021,大阪府,中学校,B1,○,×,×\n2021,大阪府,中学校,B2,×,○,×\n"
    let bytes = try #require(text.data(using: .shiftJIS))
    let path = temporaryFile(bytes: [UInt8](bytes), name: "sjis.csv")
    let r = runCLI(["aggregate", path, "--by", "prefecture", "--format", "csv"])
    #expect(r.code == 0)
    // 2 schools, CS 1, HQ 1, both 0, similar 0: 50.0%, 50.0%, 0.0%.
    #expect(r.out.hasSuffix("大阪府,2,1,1,0,0,50.0,50.0,0.0\n"))
}

@Test func invalidUTF8IsReportedAtItsOffset() {
    // Neither UTF-8 nor Shift_JIS: FF FE at byte 52 (the header is 51 characters and a line feed:
    // year, 5 + prefecture, 11 + school_type, 12 + school_id, 10 + cs, 3 + hq, 3 + similar 7).
    var bytes = Array(schoolHeader.utf8)
    bytes += [0xFF, 0xFE] + Array(",東京都,小学校,A1,1,0,0\n".utf8)
    let path = temporaryFile(bytes: bytes, name: "broken.csv")
    let r = runCLI(["aggregate", path])
    #expect(r.code == 65)
    #expect(r.err == "\(path):2: error: invalid UTF-8 byte sequence FF FE at byte offset 52\n")
}

@Test func previousWithoutTheYearBeforeIsAWarning() {
    // The previous file holds 2019 and 2023, neither the year before 2021.
    let previous = temporaryFile(
        r3Lines[0] + "\n" + r3Lines.dropFirst().map { $0.replacingOccurrences(of: "2021,2021-05-01", with: "2019,2019-05-01") }.joined(separator: "\n")
            + "\n" + r3Lines.dropFirst().map { $0.replacingOccurrences(of: "2021,2021-05-01", with: "2023,2023-05-01") }.joined(separator: "\n") + "\n",
        name: "previous.csv")
    let r = runCLI(["check", dataPath("cs_r3_2021.csv"), "--previous", previous])
    #expect(r.code == 0)
    #expect(r.err.hasSuffix("warning: the previous table is 令和元年度, not the year before 令和3年度; increases were not compared with it\n1 warning\n"))
}

@Test func aBadRowInOneYearLeavesTheOtherYearsSumsChecked() {
    // R3 with 合計 CS 11,857 (the rows add up to 11,856), and an R2 row whose count is text.
    let r3 = mutatedR3(line: 9, "2021,2021-05-01,合計,,11857,33.3,2068,19471,54.7,1341,8528,6859")
    let text = r3 + "2020,2020-07-01,小学校,,abc,31.0,1266,,,,,\n"
    let path = temporaryFile(text, name: "two-years.csv")
    let r = runCLI(["check", path])
    #expect(r.code == 1)
    #expect(r.err == """
        \(path):10:22: error: cs_schools 'abc' is not a whole number of schools
        \(path):9:21: error: 合計 導入校数 is 11,857 but the rows add up to 11,856
        2 errors

        """)
}

@Test func aRowOfNoSchoolsBoundsItsDenominatorToZero() {
    // 2021: 小学校 2 schools, 特別支援学校 1; 2022: 小学校 3 and no 特別支援学校 (a row of 0).
    let path = temporaryFile(schoolHeader + """
        2021,東京都,小学校,A1,1,0,0
        2021,東京都,小学校,A2,0,1,0
        2021,東京都,特別支援学校,A3,1,1,0
        2022,東京都,小学校,A1,1,0,0
        2022,東京都,小学校,A2,1,1,0
        2022,東京都,小学校,A4,0,0,1

        """, name: "zero.csv")
    let r = runCLI(["denominators", path, "--year", "2022", "--format", "csv"])
    #expect(r.code == 0)
    #expect(r.out.contains("特別支援学校,0,"))
    #expect(r.out.contains("consistent"))
    #expect(!r.out.contains("inconsistent"))
}

@Test func growthTakesTheYearBeforeFromASeveralYearPrevious() {
    // PREVIOUS holds R1 (2019, its counts = R2's, only relabelled) and R2: R2 is the year before R3.
    let r2 = (try? String(contentsOfFile: dataPath("cs_r2_2020.csv"), encoding: .utf8)) ?? ""
    let r1 = r2.split(separator: "\n").dropFirst().map { $0.replacingOccurrences(of: "2020,2020-07-01", with: "2019,2019-05-01") }.joined(separator: "\n")
    let previous = temporaryFile(r2 + r1 + "\n", name: "r1r2.csv")
    let r = runCLI(["growth", dataPath("cs_r3_2021.csv"), previous, "--format", "csv"])
    #expect(r.code == 0)
    // 幼稚園: 276 − 237 = 39, 39/237 = 16.46% → 16.5, 9.8 − 7.8 = +2.0 points.
    #expect(r.out.contains("幼稚園,237,276,39,16.5,+2.0\n"))
}

@Test func aBadYearIsOneUsageError() {
    let r = runCLI(["check", dataPath("cs_r2_2020.csv"), dataPath("cs_r3_2021.csv"), "--year", "x"])
    #expect(r.code == 64)
    #expect(r.err == """
        Error: --year expects a survey year (2021, 令和3年度, R3); found 'x'
        Usage: cs-stats check [<options>] FILE ...
          See 'cs-stats check --help' for more information.

        """)
}

@Test func swappedRatesFromTheCommandLine() {
    let text = mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,276,37.5,39,553,19.5,53,155,431")
        .replacingOccurrences(of: ",7051,37.5,", with: ",7051,9.8,")
    let path = temporaryFile(text, name: "swapped.csv")
    let r = runCLI(["check", path])
    #expect(r.code == 1)
    // cs_rate_pct starts at column 26: "2021," 5 + "2021-05-01," 11 + "幼稚園," 4 + "," 1 + "276," 4.
    #expect(r.err == "\(path):2:26: error: 幼稚園 and 小学校 導入率 look swapped: 幼稚園 prints 37.5% and 小学校 9.8% (line 3), and only the other way round do both fit their counts\n1 error\n")
}

@Test func outputFileExtensionChoosesTheFormat() throws {
    let path = NSTemporaryDirectory() + "cs-stats-\(UUID().uuidString).csv"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let r = runCLI(["summary", "-o", path])
    #expect(r.code == 0)
    #expect(r.out == "")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    // The seed's 幼稚園: 276, 9.8, +39, previous 276 − 39 = 237; HQ 553, 19.5, 53, 553 − 53 = 500.
    #expect(written.hasPrefix("school_type,cs_schools,cs_rate_pct,cs_increase,cs_previous,hq_schools,hq_rate_pct,hq_increase,hq_previous\n幼稚園,276,9.8,39,237,553,19.5,53,500\n"))
}

@Test func summaryOfAPrefectureTableSaysSoAndKeepsItsMarks() {
    // 秋田県 prints － for its count and its rate; 北海道 prints its 母数.
    let path = temporaryFile("""
        都道府県,学校数,導入校数,導入率
        北海道,"1,274","1,213",95.2%
        秋田県,"1,362",－,－
        合計,"2,636","1,213",46.0%

        """, name: "pref.csv")
    let r = runCLI(["summary", path])
    #expect(r.code == 0)
    #expect(r.out.hasPrefix("都道府県別の導入・整備状況\n"))
    #expect(r.out.contains("都道府県  母数 (学校数)  導入校数  導入率"))
    #expect(r.out.contains("秋田県            1,362        －      －"))
    let table = runCLI(["table", path, "--by", "prefecture"])
    #expect(table.out.contains("設置なし"))
}

@Test func aSemicolonFileNamedCSVIsSniffed() {
    // ; three times per line, , once (inside a number written 2,5): the steady one is the delimiter.
    let path = temporaryFile("a;b;c\n1;2,5;3\n4;5;6\n", name: "semi.csv")
    let r = runCLI(["view", path, "--format", "csv"])
    #expect(r.code == 0)
    #expect(r.out == "a,b,c\n1,\"2,5\",3\n4,5,6\n")
}

@Test func viewJSONKeysAreUniqueAndCodesKeepTheirZeros() throws {
    // A repeated header name becomes a_2; the survey table's code 01 stays a string.
    let dup = runCLI(["view", temporaryFile("a,a,b\n1,2,3\n", name: "dup.csv"), "--format", "json"])
    let rows = try #require((try JSONSerialization.jsonObject(with: Data(dup.out.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
    #expect(rows.first?["a"] as? String == "1")
    #expect(rows.first?["a_2"] as? String == "2")
    let pref = runCLI(["view", temporaryFile("コード,都道府県,導入校数\n01,北海道,\"1,213\"\n", name: "code.csv"), "--format", "json"])
    let first = try #require(((try JSONSerialization.jsonObject(with: Data(pref.out.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])?.first)
    #expect(first["コード"] as? String == "01")
    #expect(first["導入校数"] as? Int == 1213)
}

@Test func municipalitiesAreGroupedWithTheirPrefectureAndTrimmed() {
    // 府中市 is in 東京都 and in 広島県; "府中市 " (a trailing space) is Tokyo's 府中市 again.
    let path = temporaryFile("""
        year,prefecture,municipality,school_type,school_id,cs,hq
        2021,東京都,府中市,小学校,A1,1,0
        2021,広島県,府中市,小学校,A2,0,1
        2021,東京都,府中市 ,小学校,A3,1,1

        """, name: "fuchu.csv")
    let r = runCLI(["aggregate", path, "--by", "municipality", "--format", "csv"])
    #expect(r.code == 0)
    // 東京都 府中市: 2 schools, CS 2, HQ 1, both 1 (100.0%, 50.0%, 50.0%); 広島県: 1, 0, 1, 0.
    #expect(r.out == """
        prefecture,municipality,total_schools,cs_schools,hq_schools,both_schools,similar_schools,cs_rate_pct,hq_rate_pct,both_rate_pct
        東京都,府中市,2,2,1,1,,100.0,50.0,50.0
        広島県,府中市,1,0,1,0,,0.0,100.0,0.0

        """)
    let none = runCLI(["aggregate", temporaryFile("year,prefecture,school_type,school_id,cs\n2021,東京都,小学校,A1,1\n", name: "nomuni.csv"), "--by", "municipality"])
    #expect(none.code == 65)
    #expect(none.err.hasSuffix("error: cannot group by municipality: the file has no municipality column\n"))
}

@Test func anUncheckedFileIsAnnotatedForGitHub() {
    let r = runCLI(["check", dataPath("cs_r3_2021.csv"), "/nonexistent/r4.csv", "--format", "github"])
    #expect(r.code == 66)
    #expect(r.out == "::error file=/nonexistent/r4.csv::cannot read file: No such file or directory\n1 file not checked; no findings in the others\n")
}

@Test func convertingToCSVSaysWhatIsLeftOut() {
    let console = Console.captured(input: Array(seedR3Table.utf8))
    #expect(CLI.run(arguments: ["view", "-", "--format", "csv"], console: console) == 0)
    #expect(console.standardError == "note: 1 title line, 2 notes are not written in CSV (every data row is); --raw writes every record (the first title: 'コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（令和3年度調査結果）'); add a year column if the title names the survey year\n")
}

@Test(arguments: [([String: String](), true), (["NO_COLOR": ""], true), (["NO_COLOR": "1"], false), (["TERM": "dumb"], false)])
func colourOnlyOnACapableTerminal(environment: [String: String], coloured: Bool) {
    let console = Console.captured(environment: environment, terminal: true)
    #expect(CLI.run(arguments: ["summary"], console: console) == 0)
    #expect(console.standardOutput.contains("\u{1B}[") == coloured)
}

@Test func aPlaceholderRateBesideAPrintedCountIsAFinding() {
    // 中等教育学校 prints its CS count 4 but x for its rate.
    let path = temporaryFile(mutatedR3(line: 7, "2021,2021-05-01,中等教育学校,,4,x,1,2,5.9,0,0,7"), name: "rate-x.csv")
    let r = runCLI(["check", path])
    #expect(r.code == 1)
    #expect(r.err.contains("\(path):7:"))
    #expect(r.err.contains("中等教育学校 導入率 is confidential (x) though its count 4 is printed"))
    #expect(r.err.hasSuffix("1 error\n"))
}

@Test func anEmptyCountLeavesTheTotalUncheckedWithAWarning() {
    // 中等教育学校 leaves 導入校数 empty: the rows cannot be added up to 合計's 11,856.
    let path = temporaryFile(mutatedR3(line: 7, "2021,2021-05-01,中等教育学校,,,11.8,1,2,5.9,0,0,7"), name: "empty-count.csv")
    let r = runCLI(["check", path])
    #expect(r.code == 0)
    #expect(r.err == "\(path):9:21: warning: 合計 導入校数 cannot be checked against the rows: 中等教育学校 prints none\n1 warning\n")
}

@Test func recordsHaveNoChangeOfScopeAtR3() {
    // HQ 2020 → 2021 from records: 1 school then 2; the 合計 is differenced (+1), not 比較不可.
    let path = temporaryFile("""
        year,prefecture,school_type,school_id,cs,hq
        2020,東京都,小学校,A1,1,1
        2020,東京都,小学校,A2,0,0
        2021,東京都,小学校,A1,1,1
        2021,東京都,小学校,A2,0,1

        """, name: "scope.csv")
    let r = runCLI(["growth", path, "--measure", "hq", "--format", "csv"])
    #expect(r.code == 0)
    #expect(r.err == "")
    // 1 → 2: +1, 1/1 = 100.0%, 50.0% → 100.0%: +50.0 points.
    #expect(r.out.contains("合計,1,2,1,100.0,+50.0\n"))
}
