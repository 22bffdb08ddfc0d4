import Testing
@testable import CSStats

private func percent(_ text: String) -> FixedDecimal {
    FixedDecimal(text)!
}

/// Bounds worked by hand with K = 2 · 10^(s+2) · count, K/(2r+1) < D ≤ K/(2r−1), D ≥ count,
/// each end then checked by dividing at D and at the first D outside:
/// - 276 at 9.8%: K = 552,000; 552,000/197 = 2,802.03 → 2,803; 552,000/195 = 2,830.77 → 2,830.
///   276/2,802 = 9.8501% → 9.9 and 276/2,831 = 9.749% → 9.7 fall outside.
/// - 553 at 19.5%: K = 1,106,000; /391 = 2,828.6 → 2,829; /389 = 2,843.2 → 2,843.
///   553/2,828 = 19.554% → 19.6 and 553/2,844 = 19.444% → 19.4 fall outside.
/// - 5 at 33.3%: K = 10,000; /667 = 14.99 → 15; /665 = 15.04 → 15: only 5/15 = 33.33%.
/// - 3 at 0.0%: K = 6,000; D > 6,000 (3/6,000 = 0.05% → 0.1); no upper bound.
/// - 5,000 at 100.0%: K = 10,000,000; /2,001 = 4,997.5 → 4,998, raised to the count 5,000;
///   /1,999 = 5,002.5 → 5,002 (5,000/5,002 = 99.96% → 100.0; 5,000/5,003 = 99.94% → 99.9).
/// - 5 at 100.0%: K = 10,000; /2,001 = 4.998 → 5; /1,999 = 5.003 → 5.
/// - 276 at 10% (scale 0): K = 55,200; /21 = 2,628.6 → 2,629; /19 = 2,905.3 → 2,905.
/// - 276 at 9.75% (scale 2): K = 5,520,000; /1,951 = 2,829.3 → 2,830; /1,949 = 2,832.2 → 2,832.
/// - R3 合計 CS 11,856 at 33.3%: K = 23,712,000; /667 = 35,550.2 → 35,551; /665 = 35,657.1 → 35,657.
/// - R3 合計 HQ 19,471 at 54.7%: K = 38,942,000; /1,095 = 35,563.5 → 35,564;
///   /1,093 = 35,628.5 → 35,628.
@Test(arguments: [
    (276, "9.8", 2_803, 2_830), (553, "19.5", 2_829, 2_843), (5, "33.3", 15, 15),
    (5_000, "100.0", 5_000, 5_002), (5, "100.0", 5, 5), (276, "10", 2_629, 2_905),
    (276, "9.75", 2_830, 2_832), (11_856, "33.3", 35_551, 35_657), (19_471, "54.7", 35_564, 35_628),
])
func boundedRanges(count: Int, rate: String, lower: Int, upper: Int) throws {
    let bounds = try #require(DenominatorBounds.consistent(count: count, printedPercent: percent(rate)))
    #expect(bounds == DenominatorBounds(lower: lower, upper: upper))
}

@Test func zeroRatesAreUnboundedAbove() {
    #expect(DenominatorBounds.consistent(count: 0, printedPercent: percent("0.0"))
        == DenominatorBounds(lower: 1, upper: nil))
    #expect(DenominatorBounds.consistent(count: 3, printedPercent: percent("0.0"))
        == DenominatorBounds(lower: 6_001, upper: nil))
}

/// No integer D fits:
/// - 1 at 40.0%: K = 2,000; /801 = 2.497 → 3, /799 = 2.503 → 2 (1/2 = 50%, 1/3 = 33.3%).
/// - 5 at 33.4%: K = 10,000; /669 = 14.95 → 15, /667 = 14.99 → 14.
/// - 5 at 125.0%: only D = 4, below the count.
/// - 0 at 0.5%: a count of 0 is 0% of any denominator.
@Test(arguments: [(1, "40.0"), (5, "33.4"), (5, "125.0"), (0, "0.5"), (-1, "9.8"), (276, "-9.8")])
func impossiblePairs(count: Int, rate: String) {
    #expect(DenominatorBounds.consistent(count: count, printedPercent: percent(rate)) == nil)
}

