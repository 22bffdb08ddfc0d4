import Foundation
import Testing
@testable import CSStats

/// The repository's `Data/` folder, found from this file so tests run from any directory.
let dataDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data").path

/// `Data/cs_r3_2021.csv` as published, line by line; mutations replace one line.
let r3Lines = [
    "year,reference_date,school_type,total_schools,cs_schools,cs_rate_pct,cs_increase,hq_schools,hq_rate_pct,hq_increase,both_schools,similar_schools",
    "2021,2021-05-01,幼稚園,,276,9.8,39,553,19.5,53,155,431",
    "2021,2021-05-01,小学校,,7051,37.5,1167,12570,66.9,793,5543,3919",
    "2021,2021-05-01,中学校,,3339,36.5,618,5625,61.5,419,2556,1869",
    "2021,2021-05-01,義務教育学校,,95,66.0,19,101,70.1,18,70,16",
    "2021,2021-05-01,高等学校,,805,22.9,137,435,12.4,49,124,486",
    "2021,2021-05-01,中等教育学校,,4,11.8,1,2,5.9,0,0,7",
    "2021,2021-05-01,特別支援学校,,286,26.0,87,185,16.8,9,80,131",
    "2021,2021-05-01,合計,,11856,33.3,2068,19471,54.7,1341,8528,6859",
]

/// R3 with line `line` (1-based) replaced by `text`, or with `text` inserted after it.
func mutatedR3(line: Int, _ text: String, insert: Bool = false) -> String {
    var lines = r3Lines
    if insert { lines.insert(text, at: line) } else { lines[line - 1] = text }
    return lines.joined(separator: "\n") + "\n"
}

/// One single-cell (or single-line) change to R3 and what the check must say about it.
struct Mutation: Sendable, CustomTestStringConvertible {
    var name: String
    var csv: String
    var usesPrevious = false
    /// (line, message) of every expected finding, in order.
    var expected: [(line: Int, message: String)]
    var testDescription: String { name }
}

let r3Mutations: [Mutation] = [
    // 277 + 7,051 + 3,339 + 95 + 805 + 4 + 286 = 11,857. 277 at 9.8% still allows 2,813…2,841,
    // which overlaps HQ's 2,829…2,843, so the sum is the only finding.
    Mutation(name: "a count off by one",
             csv: mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,277,9.8,39,553,19.5,53,155,431"),
             expected: [(9, "合計 導入校数 is 11,856 but the rows add up to 11,857")]),
    // 276 at 9.9%: 552,000/199 < D ≤ 552,000/197, 2,774…2,802; 553 at 19.5%: 2,829…2,843.
    Mutation(name: "a rate off by 0.1",
             csv: mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,276,9.9,39,553,19.5,53,155,431"),
             expected: [(2, "幼稚園 導入率 9.9% and 整備率 19.5% bound no common 母数: 2,774…2,802 and 2,829…2,843")]),
    Mutation(name: "合計 off by one",
             csv: mutatedR3(line: 9, "2021,2021-05-01,合計,,11857,33.3,2068,19471,54.7,1341,8528,6859"),
             expected: [(9, "合計 導入校数 is 11,857 but the rows add up to 11,856")]),
    // R2 prints 237 for 幼稚園: 276 − 237 = 39, not 40.
    Mutation(name: "an increase that disagrees with R2",
             csv: mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,276,9.8,40,553,19.5,53,155,431"),
             usesPrevious: true,
             expected: [(2, "幼稚園 コミュニティ・スクール 増加校数 is 40 but 276 − 237 (令和2年度) = 39")]),
    // A copy of the 中等教育学校 line; sums over duplicated rows are not checked.
    Mutation(name: "a duplicated school type",
             csv: mutatedR3(line: 7, r3Lines[6], insert: true),
             expected: [(8, "中等教育学校 appears twice, on lines 7 and 8")]),
    // 保育所 (nursery school) is not in the survey.
    Mutation(name: "an unknown school type",
             csv: mutatedR3(line: 2, "2021,2021-05-01,保育所,,276,9.8,39,553,19.5,53,155,431"),
             expected: [(2, "school_type '保育所' is not a school type or 合計")]),
    // With one row lacking the count the column has no sum to check, and 幼稚園 keeps HQ's bounds.
    Mutation(name: "a placeholder in a count",
             csv: mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,－,9.8,39,553,19.5,53,155,431"),
             expected: [(2, "幼稚園 導入校数 is none (－) where a number is required: other rows print numbers")]),
    // Each row's CS rate now contradicts its own HQ rate (276 at 37.5%: 552,000/751 < D ≤
    // 552,000/749, so 736, against HQ's 2,829…2,843; 7,051 at 9.8%: 71,584…72,317, against
    // 18,776…18,803), and exchanging the two rates back gives the seed's rows, which fit: one
    // mistake, one finding.
    Mutation(name: "two rows' rates swapped",
             csv: mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,276,37.5,39,553,19.5,53,155,431")
                .replacingOccurrences(of: ",7051,37.5,", with: ",7051,9.8,"),
             expected: [
                (2, "幼稚園 and 小学校 導入率 look swapped: 幼稚園 prints 37.5% and 小学校 9.8% (line 3), and only the other way round do both fit their counts"),
             ]),
    // Raising a row's いずれも整備 also breaks the column's sum (8,528 + 5 = 8,533), but the
    // impossible cell explains it: one mistake, one finding.
    Mutation(name: "both > CS",
             csv: mutatedR3(line: 7, "2021,2021-05-01,中等教育学校,,4,11.8,1,2,5.9,0,5,7"),
             expected: [
                (7, "中等教育学校 いずれも整備 is 5, more than min(導入校数 4, 整備校数 2) = 2"),
             ]),
]

