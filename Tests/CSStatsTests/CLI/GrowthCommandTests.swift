import Testing
@testable import cs_stats

@Test func growthR3AgainstR2() {
    let result = runCLI(["growth", dataPath("cs_r3_2021.csv"), dataPath("cs_r2_2020.csv")])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == """
        コミュニティ・スクール 令和2年度 → 令和3年度

        区分          令和2年度  令和3年度  増加校数  伸び率  ポイント増
        ────────────  ─────────  ─────────  ────────  ──────  ──────────
        幼稚園              237        276        39   16.5%        +2.0
        小学校            5,884      7,051     1,167   19.8%        +6.5
        中学校            2,721      3,339       618   22.7%        +7.0
        義務教育学校         76         95        19   25.0%        +3.2
        高等学校            668        805       137   20.5%        +4.0
        中等教育学校          3          4         1   33.3%        +2.7
        特別支援学校        199        286        87   43.7%        +7.7
        合計              9,788     11,856     2,068   21.1%        +6.1

        """)
}

@Test func growthFromPrintedIncreasesInEnglishCSV() {
    let result = runCLI(["growth", dataPath("cs_r3_2021.csv"), "--lang", "en", "--format", "csv"])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == """
        Row,FY2020,FY2021,Increase,Growth,Points
        Kindergarten,237,276,39,16.5,
        Elementary school,5884,7051,1167,19.8,
        Lower secondary school,2721,3339,618,22.7,
        Compulsory education school,76,95,19,25.0,
        Upper secondary school,668,805,137,20.5,
        Secondary education school,3,4,1,33.3,
        Special needs school,199,286,87,43.7,
        Total,9788,11856,2068,21.1,

        """)
}

@Test func growthWarnsWherePrintedIncreaseDisagrees() {
    let r2 = TableFixtures.r2CSV.replacingOccurrences(of: "小学校,,5884", with: "小学校,,5880")
    let previous = temporaryFile(r2, name: "r2.csv")
    let current = dataPath("cs_r3_2021.csv")
    let result = runCLI(["growth", current, previous, "--format", "tsv"])
    #expect(result.code == 0)
    #expect(result.err == "\(current):3: warning: 小学校: printed increase 1167, but 7051 − 5880 = 1171\n")
    #expect(result.out.contains("小学校\t5880\t7051\t1171\t19.9\t+6.5\n"))
}

@Test func growthHQTotalIsNotComparableAcrossR3() {
    let result = runCLI(["growth", dataPath("cs_r3_2021.csv"), dataPath("cs_r2_2020.csv"), "--measure", "hq"])
    #expect(result.code == 0)
    #expect(result.err == "note: hq totals are not comparable across 令和2年度 → 令和3年度: before 令和3年度 they covered 小学校・中学校・義務教育学校 only; the 合計 row is not differenced\n")
    #expect(result.out.contains("合計           比較不可     19,471  比較不可       …           …\n"))
    #expect(result.out.hasSuffix("※ 地域学校協働本部の合計は令和2年度まで小学校・中学校・義務教育学校のみ、令和3年度から全学校種が対象のため、比較しない。\n"))
}

@Test func growthRejectsYearsInTheWrongOrder() {
    let result = runCLI(["growth", dataPath("cs_r2_2020.csv"), dataPath("cs_r3_2021.csv")])
    #expect(result.code == 64)
    #expect(result.out == "")
    #expect(result.err == """
        Error: PREVIOUS (令和3年度) is not earlier than CURRENT (令和2年度)
        Usage: cs-stats growth [<options>] CURRENT [PREVIOUS]
          See 'cs-stats growth --help' for more information.

        """)
}

@Test func growthNeedsCurrent() {
    let result = runCLI(["growth"])
    #expect(result.code == 64)
    #expect(result.out == "")
    #expect(result.err.hasPrefix("Error: missing argument CURRENT"))
}

/// CURRENT in 昭和元年度 (1926) against a file of other years: the year wanted before it, 1925,
/// trapped SurveyYear's precondition while the message was written. (Found reading the callers
/// of SurveyYear(gregorian:) after the recognition fuzz target found one.)
@Test func growthBeforeTheFirstSurveyYearIsAnError() {
    let current = temporaryFile("year,school_type,cs_schools\n1926,小学校,1\n1926,合計,1\n", name: "s1.csv")
    let previous = temporaryFile("year,school_type,cs_schools\n1930,小学校,1\n1930,合計,1\n1931,小学校,1\n1931,合計,1\n", name: "s5.csv")
    let result = runCLI(["growth", current, previous])
    #expect(result.code == 65)
    #expect(result.out == "")
    #expect(result.err == "error: \(previous) holds no earlier year to compare with (found: 昭和5年度, 昭和6年度)\n")
}
