import Testing
@testable import CSStats

@Test(arguments: [
    (2021, SurveyYear.Era.reiwa, 3, "令和3年度", "R3"),
    (2018, .heisei, 30, "平成30年度", "H30"),
    (2019, .reiwa, 1, "令和元年度", "R1"),
    (2020, .reiwa, 2, "令和2年度", "R2"),
    (2023, .reiwa, 5, "令和5年度", "R5"),
    (1989, .heisei, 1, "平成元年度", "H1"),
    (1988, .showa, 63, "昭和63年度", "S63"),
    (1926, .showa, 1, "昭和元年度", "S1"),
])
func surveyYearLabels(gregorian: Int, era: SurveyYear.Era, eraYear: Int, label: String, short: String) {
    let year = SurveyYear(gregorian: gregorian)
    #expect(year.era == era)
    #expect(year.eraYear == eraYear)
    #expect(year.japaneseLabel == label)
    #expect(year.description == label)
    #expect(year.shortLabel == short)
    #expect(SurveyYear.parse(label) == year)
    #expect(SurveyYear.parse(short) == year)
    #expect(SurveyYear.parse(String(gregorian)) == year)
}

@Test(arguments: [
    ("2021", 2021), ("2021年度", 2021), ("２０２１", 2021), ("２０２１年度", 2021), ("FY2021", 2021),
    ("fy 2021", 2021), ("令和3年度", 2021), ("令和３年度", 2021), ("令和3", 2021), ("令和3年", 2021),
    ("R3", 2021), ("r3", 2021), ("R03", 2021), ("Ｒ３", 2021), ("R.3", 2021), ("R3年度", 2021),
    ("Reiwa 3", 2021), ("　令和3年度　", 2021), ("令和元年度", 2019), ("R元", 2019),
    ("H30", 2018), ("平成30年度", 2018), ("平成31年度", 2019), ("H31", 2019),
    ("S63", 1988), ("昭和63年度", 1988), ("平成元年度", 1989),
])
func surveyYearParses(text: String, gregorian: Int) {
    #expect(SurveyYear.parse(text)?.gregorian == gregorian)
}

@Test(arguments: [
    "", "年度", "令和", "R", "平成32年度", "H32", "令和0年度", "R0", "昭和64年度", "S64", "21",
    "202", "20211", "1925", "FY21", "令和-1", "R3.5", "大正3", "合計",
])
func surveyYearRejects(text: String) {
    #expect(SurveyYear.parse(text) == nil)
}

@Test func surveyYearsOrderChronologically() {
    let years = [2021, 1989, 2019, 2018].map(SurveyYear.init(gregorian:))
    #expect(years.sorted().map(\.gregorian) == [1989, 2018, 2019, 2021])
    #expect(SurveyYear(gregorian: 2018) < SurveyYear(gregorian: 2019))
}

@Test func erasCoverTheirFiscalYears() {
    #expect(SurveyYear.Era.allCases.map(\.label) == ["昭和", "平成", "令和"])
    #expect(SurveyYear.Era.allCases.map(\.initial) == ["S", "H", "R"])
    #expect(SurveyYear.Era.allCases.map(\.firstYear) == [1926, 1989, 2019])
    #expect(SurveyYear.Era.allCases.map(\.lastYear) == [1988, 2018, nil])
}
