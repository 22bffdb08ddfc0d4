import Testing
@testable import CSStats

@Test func initRejectsZeroAndNormalisesTheSign() throws {
    #expect(Ratio(1, 0) == nil)
    #expect(Ratio(Int.min, -1) == nil)
    #expect(Ratio(1, Int.min) == nil)
    let flipped = try #require(Ratio(1, -2))
    #expect(flipped.numerator == -1)
    #expect(flipped.denominator == 2)
    #expect(try #require(Ratio(-3, -4)).description == "3/4")
}

@Test func keepsTermsAsGiven() throws {
    let ratio = try #require(Ratio(276, 2830))
    #expect(ratio.description == "276/2830")
    #expect(try #require(Ratio(2, 4)).description == "2/4")
}

@Test func equalityHashingAndOrderGoByValue() throws {
    let half = try #require(Ratio(1, 2)), twoQuarters = try #require(Ratio(2, 4))
    #expect(half == twoQuarters)
    #expect(half.hashValue == twoQuarters.hashValue)
    #expect(try #require(Ratio(0, 5)) == (try #require(Ratio(0, 7))))
    #expect(try #require(Ratio(1, 3)) < half)
    #expect(try #require(Ratio(-1, 2)) < (try #require(Ratio(1, 3))))
    #expect(try #require(Ratio(-1, 2)) < (try #require(Ratio(-1, 3))))
}

@Test func comparesHugeTermsWithoutOverflow() throws {
    let max = Int.max
    // x/(x−1) = 1 + 1/(x−1) shrinks as x grows, so max/(max−1) < (max−1)/(max−2);
    // the cross products are near 2^126 and would overflow a single word.
    let a = try #require(Ratio(max, max - 1)), b = try #require(Ratio(max - 1, max - 2))
    #expect(a < b)
    #expect(a != b)
    #expect(try #require(Ratio(max, max)) == (try #require(Ratio(1, 1))))
    #expect(try #require(Ratio(Int.min, max)) < (try #require(Ratio(-1, 1))))
}

/// Percentages rounded half up at one decimal (scale 1 unless given).
/// Expected values worked by hand:
/// - 4625/10000 = 46.25% → 46.3 (ties-to-even would print 46.2)
/// - 985/10000 = 9.85% → 9.9
/// - 1/8 = 12.5% → 12.5 at scale 1, 13 at scale 0
/// - -5/1000 = -0.5% → -1 at scale 0 (half away from zero)
/// - R2 total: 9,788/36,015: 36,015 × 0.27 = 9,724.05, remainder 63.95/36,015 = 0.00178,
///   so 27.178% → 27.2 (published 27.2%)
/// - R3 幼稚園: 276/2829 = 9.756% → 9.8; 276/2830 = 9.753% → 9.8 (published 9.8%);
///   553/2830 = 19.541% → 19.5 (published 19.5%)
@Test(arguments: [
    (4625, 10000, 1, "46.3"), (985, 10000, 1, "9.9"), (1, 8, 1, "12.5"), (1, 8, 0, "13"),
    (-5, 1000, 0, "-1"), (-5, 1000, 1, "-0.5"), (9788, 36015, 1, "27.2"),
    (276, 2829, 1, "9.8"), (276, 2830, 1, "9.8"), (553, 2830, 1, "19.5"),
    (0, 2830, 1, "0.0"), (2830, 2830, 1, "100.0"), (1, 3, 2, "33.33"),
])
func percentRoundsHalfUp(numerator: Int, denominator: Int, scale: Int, expected: String) throws {
    let ratio = try #require(Ratio(numerator, denominator))
    let percent = ratio.percent(scale: scale)
    #expect(percent.description == expected)
    #expect(percent.scale == scale)
}

@Test func percentDefaultsToOneDecimal() throws {
    #expect(try #require(Ratio(276, 2830)).percent() == FixedDecimal(units: 98, scale: 1))
}

/// Plain rounding half up: 5/2 = 2.5 → 3 (ties-to-even gives 2), -5/2 → -3,
/// 2/3 = 0.666… → 0.67, -2/3 → -0.67, 1/3 → 0.33.
@Test(arguments: [
    (5, 2, 0, "3"), (-5, 2, 0, "-3"), (1, 2, 0, "1"), (-1, 2, 0, "-1"),
    (2, 3, 2, "0.67"), (-2, 3, 2, "-0.67"), (1, 3, 2, "0.33"), (7, 1, 1, "7.0"),
])
func roundedHalfUp(numerator: Int, denominator: Int, scale: Int, expected: String) throws {
    #expect(try #require(Ratio(numerator, denominator)).rounded(scale: scale).description == expected)
}

/// Multiples (○倍): R3 total over R2 total, 11,856/9,788: 9,788 × 1.2 = 11,745.6, remainder
/// 110.4/9,788 = 0.011, so 1.211 → 1.2倍; 123/10 = 12.3倍; 25/2 = 12.5 → 13倍 at scale 0.
@Test(arguments: [(11856, 9788, 1, "1.2"), (123, 10, 1, "12.3"), (25, 2, 0, "13")])
func multipleRoundsHalfUp(numerator: Int, denominator: Int, scale: Int, expected: String) throws {
    #expect(try #require(Ratio(numerator, denominator)).multiple(scale: scale).description == expected)
}

@Test func roundingHugeTermsStaysExact() throws {
    // Int.max/Int.max is exactly 1, though Int.max × 1000 overflows a single word.
    #expect(try #require(Ratio(Int.max, Int.max)).percent().description == "100.0")
    #expect(try #require(Ratio(Int.min, Int.max)).rounded(scale: 0).description == "-1")
}

/// Shown beside a limit, a share takes the decimals that keep it apart: 4001/400000 is
/// 1.00025%, which is 1.0, 1.00 and 1.000 at one to three decimals and 1.0003 at four; 1/3 is
/// 33.33… (33.3 beside 33.3 would read as equal, so 33.33); 3/5 beside 1 is 60.0 at once; a
/// share equal to the limit (1/100 beside 1) stays at one decimal.
@Test(arguments: [
    (4001, 400000, "1", "1.0003"), (1, 3, "33.3", "33.33"), (3, 5, "1", "60.0"), (1, 100, "1", "1.0"),
    (1, 199, "0.5", "0.503"),
])
func percentApartFromALimit(numerator: Int, denominator: Int, limit: String, expected: String) throws {
    let ratio = try #require(Ratio(numerator, denominator))
    #expect(ratio.percent(apartFrom: try #require(FixedDecimal(limit))).description == expected)
}