@Test func intersectionOfCSAndHQ() throws {
    // R3 幼稚園: CS 2,803…2,830 and HQ 2,829…2,843 share 2,829…2,830 (DOMAIN.md).
    let cs = DenominatorBounds(lower: 2_803, upper: 2_830)
    let hq = DenominatorBounds(lower: 2_829, upper: 2_843)
    #expect(cs.intersection(hq) == DenominatorBounds(lower: 2_829, upper: 2_830))
    #expect(hq.intersection(cs) == DenominatorBounds(lower: 2_829, upper: 2_830))
    #expect(cs.intersection(DenominatorBounds(lower: 2_831, upper: nil)) == nil)
    #expect(cs.intersection(DenominatorBounds(lower: 2_830, upper: nil))
        == DenominatorBounds(lower: 2_830, upper: 2_830))
    #expect(DenominatorBounds(lower: 1, upper: nil).intersection(DenominatorBounds(lower: 7, upper: nil))
        == DenominatorBounds(lower: 7, upper: nil))
}

@Test func sumAddsBothEnds() {
    let a = DenominatorBounds(lower: 2_803, upper: 2_830), b = DenominatorBounds(lower: 10, upper: 20)
    #expect(a + b == DenominatorBounds(lower: 2_813, upper: 2_850))
    #expect(a + DenominatorBounds(lower: 6_001, upper: nil) == DenominatorBounds(lower: 8_804, upper: nil))
    #expect(DenominatorBounds(lower: 1, upper: Int.max) + b == DenominatorBounds(lower: 11, upper: Int.max))
}

/// The R3 table's seven school types, each CS range intersected with its HQ range, add up to a
/// range that overlaps both 合計 ranges. Per-type ranges, each end worked as in `boundedRanges`:
/// 幼稚園 2,829…2,830; 小学校 CS 18,778…18,827 ∩ HQ 18,776…18,803 = 18,778…18,803;
/// 中学校 9,136…9,160 ∩ 9,139…9,153 = 9,139…9,153; 義務教育学校 144…144 (95 at 66.0%:
/// 190,000/1,321 = 143.8, /1,319 = 144.05); 高等学校 3,508…3,522 ∩ 3,494…3,522 = 3,508…3,522;
/// 中等教育学校 34…34 (4 at 11.8%: 8,000/237 = 33.8, /235 = 34.04); 特別支援学校
/// 1,098…1,102 ∩ 1,098…1,104 = 1,098…1,102. Sum: 35,530…35,588; with the 合計 ranges
/// 35,551…35,657 and 35,564…35,628 that leaves 35,564…35,588.
@Test func r3TypeRangesAddUpToTheTotal() throws {
    let rows: [(cs: Int, csRate: String, hq: Int, hqRate: String)] = [
        (276, "9.8", 553, "19.5"), (7_051, "37.5", 12_570, "66.9"), (3_339, "36.5", 5_625, "61.5"),
        (95, "66.0", 101, "70.1"), (805, "22.9", 435, "12.4"), (4, "11.8", 2, "5.9"),
        (286, "26.0", 185, "16.8"),
    ]
    let shared = try rows.map { row in
        let cs = try #require(DenominatorBounds.consistent(count: row.cs, printedPercent: percent(row.csRate)))
        let hq = try #require(DenominatorBounds.consistent(count: row.hq, printedPercent: percent(row.hqRate)))
        return try #require(cs.intersection(hq))
    }
    let sum = shared.dropFirst().reduce(shared[0], +)
    #expect(sum == DenominatorBounds(lower: 35_530, upper: 35_588))
    let totalCS = try #require(DenominatorBounds.consistent(count: 11_856, printedPercent: percent("33.3")))
    let totalHQ = try #require(DenominatorBounds.consistent(count: 19_471, printedPercent: percent("54.7")))
    let total = try #require(totalCS.intersection(totalHQ))
    #expect(total.intersection(sum) == DenominatorBounds(lower: 35_564, upper: 35_588))
}

@Test func containsChecksBothEnds() {
    let bounds = DenominatorBounds(lower: 2_803, upper: 2_830)
    #expect(bounds.contains(2_803))
    #expect(bounds.contains(2_830))
    #expect(!bounds.contains(2_802))
    #expect(!bounds.contains(2_831))
    #expect(DenominatorBounds(lower: 6_001, upper: nil).contains(Int.max))
}

@Test func descriptionUsesThousandsSeparators() {
    #expect(DenominatorBounds(lower: 2_803, upper: 2_830).description == "2,803…2,830")
    #expect(DenominatorBounds(lower: 2_803, upper: nil).description == "2,803…")
    #expect(DenominatorBounds(lower: 144, upper: 144).description == "144…144")
}
