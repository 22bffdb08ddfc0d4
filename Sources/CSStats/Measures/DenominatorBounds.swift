/// The range of denominators (母数) that a count and its printed, rounded rate allow.
///
/// Tables often print a count and its rate but not the number of schools surveyed. The rate was
/// rounded half up, so it pins the denominator to a range rather than a value: 276 schools at
/// 9.8% means 2,803 to 2,830 schools. Ranges from the CS and HQ columns of one school type must
/// overlap (they share a 母数), and the types' ranges must add up to one that overlaps the total's.
/// The arithmetic is exact integer arithmetic on the printed digits; no `Double` is involved.
public struct DenominatorBounds: Sendable, Hashable {
    /// The smallest denominator in the range, at least 1, or 0 for the exact range 0…0 of a row
    /// with no schools (which adds nothing to a sum).
    public var lower: Int

    /// The largest denominator in the range, or `nil` when there is none: a rate that rounds to
    /// zero stays zero however many more schools there are.
    public var upper: Int?

    /// Creates the range `lower`…`upper`.
    ///
    /// - Parameters:
    ///   - lower: the smallest denominator, at least 1 (or 0 with `upper` 0: no schools).
    ///   - upper: the largest denominator, at least `lower`, or `nil` for no upper bound.
    public init(lower: Int, upper: Int?) {
        precondition(lower >= 1 || (lower == 0 && upper == 0), "a denominator is at least 1, or exactly 0")
        precondition(upper.map { $0 >= lower } ?? true, "upper bound below lower bound")
        self.lower = lower
        self.upper = upper
    }

    /// The denominators D with `count`/D × 100 rounding half up, at the printed rate's scale, to
    /// the printed rate, and with D ≥ `count` (a count never exceeds its 母数).
    ///
    /// With the printed rate as r units at scale s, half-up rounding means
    /// r − ½ ≤ 10^(s+2)·c/D < r + ½. Writing K = 2·10^(s+2)·c, that is
    /// K/(2r+1) < D ≤ K/(2r−1), with no upper bound when r = 0. So 276 at 9.8% gives
    /// 552,000/197 < D ≤ 552,000/195, that is 2,803…2,830.
    ///
    /// - Parameters:
    ///   - count: the schools counted, not negative.
    ///   - printedPercent: the rate as printed, in percent ("9.8" for 9.8%).
    /// - Returns: the range, or `nil` when no integer D fits: the pair is inconsistent (1 at
    ///   40.0%), the rate is above 100% (it would need D < `count`), or either input is negative.
    public static func consistent(count: Int, printedPercent: FixedDecimal) -> DenominatorBounds? {
        guard count >= 0, printedPercent.units >= 0 else { return nil }
        let rate = UInt(printedPercent.units)
        // 2·count and 2·rate + 1 fit in UInt because both inputs are at most Int.max.
        let scaledCount = (2 * UInt(count))
            .multipliedFullWidth(by: FixedDecimal.powerOfTen(printedPercent.scale + 2))

        // D > K/(2r+1): one more than the floor. A quotient past one word leaves no Int D.
        let lowDivisor = 2 * rate + 1
        guard scaledCount.high < lowDivisor else { return nil }
        let (lowQuotient, _) = lowDivisor.dividingFullWidth(scaledCount)
        guard lowQuotient < UInt(Int.max) else { return nil }
        let lower = max(Int(lowQuotient) + 1, count, 1)

        // D ≤ K/(2r−1): the floor. A quotient past Int.max bounds nothing an Int can hold.
        var upper: Int?
        if rate > 0 {
            let highDivisor = 2 * rate - 1
            if scaledCount.high < highDivisor {
                let (highQuotient, _) = highDivisor.dividingFullWidth(scaledCount)
                upper = Int(min(highQuotient, UInt(Int.max)))
            } else {
                upper = Int.max
            }
        }
        if let upper, upper < lower { return nil }
        return DenominatorBounds(lower: lower, upper: upper)
    }

    /// The denominators in both ranges: where a CS range and an HQ range for one school type agree.
    ///
    /// - Parameter other: another range for the same denominator.
    /// - Returns: the common range, or `nil` when the ranges are disjoint.
    public func intersection(_ other: DenominatorBounds) -> DenominatorBounds? {
        let lower = max(self.lower, other.lower)
        let upper: Int? = switch (self.upper, other.upper) {
        case let (a?, b?): min(a, b)
        case let (a?, nil): a
        case let (nil, b): b
        }
        if let upper, upper < lower { return nil }
        return DenominatorBounds(lower: lower, upper: upper)
    }

    /// The range of a sum of two denominators, each anywhere in its own range: the school types'
    /// ranges add up to a range for the total.
    ///
    /// An upper sum past `Int.max` is clamped to it; the lower bounds must not overflow.
    public static func + (lhs: DenominatorBounds, rhs: DenominatorBounds) -> DenominatorBounds {
        let lower = lhs.lower + rhs.lower
        var upper: Int?
        if let a = lhs.upper, let b = rhs.upper {
            let (sum, overflow) = a.addingReportingOverflow(b)
            upper = overflow ? Int.max : sum
        }
        return DenominatorBounds(lower: lower, upper: upper)
    }

    /// Whether `denominator` is in the range.
    ///
    /// - Parameter denominator: a candidate 母数, such as a published one to check.
    /// - Returns: `true` when `lower` ≤ `denominator` ≤ `upper`.
    public func contains(_ denominator: Int) -> Bool {
        denominator >= lower && (upper.map { denominator <= $0 } ?? true)
    }
}

extension DenominatorBounds: CustomStringConvertible {
    /// The range with thousands separators: "2,803…2,830", or "2,803…" when unbounded above.
    public var description: String {
        "\(lower.groupedDecimal)…\(upper?.groupedDecimal ?? "")"
    }
}
