import Testing
@testable import CSStats

// The seed's two-row header (seeds/000_a5f39c7b70e2fb71.txt, lines 7-8): a programme over
// three measures each. The same measure name (増加校数 (前年度比)) means CS or HQ by its group.
private let seedGroupCS = "コミュニティ・スクール"
private let seedGroupHQ = "地域学校協働本部"

@Test(arguments: [
    ("導入校数", seedGroupCS, SurveyColumn.count(.cs)),
    ("導入率", seedGroupCS, .rate(.cs)),
    ("増加校数 (前年度比)", seedGroupCS, .increase(.cs)),
    ("整備校数", seedGroupHQ, .count(.hq)),
    ("整備率", seedGroupHQ, .rate(.hq)),
    ("増加校数 (前年度比)", seedGroupHQ, .increase(.hq)),
] as [(String, String, SurveyColumn)])
func seedTwoRowHeader(name: String, group: String, expected: SurveyColumn) {
    #expect(ColumnAlias.resolve(name, group: group) == expected)
}

@Test func increaseNeedsItsGroup() {
    // "増加校数" says nothing about which programme; without a group it is not a column.
    #expect(ColumnAlias.resolve("増加校数 (前年度比)") == nil)
    #expect(ColumnAlias.resolve("増加校数 (前年度比)", group: "") == nil)
}

@Test func countAndRateNamesImplyTheirProgramme() {
    // 導入 is said of CS, 整備 of HQ, so these resolve even without the group row.
    #expect(ColumnAlias.resolve("導入校数") == .count(.cs))
    #expect(ColumnAlias.resolve("導入率") == .rate(.cs))
    #expect(ColumnAlias.resolve("整備校数") == .count(.hq))
    #expect(ColumnAlias.resolve("整備率") == .rate(.hq))
}

// The flat snake_case header of Data/*.csv, each name with its meaning.
@Test(arguments: [
    ("year", SurveyColumn.year),
    ("reference_date", .referenceDate),
    ("school_type", .schoolType),
    ("total_schools", .denominator),
    ("cs_schools", .count(.cs)),
    ("cs_rate_pct", .rate(.cs)),
    ("cs_increase", .increase(.cs)),
    ("hq_schools", .count(.hq)),
    ("hq_rate_pct", .rate(.hq)),
    ("hq_increase", .increase(.hq)),
    ("both_schools", .count(.both)),
    ("similar_schools", .count(.similar)),
] as [(String, SurveyColumn)])
func dataFileHeader(name: String, expected: SurveyColumn) {
    #expect(ColumnAlias.resolve(name) == expected)
    // The identifier printed for a column is the same snake_case name, so output reads back.
    #expect(expected.identifier == name)
}

@Test(arguments: [
    ("CS schools", SurveyColumn.count(.cs)),
    ("CS rate (%)", .rate(.cs)),
    ("CS increase", .increase(.cs)),
    ("HQ schools", .count(.hq)),
    ("HQ rate (%)", .rate(.hq)),
    ("HQ increase", .increase(.hq)),
    ("Both schools", .count(.both)),
    ("Similar schools", .count(.similar)),
    ("School type", .schoolType),
    ("Year", .year),
    ("Reference date", .referenceDate),
] as [(String, SurveyColumn)])
func englishHeader(name: String, expected: SurveyColumn) {
    #expect(ColumnAlias.resolve(name) == expected)
}

@Test(arguments: [
    // Full-width letters, digits, low line, parentheses and percent sign, as Excel files from
    // ministries have them, and an ideographic space.
    ("ｃｓ＿ｓｃｈｏｏｌｓ", nil, SurveyColumn.count(.cs)),
    ("ＣＳ＿ＲＡＴＥ＿ＰＣＴ", nil, .rate(.cs)),
    ("ＨＱ　ｉｎｃｒｅａｓｅ", nil, .increase(.hq)),
    ("ＣＳ　ｒａｔｅ（％）", nil, .rate(.cs)),
    ("増加校数（前年度比）", "地域学校協働本部", .increase(.hq)),
    ("増加校数　（前年度比）", "コミュニティ・スクール", .increase(.cs)),
    ("導入校数", "コミュニティ･スクール", .count(.cs)),  // half-width katakana middle dot
    ("　導入率　", nil, .rate(.cs)),
] as [(String, String?, SurveyColumn)])
func fullWidthVariants(name: String, group: String?, expected: SurveyColumn) {
    #expect(ColumnAlias.resolve(name, group: group) == expected)
}

@Test(arguments: [
    ("", nil), ("   ", nil), ("備考", nil), ("notes", nil), ("csv", nil), ("hq_colour", nil),
    ("合計", nil), ("小学校", nil), ("cs_schoolz", nil), ("増加校数 (前年度比)", "備考"),
] as [(String, String?)])
func unknownNamesResolveToNil(name: String, group: String?) {
    #expect(ColumnAlias.resolve(name, group: group) == nil)
}

@Test func schoolsAloneIsTheDenominatorAndUnderAGroupItsCount() {
    // 学校数 is 母数 on its own; under 地域学校協働本部 it is the HQ count (the recognition issue's case 2).
    #expect(ColumnAlias.resolve("学校数") == .denominator)
    #expect(ColumnAlias.resolve("学校数", group: "地域学校協働本部") == .count(.hq))
    #expect(ColumnAlias.resolve("割合", group: "地域学校協働本部") == .rate(.hq))
}
