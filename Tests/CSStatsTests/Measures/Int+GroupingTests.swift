import Testing
@testable import CSStats

@Test(arguments: [
    (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (11_856, "11,856"), (-2_068, "-2,068"),
    (-999, "-999"), (36_015, "36,015"), (1_234_567, "1,234,567"),
    (Int.max, "9,223,372,036,854,775,807"), (Int.min, "-9,223,372,036,854,775,808"),
])
func groupedDecimal(value: Int, expected: String) {
    #expect(value.groupedDecimal == expected)
}
