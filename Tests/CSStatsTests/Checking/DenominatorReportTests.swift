import Testing
@testable import CSStats

@Test func r3KindergartenDenominatorIsPinned() throws {
    let report = DenominatorReport(SurveyTable.builtInR3())
    let kindergarten = try #require(report.rows.first)
    #expect(kindergarten.label == "幼稚園")
    // 276 at 9.8%: 552,000/197 < D ≤ 552,000/195; 553 at 19.5%: 1,106,000/391 < D ≤ 1,106,000/389.
    #expect(kindergarten.cs == .range(DenominatorBounds(lower: 2_803, upper: 2_830)))
    #expect(kindergarten.hq == .range(DenominatorBounds(lower: 2_829, upper: 2_843)))
    #expect(kindergarten.common == .range(DenominatorBounds(lower: 2_829, upper: 2_830)))
    #expect(kindergarten.common.description == "2,829…2,830")
}

@Test func r3RowsAddUpToBoundsOverlappingTheTotal() throws {
    let report = DenominatorReport(SurveyTable.builtInR3())
    // 合計: 11,856 at 33.3% gives 23,712,000/667 < D ≤ 23,712,000/665, 35,551…35,657;
    // 19,471 at 54.7% gives 38,942,000/1,095 < D ≤ 38,942,000/1,093, 35,564…35,628.
    #expect(report.total?.common == .range(DenominatorBounds(lower: 35_564, upper: 35_628)))
    #expect(report.isConsistent == true)
}
