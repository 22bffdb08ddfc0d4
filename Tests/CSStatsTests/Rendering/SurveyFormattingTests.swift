import Testing
@testable import CSStats

@Test func displayFormatting() {
    let f = SurveyFormatting(forDisplay: true, language: .japanese)
    #expect(f.count(11856) == "11,856")
    #expect(f.count(nil) == "…")
    #expect(f.count(Figure.missing(.none)) == "－")
    #expect(f.count(Figure.missing(.confidential)) == "x")
    #expect(f.count(Figure.unpublished) == "…")
    #expect(f.percent(FixedDecimal("9.8")) == "9.8%")
    // 4,625 / 10,000 = 46.25% → 46.3 half up, not 46.2
    #expect(f.percent(Ratio(4625, 10000)) == "46.3%")
    #expect(f.points(FixedDecimal("2.0")) == "+2.0")
    #expect(f.points(FixedDecimal("-0.4")) == "-0.4")
    #expect(f.points(FixedDecimal("0.0")) == "0.0")
    #expect(f.label(.total) == "合計")
    #expect(f.label(.prefecture(Prefecture(code: 13)!)) == "東京都")
}

@Test func plainFormatting() {
    let f = SurveyFormatting(forDisplay: false, language: .english)
    #expect(f.count(11856) == "11856")
    #expect(f.count(Figure.missing(.none)) == "")
    #expect(f.percent(FixedDecimal("9.8")) == "9.8")
    #expect(f.label(.schoolType(.specialNeeds)) == "Special needs school")
    #expect(f.label(.total) == "Total")
    #expect(SurveyFormatting.identifier(.prefecture(Prefecture(code: 1)!)) == "01")
}

@Test(arguments: [(Placeholder.none, "－"), (.notAvailable, "…"), (.confidential, "x"), (.empty, "…")])
func displayPrintsAPublishedPlaceholdersOwnMark(placeholder: Placeholder, printed: String) {
    #expect(SurveyFormatting(forDisplay: true, language: .japanese).count(Figure.missing(placeholder)) == printed)
    #expect(SurveyFormatting(forDisplay: false, language: .japanese).count(Figure.missing(placeholder)) == "")
}

@Test func changesAreSignedInEveryFormat() {
    let display = SurveyFormatting(forDisplay: true, language: .english)
    let plain = SurveyFormatting(forDisplay: false, language: .english)
    // R3 CS total: 11,856 − 9,788 = 2,068 (published 増加校数)
    #expect(display.change(2068) == "+2,068")
    #expect(plain.change(2068) == "+2068")
    #expect(display.change(-3) == "-3")
    #expect(display.change(0) == "0")
    #expect(display.change(nil) == "…")
    #expect(plain.change(nil) == "")
}

@Test func figuresAsJSON() {
    #expect(SurveyFormatting.json(Figure.value(FixedDecimal(units: 7051, scale: 0))) == .integer(7051))
    #expect(SurveyFormatting.json(Figure.value(FixedDecimal("9.8")!)) == .number("9.8"))
    #expect(SurveyFormatting.json(Figure.missing(.none)) == .object([("missing", .string("none"))]))
    #expect(SurveyFormatting.json(Figure.unpublished) == .null)
}

@Test func yearLabels() {
    let year = SurveyYear(gregorian: 2021)
    #expect(SurveyFormatting(forDisplay: true, language: .japanese).year(year) == "令和3年度")
    #expect(SurveyFormatting(forDisplay: false, language: .english).year(year) == "FY2021")
}