func surveyTable(_ csv: String, file: String) throws -> SurveyTable {
    try SurveyTable.read(DelimitedTable(input: DecodedInput(utf8: Array(csv.utf8)), delimiter: UInt8(ascii: ","), file: file))[0]
}

func surveyTable(path: String) throws -> SurveyTable {
    try SurveyTable.read(DelimitedTable(path: path))[0]
}

@Test(arguments: ["cs_r2_2020.csv", "cs_r3_2021.csv", "cs_r5_2023.csv"])
func publishedTablesPassClean(file: String) throws {
    let table = try surveyTable(path: "\(dataDirectory)/\(file)")
    #expect(Checker.check(table).isEmpty)
}

@Test func r3AgainstR2PassesClean() throws {
    let r3 = try surveyTable(path: "\(dataDirectory)/cs_r3_2021.csv")
    let r2 = try surveyTable(path: "\(dataDirectory)/cs_r2_2020.csv")
    #expect(Checker.check(r3, previous: r2).isEmpty)
}

@Test func theTextIsTheDataFile() throws {
    let text = try String(contentsOfFile: "\(dataDirectory)/cs_r3_2021.csv", encoding: .utf8)
    #expect(text == r3Lines.joined(separator: "\n") + "\n")
}

@Test(arguments: r3Mutations)
func mutationIsFound(_ mutation: Mutation) throws {
    let previous = mutation.usesPrevious ? try surveyTable(path: "\(dataDirectory)/cs_r2_2020.csv") : nil
    let findings: [Finding]
    do {
        findings = Checker.check(try surveyTable(mutation.csv, file: "r3.csv"), previous: previous)
    } catch let error as ReadError {
        findings = [try #require(Finding(readError: error))]
    }
    #expect(findings.map(\.message) == mutation.expected.map(\.message))
    #expect(findings.map(\.position.line) == mutation.expected.map(\.line))
    #expect(findings.allSatisfy { $0.severity == .error && $0.position.file == "r3.csv" })
}

@Test func findingCarriesCellRowColumnAndValues() throws {
    let table = try surveyTable(mutatedR3(line: 9, "2021,2021-05-01,合計,,11857,33.3,2068,19471,54.7,1341,8528,6859"), file: "r3.csv")
    let finding = try #require(Checker.check(table).first)
    // "2021,2021-05-01,合計,," is 20 characters: the count starts at column 21.
    #expect(finding.position == SourcePosition(file: "r3.csv", line: 9, column: 21))
    #expect(finding.row == "合計")
    #expect(finding.column == "cs_schools")
    #expect(finding.expected == "11,856")
    #expect(finding.found == "11,857")
    #expect(finding.description == "r3.csv:9:21: error: 合計 導入校数 is 11,857 but the rows add up to 11,856")
}

@Test func increaseWithoutPreviousMustAddUp() throws {
    // 39 + 1 = 40: the increases add up to 2,069, not 合計's 2,068.
    let table = try surveyTable(mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,276,9.8,40,553,19.5,53,155,431"), file: "r3.csv")
    #expect(Checker.check(table).map(\.message) == ["合計 コミュニティ・スクール 増加校数 is 2,068 but the rows add up to 2,069"])
}

@Test func impliedPreviousCountMustNotBeNegative() throws {
    // 中等教育学校 has 4 CS schools; an increase of 5 leaves -1 for last year, and 合計's
    // increase 2,068 no longer matches the rows' 2,072.
    let table = try surveyTable(mutatedR3(line: 7, "2021,2021-05-01,中等教育学校,,4,11.8,5,2,5.9,0,0,7"), file: "r3.csv")
    #expect(Checker.check(table).map(\.message) == [
        "合計 コミュニティ・スクール 増加校数 is 2,068 but the rows add up to 2,072",
        "中等教育学校 コミュニティ・スクール 増加校数 is 5, which leaves -1 schools for last year",
    ])
}

