import Foundation
import Testing
@testable import CSStats

// One test per case of the school-level issue ("every column understood, every school counted
// once, nothing guessed"). Counts are worked out by hand from the few rows each file holds.

/// `aggregate --format csv` of a file: the data lines (after the header), or the error.
private func aggregateCSV(_ text: String, name: String = "schools.csv", _ options: [String] = []) -> (code: Int32, lines: [String], err: String) {
    let path = temporaryFile(text, name: name)
    let r = runCLI(["aggregate", path, "--by", "school-type", "--format", "csv"] + options)
    return (r.code, Array(r.out.split(separator: "\n").dropFirst().map(String.init)), r.err)
}

// MARK: 1. Flag headers people write

@Test(arguments: [
    ("CS導入", "本部整備"), ("学校運営協議会設置", "地域学校協働本部整備"), ("コミュニティ・スクール導入", "本部整備状況"),
    ("CS導入状況", "HQ整備"), ("is_cs", "has_hq"),
])
func flagHeadersByWhatTheyMean(cs: String, hq: String) {
    // 小学校: A (cs, hq), B (cs), C (hq): 3 schools, cs 2, hq 2, both 1.
    let r = aggregateCSV("学校コード,学校種,\(cs),\(hq)\nA,小学校,1,1\nB,小学校,1,0\nC,小学校,0,1\n")
    #expect(r.code == 0, "\(r.err)")
    #expect(r.lines == ["小学校,3,2,2,1,,66.7,66.7,33.3"], "\(cs), \(hq)")
}

@Test func aColumnNotUnderstoodIsSaidAndFailsStrictCheck() {
    let path = temporaryFile("学校コード,学校種,類似,CS導入予定\nA,小学校,1,1\n", name: "schools.csv")
    let r = runCLI(["aggregate", path])
    #expect(r.err.contains("column 4 'CS導入予定': not a school-level column; not used"))
    #expect(runCLI(["check", "--strict", path]).code == 1)
}

// MARK: 2. One school id written two ways

@Test(arguments: ["B113220000032 ", "Ｂ１１３２２０００００３２", "b113220000032", "'B113220000032"])
func oneIDWrittenTwoWaysIsOneSchool(second: String) {
    let r = aggregateCSV("学校コード,学校種,CS\nB113220000032,小学校,1\n\(second),小学校,1\n")
    #expect(r.code == 65)
    #expect(r.err.contains("school id 'B113220000032'") && r.err.contains("appears again"), "\(r.err)")
}

