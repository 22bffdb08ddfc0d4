import Testing
@testable import CSStats

@Test func r3CommunitySchoolTableAsPublished() {
    let table = MeasureTable(SurveyTable.builtInR3(), programme: .cs)
    // The seed's R3 table; previous = count − increase, worked out by hand.
    #expect(table.entries.map(\.count.integer) == [276, 7051, 3339, 95, 805, 4, 286, 11856])
    #expect(table.entries.map { $0.rate?.description } == ["9.8", "37.5", "36.5", "66.0", "22.9", "11.8", "26.0", "33.3"])
    #expect(table.entries.map(\.increase.integer) == [39, 1167, 618, 19, 137, 1, 87, 2068])
    #expect(table.entries.map(\.previous) == [237, 5884, 2721, 76, 668, 3, 199, 9788])
    #expect(table.entries.last?.key == .total)
    #expect(table.entries.allSatisfy { $0.rank == nil && $0.mapClass == nil })
}

@Test func r3HQTable() {
    let table = MeasureTable(SurveyTable.builtInR3(), programme: .hq)
    #expect(table.entries.map(\.count.integer) == [553, 12570, 5625, 101, 435, 2, 185, 19471])
    #expect(table.entries.last?.rate?.description == "54.7")
    #expect(table.entries.last?.previous == 18130)  // 19,471 − 1,341
}

@Test func bothHasNoRateOrIncreaseWithoutDenominator() {
    let table = MeasureTable(SurveyTable.builtInR3(), programme: .both)
    #expect(table.entries.last?.count.integer == 8528)
    #expect(table.entries.allSatisfy { $0.rate == nil && $0.previous == nil })
    #expect(table.entries.allSatisfy { $0.increase == .unpublished })
}

@Test func prefectureRanksShareTiesAndMapClasses() {
    let table = MeasureTable(TableFixtures.table(TableFixtures.prefectureCSV), programme: .cs)
    #expect(table.dimension == .prefecture)
    #expect(table.entries.map(\.rank) == [1, 1, 3, 5, 4, nil, nil])
    // 山形県 prints － (none) for its count: the maps show it 設置なし, like a 0; 合計 has no class.
    #expect(table.entries.map(\.mapClass) == [.atLeast80, .atLeast80, .atLeast50, .noSchools, .under20, .noSchools, nil])
    // 589 / 2,050 = 0.28731… → 28.7
    #expect(table.entries.last?.rate?.description == "28.7")
    #expect(table.entries[5].count == .missing(.none))
}

@Test func sortByRateAndCountKeepsTotalLast() {
    let source = TableFixtures.table(TableFixtures.prefectureCSV)
    let byRate = MeasureTable(source, programme: .cs, order: .rate)
    #expect(byRate.entries.map { SurveyFormatting.identifier($0.key) } == ["01", "02", "03", "05", "04", "06", "total"])
    let byCount = MeasureTable(source, programme: .cs, order: .count)
    #expect(byCount.entries.map { SurveyFormatting.identifier($0.key) } == ["05", "02", "03", "01", "04", "06", "total"])
}