@Test func swappedRatesInR2FailOnlyTheSumOfBounds() throws {
    // R2 prints only CS pairs, so each swapped row bounds a 母数 on its own; added up they give
    // 3,020…3,058 + 19,913…19,979 + 8,764…8,791 + 121 + 3,526…3,543 + 33 + 1,085…1,090
    // = 36,462…36,615, which misses the printed 36,015.
    var text = try String(contentsOfFile: "\(dataDirectory)/cs_r2_2020.csv", encoding: .utf8)
    text = text.replacingOccurrences(of: ",5884,31.0,", with: ",5884,29.5,")
        .replacingOccurrences(of: ",2721,29.5,", with: ",2721,31.0,")
    let findings = Checker.check(try surveyTable(text, file: "r2.csv"))
    #expect(findings.map(\.message) == ["合計 母数 36,015 does not overlap 36,462…36,615, the rows' bounds added up"])
    #expect(findings.map(\.position.line) == [9])
}

@Test func printedRateIsCheckedExactlyWhenTheDenominatorIsPrinted() throws {
    // 9,788 / 36,015 = 27.177…%, printed 27.2%.
    var text = try String(contentsOfFile: "\(dataDirectory)/cs_r2_2020.csv", encoding: .utf8)
    text = text.replacingOccurrences(of: ",36015,9788,27.2,", with: ",36015,9788,27.3,")
    #expect(Checker.check(try surveyTable(text, file: "r2.csv")).map(\.message)
        == ["合計 導入率 is 27.3% but 9,788 / 36,015 rounds half up to 27.2%"])
}

@Test func previousOfAnotherYearIsNotCompared() throws {
    let r5 = try surveyTable(path: "\(dataDirectory)/cs_r5_2023.csv")
    let r3 = try surveyTable(path: "\(dataDirectory)/cs_r3_2021.csv")
    let findings = Checker.check(r5, previous: r3)
    #expect(findings.map(\.severity) == [.warning])
    #expect(findings.map(\.message) == ["the previous table is 令和3年度, not the year before 令和5年度; increases were not compared with it"])
}

@Test func summaryCountsSeverities() {
    let at = SourcePosition(file: "f", line: 1)
    let error = Finding(.error, at: at, message: "e"), warning = Finding(.warning, at: at, message: "w")
    #expect([Finding]().summary == "no findings")
    #expect([error].summary == "1 error")
    #expect([error, error, error, warning].summary == "3 errors, 1 warning")
    #expect([warning, warning].summary == "2 warnings")
}
