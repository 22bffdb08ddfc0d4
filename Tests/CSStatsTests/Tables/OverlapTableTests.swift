import Testing
@testable import CSStats

@Test func r3OverlapTotals() {
    let overlap = OverlapTable(SurveyTable.builtInR3())
    let total = overlap.entries.last!
    #expect(total.key == .total)
    #expect(total.both.integer == 8528)
    #expect(total.similar.integer == 6859)
    // 8,528 / 11,856 = 0.71929… → 71.9; 8,528 / 19,471 = 0.43798… → 43.8
    #expect(total.bothShareOfCS?.percent(scale: 1).description == "71.9")
    #expect(total.bothShareOfHQ?.percent(scale: 1).description == "43.8")
}

@Test func r3OverlapByType() {
    let overlap = OverlapTable(SurveyTable.builtInR3())
    #expect(overlap.entries.map(\.both.integer) == [155, 5543, 2556, 70, 124, 0, 80, 8528])
    // 155/276 = 0.5616 → 56.2; 5,543/7,051 = 0.78613 → 78.6; 0/4 → 0.0
    #expect(overlap.entries.map { $0.bothShareOfCS?.percent(scale: 1).description } == ["56.2", "78.6", "76.5", "73.7", "15.4", "0.0", "28.0", "71.9"])
    // 155/553 = 0.28029 → 28.0; 70/101 = 0.69307 → 69.3; 124/435 = 0.28506 → 28.5
    #expect(overlap.entries.map { $0.bothShareOfHQ?.percent(scale: 1).description } == ["28.0", "44.1", "45.4", "69.3", "28.5", "0.0", "43.2", "43.8"])
}
