import Testing
@testable import CSStats

@Test func r3FromPrintedIncreases() {
    let growth = GrowthTable(current: SurveyTable.builtInR3(), programme: .cs)
    #expect(growth.source == .printedIncrease)
    #expect(growth.previousYear == SurveyYear(gregorian: 2020))
    #expect(growth.entries.map(\.previous) == [237, 5884, 2721, 76, 668, 3, 199, 9788])
    // 39/237 = 0.16455… → 16.5; 2,068/9,788 = 0.21127… → 21.1
    #expect(growth.entries.first?.growth?.percent(scale: 1).description == "16.5")
    #expect(growth.entries.last?.growth?.percent(scale: 1).description == "21.1")
    #expect(growth.entries.allSatisfy { $0.pointChange == nil })
}

@Test func r3AgainstR2AgreesTypeByType() {
    let growth = GrowthTable(current: SurveyTable.builtInR3(), previous: TableFixtures.table(TableFixtures.r2CSV), programme: .cs)
    #expect(growth.disagreements.isEmpty)
    #expect(growth.increasesCompared)
    #expect(growth.entries.map(\.previous) == [237, 5884, 2721, 76, 668, 3, 199, 9788])
    #expect(growth.entries.map(\.increase) == [39, 1167, 618, 19, 137, 1, 87, 2068])
    // 9.8 − 7.8, 37.5 − 31.0, …, 33.3 − 27.2
    #expect(growth.entries.map { $0.pointChange?.description } == ["2.0", "6.5", "7.0", "3.2", "4.0", "2.7", "7.7", "6.1"])
}

@Test func disagreementIsReported() {
    let r2 = TableFixtures.r2CSV.replacingOccurrences(of: "幼稚園,,237", with: "幼稚園,,236")
    let growth = GrowthTable(current: SurveyTable.builtInR3(), previous: TableFixtures.table(r2), programme: .cs)
    #expect(growth.disagreements == [GrowthTable.Disagreement(key: .schoolType(.kindergarten), printed: 39, difference: 40, line: 2)])
    #expect(growth.disagreementWarnings(file: "r3.csv") == ["r3.csv:2: warning: 幼稚園: printed increase 39, but 276 − 236 = 40"])
}

@Test func hqTotalIsNotDifferencedAcrossR3() {
    let growth = GrowthTable(current: SurveyTable.builtInR3(), previous: TableFixtures.table(TableFixtures.r2CSV), programme: .hq)
    #expect(growth.hasScopeChange)
    #expect(growth.entries.last?.notComparable == true)
    #expect(growth.entries.last?.increase == nil)
    #expect(GrowthTable.scopeChanged(.hq, from: SurveyYear(gregorian: 2020), to: SurveyYear(gregorian: 2021)))
    #expect(!GrowthTable.scopeChanged(.cs, from: SurveyYear(gregorian: 2020), to: SurveyYear(gregorian: 2021)))
    #expect(!GrowthTable.scopeChanged(.hq, from: SurveyYear(gregorian: 2021), to: SurveyYear(gregorian: 2023)))
}

@Test func increasesAreNotComparedOverSeveralYears() {
    let r5 = TableFixtures.table("""
        year,school_type,cs_schools,cs_increase
        2023,幼稚園,341,16
        2023,合計,18135,2914

        """)
    let growth = GrowthTable(current: r5, previous: SurveyTable.builtInR3(), programme: .cs)
    #expect(!growth.increasesCompared)
    #expect(growth.disagreements.isEmpty)
    #expect(growth.entries.map(\.increase) == [65, 6279])  // 341 − 276, 18,135 − 11,856
}
