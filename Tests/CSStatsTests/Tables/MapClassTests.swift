import Testing
@testable import CSStats

@Test(arguments: [
    (0, "0.0", MapClass.noSchools),
    (1, "0.1", .under20),
    (10, "19.9", .under20),
    (10, "20.0", .atLeast20),
    (10, "49.9", .atLeast20),
    (10, "50.0", .atLeast50),
    (10, "79.9", .atLeast50),
    (10, "80.0", .atLeast80),
    (10, "100.0", .atLeast80),
])
func mapClassBands(count: Int, rate: String, expected: MapClass) {
    #expect(MapClass.of(count: count, rate: FixedDecimal(rate)) == expected)
}

@Test func mapClassNeedsARateUnlessNone() {
    #expect(MapClass.of(count: 5, rate: nil) == nil)
    #expect(MapClass.of(count: 0, rate: nil) == .noSchools)
}

@Test func mapClassLabels() {
    #expect(MapClass.allCases.map(\.label) == ["80%以上", "50%以上", "20%以上", "20%未満", "設置なし"])
    #expect(MapClass.allCases.map(\.rawValue) == ["80-plus", "50-plus", "20-plus", "under-20", "none"])
}