@Test func anIDInHalfWidthKatakanaIsTheSameSchoolInFullWidth() throws {
    // ｶﾞｯｺｳ1 (half width, as an old system exports) and ガッコウ1 are one school: a duplicate.
    let text = "学校コード,学校種,CS\nガッコウ1,小学校,1\nｶﾞｯｺｳ1,小学校,0\n"
    let r = aggregateCSV(text)
    #expect(r.code == 65)
    #expect(r.err.contains("appears again"), "\(r.err)")
    // The same in Shift_JIS, where half-width katakana are single bytes.
    let sjis = [UInt8](try #require(text.data(using: .shiftJIS)))
    let path = temporaryFile(bytes: sjis, name: "schools-sjis.csv")
    let s = runCLI(["aggregate", path, "--by", "school-type", "--format", "csv"])
    #expect(s.code == 65)
    #expect(s.err.contains("appears again"), "\(s.err)")
    // A kana with a combining ゛ (as a Mac writes it) is the composed kana.
    let decomposed = aggregateCSV("学校コード,学校種,CS\nが1,小学校,1\nか\u{3099}1,小学校,0\n")
    #expect(decomposed.code == 65)
    #expect(decomposed.err.contains("appears again"), "\(decomposed.err)")
    // So is an e with a combining acute the é written composed; É is another school's id
    // (only ASCII letters fold case).
    let accent = aggregateCSV("学校コード,学校種,CS\ncaf\u{E9},小学校,1\ncafe\u{301},小学校,0\n")
    #expect(accent.code == 65)
    #expect(accent.err.contains("appears again"), "\(accent.err)")
    #expect(aggregateCSV("学校コード,学校種,CS\ncafe\u{301},小学校,1\nCAF\u{C9},小学校,0\n").lines == ["小学校,2,1,,,,50.0,,"])
    // Different kana stay different schools: カ1 and ガ1.
    #expect(aggregateCSV("学校コード,学校種,CS\nｶ1,小学校,1\nｶﾞ1,小学校,0\n").lines == ["小学校,2,1,,,,50.0,,"])
}

// MARK: 3. Subtotal rows

@Test func subtotalRowsAreNotSchools() {
    let text = "学校コード,学校名,市区町村,学校種,CS\nA,A小,檜原村,小学校,1\n,小計,檜原村,,1\nB,B小,奥多摩町,小学校,0\n,,檜原村 計,,1\n合計,,,,2\n"
    let refused = aggregateCSV(text)
    #expect(refused.code == 65)
    #expect(refused.err.contains("a subtotal row ('小計'), not a school"))
    // Skipped, they are said and do not count against --max-skipped: 2 schools, 1 with CS.
    let skipped = aggregateCSV(text, ["--skip-invalid"])
    #expect(skipped.code == 0, "\(skipped.err)")
    #expect(skipped.lines == ["小学校,2,1,,,,50.0,,"])
    #expect(skipped.err.contains("skipped 3 records with subtotal row (lines 3, 5, 6)"))
}

@Test func theSkippedShareIsOfSchoolsNotSubtotalRows() {
    // Six records: A, a 小計 row, B, C (flag 'x'), D, a 合計 row. One school of four is lost:
    // 25%, not 1 of 6 (16.7%). Past 20% it fails; at 25% (not more) it counts A, B, D: 2 of 3 with CS.
    let text = "学校コード,学校名,市区町村,学校種,CS\nA,A小,檜原村,小学校,1\n,小計,檜原村,,1\nB,B小,奥多摩町,小学校,0\nC,C小,奥多摩町,小学校,x\nD,D小,奥多摩町,小学校,1\n合計,,,,2\n"
    let refused = aggregateCSV(text, ["--skip-invalid", "--max-skipped", "20"])
    #expect(refused.code == 65)
    #expect(refused.err.contains("1 of 4 records (subtotal rows aside) were skipped as invalid (25.0%, more than --max-skipped 20%)"), "\(refused.err)")
    let allowed = aggregateCSV(text, ["--skip-invalid", "--max-skipped", "25"])
    #expect(allowed.code == 0, "\(allowed.err)")
    #expect(allowed.lines == ["小学校,3,2,,,,66.7,,"])
}

@Test func theSkippedShareShowsTheDecimalsThatSetItApartFromTheLimit() {
    // 1 bad flag in 199 schools: 0.5025…%, more than 0.5%; "0.5%" would read as the limit itself.
    let text = "学校コード,学校種,CS\n" + (1...199).map { "A\($0),小学校,\($0 == 7 ? "x" : "1")" }.joined(separator: "\n") + "\n"
    let refused = aggregateCSV(text, ["--skip-invalid", "--max-skipped", "0.5"])
    #expect(refused.code == 65)
    #expect(refused.err.contains("1 of 199 records were skipped as invalid (0.503%, more than --max-skipped 0.5%)"), "\(refused.err)")
    // The limit is a plain percent, with or without its sign, from 0 to 100.
    for bad in ["-1", "101", "abc", "0.0000001"] {
        #expect(aggregateCSV(text, ["--skip-invalid", "--max-skipped", bad]).err.contains("--max-skipped expects a percent from 0 to 100"), "\(bad)")
    }
    #expect(aggregateCSV(text, ["--skip-invalid", "--max-skipped", "0.6%"]).lines == ["小学校,198,198,,,,100.0,,"])
}

@Test func aSubtotalWithAnIdeographicSpaceAfterItIsNoSchool() throws {
    // 小計 with an ideographic space after it, in the id column and in the municipality column,
    // in UTF-8 and in Shift_JIS: subtotal rows, not a third and a fourth school.
    let text = "学校コード,市区町村,学校種,CS\nA1,檜原村,小学校,1\n小計\u{3000},檜原村,小学校,1\nＡ２,檜原村,小学校,0\n,檜原村 計\u{3000}\u{3000},小学校,1\n"
    let refused = aggregateCSV(text)
    #expect(refused.code == 65)
    #expect(refused.err.contains("line 3") || refused.err.contains(":3:"), "\(refused.err)")
    #expect(refused.err.contains("a subtotal row ('小計')"), "\(refused.err)")
    let skipped = aggregateCSV(text, ["--skip-invalid"])
    #expect(skipped.code == 0, "\(skipped.err)")
    #expect(skipped.lines == ["小学校,2,1,,,,50.0,,"])
    #expect(skipped.err.contains("skipped 2 records with subtotal row (lines 3, 5)"), "\(skipped.err)")
    let sjis = [UInt8](try #require(text.data(using: .shiftJIS)))
    let path = temporaryFile(bytes: sjis, name: "subtotals-sjis.csv")
    let r = runCLI(["aggregate", path, "--by", "school-type", "--format", "csv", "--skip-invalid"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.hasSuffix("小学校,2,1,,,,50.0,,\n"), "\(r.out)")
    #expect(r.err.contains("skipped 2 records with subtotal row (lines 3, 5)"), "\(r.err)")
}

// MARK: 4. Roles chosen by name

@Test func theSchoolCodeIsTheIDNotASerialColumn() {
    // ID restarts per type (1, 2, 1); the 学校コード are distinct: three schools, not a duplicate.
    let restarts = aggregateCSV("ID,学校種,学校コード,CS\n1,小学校,B1,1\n2,小学校,B2,0\n1,中学校,C1,1\n")
    #expect(restarts.code == 0, "\(restarts.err)")
    #expect(restarts.lines == ["小学校,2,1,,,,50.0,,", "中学校,1,1,,,,100.0,,"])
    #expect(restarts.err.contains("column 1 'ID': '学校コード' (column 3) names the same role better; not used"))
    // A serial No beside a repeated 学校コード: the repeat is caught.
    let repeated = aggregateCSV("No,学校コード,学校種,CS\n1,B1,小学校,1\n2,B1,小学校,1\n")
    #expect(repeated.code == 65)
    #expect(repeated.err.contains("school id 'B1' appears again"))
}

@Test func municipalityBeforeEstablisher() {
    let path = temporaryFile("学校コード,設置者,市区町村,都道府県,学校種,CS\nA,市立,千葉市,千葉県,小学校,1\nB,町立,酒々井町,千葉県,小学校,0\n", name: "schools.csv")
    let r = runCLI(["aggregate", path, "--by", "municipality", "--format", "csv"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("千葉市") && r.out.contains("酒々井町") && !r.out.contains("市立"))
}

// MARK: 5. ○ with a blank for "no"

@Test func circleAndBlankNeedsItsOption() {
    // 5 schools: CS ○○○ (3), HQ ○○○ (3), both 2 → 60/60/40%.
    let text = "学校コード,学校種,CS,HQ\nA,小学校,○,○\nB,小学校,○,\nC,小学校,○,○\nD,小学校,,○\nE,小学校,,\n"
    let refused = aggregateCSV(text)
    #expect(refused.code == 65)
    #expect(refused.err.contains("--blank-is-no"))
    let read = aggregateCSV(text, ["--blank-is-no"])
    #expect(read.lines == ["小学校,5,3,3,2,,60.0,60.0,40.0"])
    // --skip-invalid would count part of the file: past --max-skipped (1%), it fails.
    let skipped = aggregateCSV(text, ["--skip-invalid"])
    #expect(skipped.code == 65)
    #expect(skipped.err.contains("3 of 5 records were skipped as invalid (60.0%, more than --max-skipped 1%"))
}

// MARK: 6. Titles above the header; no id column

@Test func aTitleAboveTheHeaderIsReadPast() {
    let r = aggregateCSV("令和3年度 学校別一覧,,\n学校コード,学校種,CS\nA,小学校,1\nB,小学校,0\n")
    #expect(r.code == 0, "\(r.err)")
    #expect(r.lines == ["小学校,2,1,,,,50.0,,"])
}

@Test(arguments: ["summary", "table", "growth", "check", "aggregate"])
func aSchoolFileWithoutAnIDIsNeverAPublishedTable(command: String) {
    let path = temporaryFile("学校名,学校種,CS導入\nA小,小学校,1\nB小,小学校,0\n", name: "schools.csv")
    let r = runCLI([command, path])
    #expect(r.code == 65, "\(command)")
    #expect(r.err.contains("lacks a school id (学校コード, 学校番号, school_id, id)"), "\(command): \(r.err)")
}

// MARK: 7. check reports every bad record, and --strict fails on skipped ones

@Test func checkReportsEveryBadRecord() {
    let path = temporaryFile("学校コード,学校種,CS\nA,小学校,2\nB,大学校,1\nC,小学校,x\nD,小学校,1\nE,中学較,1\nF,小学校,9\n", name: "schools.csv")
    let r = runCLI(["check", path])
    #expect(r.code == 1)
    #expect(r.err.hasSuffix("5 errors\n"), "\(r.err)")
    let skipped = runCLI(["check", "--skip-invalid", "--strict", path])
    #expect(skipped.code == 1)
    #expect(skipped.err.hasSuffix("5 warnings\n"), "\(skipped.err)")
}

// MARK: 8. Years outside the survey

@Test func aYearOutsideTheSurveyIsRefused() {
    let r = aggregateCSV("年度,学校コード,学校種,CS\n2201,A,小学校,1\n")
    #expect(r.code == 65)
    #expect(r.err.contains("year '2201' (2201) is outside the survey's years (2004–"))
}

// MARK: 9. School types of school-level files

@Test func departmentsAndOldNamesAreSpecialNeedsSchools() {
    // Five 特別支援学校 (盲学校, 聾学校, 養護学校, 小学部, 高等部), one 幼稚園 (幼稚園型認定こども園).
    let r = aggregateCSV("学校コード,学校種,CS\nA,盲学校,1\nB,聾学校,0\nC,養護学校,1\nD,小学部,1\nE,高等部,0\nF,幼稚園型認定こども園,1\n")
    #expect(r.code == 0, "\(r.err)")
    #expect(r.lines == ["幼稚園,1,1,,,,100.0,,", "特別支援学校,5,3,,,,60.0,,"])
    #expect(r.err.contains("小学部 is counted as 特別支援学校"))
    let outside = aggregateCSV("学校コード,学校種,CS\nA,幼保連携型認定こども園,1\n")
    #expect(outside.code == 65)
    #expect(outside.err.contains("'幼保連携型認定こども園' is outside the survey"))
}

// MARK: 10. A pipe-delimited Shift_JIS file

@Test func aPipeDelimitedShiftJISFileIsSniffed() throws {
    // ポ is 83 7C in Shift_JIS: its second byte is the pipe.
    let text = "学校コード|学校種|都道府県|市区町村|CS\r\nA|小学校|東京都|ポ市|1\r\nB|小学校|東京都|ポ市|0\r\n"
    let path = temporaryFile("", name: "schools.txt")
    try #require(text.data(using: .shiftJIS)).write(to: URL(fileURLWithPath: path))
    let r = runCLI(["aggregate", path, "--by", "municipality", "--format", "csv"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("東京都,ポ市,2,1"), "\(r.out)")
}

// MARK: 11. Smaller cases

@Test func excelTrailingDelimiterRowsAreNotRecords() {
    let r = aggregateCSV("学校コード,学校種,CS\nA,小学校,1\n,,\n,,\n")
    #expect(r.code == 0, "\(r.err)")
    #expect(r.lines == ["小学校,1,1,,,,100.0,,"])
}

@Test func aMissingRoleIsNamedWithTheHeadersAccepted() {
    let r = aggregateCSV("学校コード,学校名,CS\nA,A小,1\n")
    #expect(r.code == 65)
    #expect(r.err.contains("lacks a school type (学校種, 校種, school_type)"))
}

@Test func growthOnOneYearOfRecordsSaysWhatItNeeds() {
    let path = temporaryFile("年度,学校コード,学校種,CS\n2021,A,小学校,1\n", name: "schools.csv")
    let r = runCLI(["growth", path])
    #expect(r.code == 65)
    #expect(r.err.contains("holds one survey year (令和3年度) and no increase column"))
}

@Test func aHeaderOnlySchoolFileIsAnErrorForAggregate() {
    let r = aggregateCSV("学校コード,学校種,CS\n")
    #expect(r.code == 65)
    #expect(r.err.contains("no school records after the header; nothing to count"))
}

@Test func yearOnAFileWithoutAYearColumn() {
    let path = temporaryFile("学校コード,学校種,CS\nA,小学校,1\n", name: "schools.csv")
    #expect(runCLI(["aggregate", path]).code == 0)
    let r = runCLI(["aggregate", path, "--year", "2021"])
    #expect(r.err.contains("the file has no year column: drop --year"))
}

@Test func secondarySchoolIsASecondaryEducationSchool() {
    #expect(SchoolType.parse("Secondary school") == .secondary)
    #expect(SchoolType.parse("secondary") == .secondary)
}

@Test func aSchoolCodeMustAgreeWithItsRow() {
    // C1 is a 中学校's code, 13 is 東京都.
    let type = aggregateCSV("学校コード,学校種,都道府県,CS\nC113220000015,小学校,東京都,1\n")
    #expect(type.code == 65)
    #expect(type.err.contains("school code 'C113220000015' is a 中学校's (C1), but the row says 小学校"))
    let prefecture = aggregateCSV("学校コード,学校種,都道府県,CS\nB113220000015,小学校,神奈川県,1\n")
    #expect(prefecture.code == 65)
    #expect(prefecture.err.contains("school code 'B113220000015' is of 東京都 (13), but the row says 神奈川県"))
}

// MARK: Found by a tester who had not seen the code

@Test(arguments: ["\u{FEFF}B113230000011", "\u{200B}B113230000011", "\"=\"\"B113230000011\"\"\""])
func invisibleCharactersAndExcelsFormulaAreNotANewSchool(second: String) {
    let r = aggregateCSV("学校コード,学校種,CS\nB113230000011,小学校,1\n\(second),小学校,1\n")
    #expect(r.code == 65)
    #expect(r.err.contains("school id 'B113230000011'") && r.err.contains("appears again"), "\(r.err)")
}

@Test func aCodeOfASchoolOutsideTheSurveyIsRefused() {
    let r = aggregateCSV("学校コード,学校種,CS\nA213000000010,幼稚園,1\n")
    #expect(r.code == 65)
    #expect(r.err.contains("is of a school outside the survey (A2: 幼保連携型認定こども園)"))
}

@Test func aRepeatedHeaderStopsEvenWithSkipInvalid() {
    let r = aggregateCSV("学校コード,学校種,CS,HQ\nA,小学校,1,0\n学校コード,学校種,HQ,CS\nB,小学校,1,0\n", ["--skip-invalid"])
    #expect(r.code == 65)
    #expect(r.err.contains(":3: error: the header again (two files joined?)"), "\(r.err)")
}

@Test func aRepeatedHeaderInOtherWordsStopsEvenWithSkipInvalid() {
    // Two files joined, the second with its header in Japanese and its flags swapped: its rows
    // read by the first header's columns would count HQ as CS. Stopped, not skipped as a bad year.
    let text = "year,school_type,school_id,cs,hq\n2021,小学校,A1,1,0\n年度,学校種,学校コード,本部整備,CS導入\n2021,小学校,B1,0,1\n"
    for options in [["--skip-invalid"], ["--skip-invalid", "--max-skipped", "100"], []] {
        let r = aggregateCSV(text, options)
        #expect(r.code == 65, "\(options)")
        #expect(r.err.contains(":3: error: the header again (two files joined?)"), "\(options): \(r.err)")
    }
}

@Test func halfWidthKatakanaHeadersAreRead() {
    // 学校ｺｰﾄﾞ (half-width) is the id, not the serial ID before it: the repeat is caught.
    let r = aggregateCSV("ID,学校ｺｰﾄﾞ,学校種,CS\n1,B1,小学校,1\n2,B1,小学校,0\n")
    #expect(r.code == 65)
    #expect(r.err.contains("school id 'B1' appears again"))
}

@Test func activitiesAreNotTheHeadquarters() {
    // 地域学校協働活動 (activities) is not 地域学校協働本部: HQ is 1 of 2.
    let r = aggregateCSV("学校コード,学校種,地域学校協働活動,地域学校協働本部\nA,小学校,1,0\nB,小学校,1,1\n")
    #expect(r.lines == ["小学校,2,,1,,,,50.0,"], "\(r.lines)")
}

@Test func departmentsCountedAsSchoolsAreACheckWarning() {
    let path = temporaryFile("学校コード,学校名,学校種,CS\nE1,支援学校,小学部,1\nE2,支援学校,中学部,1\n", name: "schools.csv")
    let r = runCLI(["check", "--strict", path])
    #expect(r.code == 1)
    #expect(r.err.contains("counted once per department"))
}

@Test func aFlagColumnBlankInEveryRowIsSaid() {
    let text = "学校コード,学校種,CS,HQ\nA,小学校,○,\nB,小学校,,\n"
    let r = aggregateCSV(text, ["--blank-is-no"])
    #expect(r.lines == ["小学校,2,1,0,0,,50.0,0.0,0.0"])
    #expect(r.err.contains("column 4 'HQ' is blank in every row"))
    let path = temporaryFile(text, name: "schools.csv")
    #expect(runCLI(["check", "--strict", "--blank-is-no", path]).code == 1)
}

@Test func notesUnderTheRecordsAreSaidNotCounted() {
    let r = aggregateCSV("学校コード,学校種,CS\nA,小学校,1\nB,小学校,0\n※ 令和2年度に導入した学校を含む,,\n注：分校を除く\n")
    #expect(r.code == 0, "\(r.err)")
    #expect(r.lines == ["小学校,2,1,,,,50.0,,"])
    #expect(r.err.contains("2 lines marked ※ or 注 read as notes, not schools (lines 4, 5)"))
    let one = aggregateCSV("学校コード,学校種,CS\nA,小学校,1\n※ 分校を除く,,\n")
    #expect(one.err.contains("1 line marked ※ or 注 read as a note, not a school (line 3)"), "\(one.err)")
}

@Test func aGroupRowNamesBareFlagColumns() {
    // 小学校: A (cs), C (hq) → 2 schools, cs 1, hq 1, both 0; 中学校: B (both).
    let r = aggregateCSV(",,コミュニティ・スクール,地域学校協働本部\n学校コード,学校種,導入,整備\nA,小学校,○,×\nB,中学校,○,○\nC,小学校,×,○\n")
    #expect(r.code == 0, "\(r.err)")
    #expect(r.lines == ["小学校,2,1,1,0,,50.0,50.0,0.0", "中学校,1,1,1,1,,100.0,100.0,100.0"])
}

@Test func aColumnWithoutAHeaderThatHoldsValuesIsSaid() {
    let text = "学校コード,学校種,CS,\nA,小学校,1,1\nB,小学校,0,\n"
    let r = aggregateCSV(text)
    #expect(r.code == 0)
    #expect(r.err.contains("column 4 has no header but holds values; not used"))
    #expect(runCLI(["check", "--strict", temporaryFile(text, name: "schools.csv")]).code == 1)
}

@Test(arguments: [1, 2, 3])
func idsOfAnyCaseAndPaddingAreOneSchoolAcrossWorkers(workers: Int) throws {
    // 60 schools s0…s59 in lower case (s7 on line 9); then s7 again as "S7 " (capital, padded) on line 62.
    var text = "学校コード,学校種,CS\n"
    for i in 0..<60 { text += "s\(i),小学校,\(i % 2)\n" }
    let clean = try aggregate(Array(text.utf8), by: [.schoolType], workers: workers, split: true, bufferSize: 64)
    #expect(clean.groups.map(\.schools) == [60])
    #expect(clean.groups.map(\.cs) == [30])
    text += "S7 ,小学校,1\n"
    #expect(errorText { _ = try aggregate(Array(text.utf8), by: [.schoolType], workers: workers, split: true, bufferSize: 64) }
        == "schools.csv:62: error: school id 'S7' (written 'S7 ') appears again in the file (first at line 9)")
}
