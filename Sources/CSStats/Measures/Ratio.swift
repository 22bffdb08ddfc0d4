/// An exact ratio of two integers: a rate as count over 母数, an increase over last year's count,
/// or this year's count over an earlier year's.
///
/// The terms are stored as given, not reduced, so `description` shows the counts that made the
/// rate ("276/2830"). Equality and ordering still go by value (2/4 == 1/2), by cross-multiplying
/// into two-word products that cannot overflow. Rounding happens only when a figure is printed,
/// half up (四捨五入) as the ministry rounds, never with the platform's ties-to-even.
public struct Ratio: Sendable {
    /// The top term, with the ratio's sign.
    public let numerator: Int

    /// The bottom term, always positive.
    public let denominator: Int

    /// Creates the ratio `numerator`/`denominator`, moving a negative denominator's sign to the
    /// numerator: `Ratio(1, -2)` is -1/2.
    ///
    /// - Parameters:
    ///   - numerator: the top term, such as a count.
    ///   - denominator: the bottom term, such as a 母数.
    /// - Returns: `nil` when `denominator` is 0, or when flipping the signs would overflow
    ///   (either term is `Int.min` and the denominator is negative).
    public init?(_ numerator: Int, _ denominator: Int) {
        if denominator > 0 {
            self.init(numerator: numerator, positiveDenominator: denominator)
        } else {
            guard denominator != 0, numerator != .min, denominator != .min else { return nil }
            self.init(numerator: -numerator, positiveDenominator: -denominator)
        }
    }

    /// Creates a ratio whose denominator is known to be positive.
    init(numerator: Int, positiveDenominator: Int) {
        precondition(positiveDenominator > 0, "denominator must be positive")
        self.numerator = numerator
        self.denominator = positiveDenominator
    }

    /// The value rounded half up (away from zero for negatives) to `scale` decimals:
    /// 1/8 at scale 2 is 0.13, -1/2 at scale 0 is -1.
    ///
    /// - Parameter scale: the number of decimals, from 0 to ``FixedDecimal/maximumScale``.
    /// - Returns: the rounded value; its units must fit in `Int`.
    public func rounded(scale: Int) -> FixedDecimal {
        roundedHalfUp(timesPowerOfTen: scale, scale: scale)
    }

    /// The value as a percentage, 100 × the ratio, rounded half up to `scale` decimals:
    /// `Ratio(276, 2830)!.percent()` is 9.8 and `Ratio(4625, 10000)!.percent()` is 46.3.
    ///
    /// - Parameter scale: the number of decimals, from 0 to ``FixedDecimal/maximumScale``;
    ///   published rates use 1.
    /// - Returns: the rounded percentage; its units must fit in `Int`.
    public func percent(scale: Int = 1) -> FixedDecimal {
        roundedHalfUp(timesPowerOfTen: scale + 2, scale: scale)
    }

    /// The value as a percentage with the fewest decimals, from `minimumScale` to
    /// `maximumScale`, that keep it apart from `other` once rounded: 4001/400000 beside a
    /// limit of 1% is 1.0003, where one decimal would print 1.0 and read as the limit itself.
    ///
    /// - Parameters:
    ///   - other: the percentage it is shown beside, such as a limit.
    ///   - minimumScale: the fewest decimals to show.
    ///   - maximumScale: the most decimals to show, at most ``FixedDecimal/maximumScale`` − 2.
    /// - Returns: the rounded percentage; at `minimumScale` when the two are equal.
    public func percent(apartFrom other: FixedDecimal, minimumScale: Int = 1, maximumScale: Int = 6) -> FixedDecimal {
        let (hundredfold, overflow) = numerator.multipliedReportingOverflow(by: 100)
        if !overflow, Ratio(numerator: hundredfold, positiveDenominator: denominator) == other.exactRatio {
            return percent(scale: minimumScale)
        }
        var scale = minimumScale
        while scale < maximumScale, percent(scale: scale) == other { scale += 1 }
        return percent(scale: scale)
    }

    /// The value as a multiple (○倍), rounded half up to `scale` decimals: this year's count over
    /// an earlier year's, printed as "12.3倍".
    ///
    /// - Parameter scale: the number of decimals, from 0 to ``FixedDecimal/maximumScale``.
    /// - Returns: the rounded multiple; its units must fit in `Int`.
    public func multiple(scale: Int = 1) -> FixedDecimal {
        rounded(scale: scale)
    }

    /// numerator × 10^`exponent` / denominator, rounded half up to a whole number of units at
    /// `scale`.
    private func roundedHalfUp(timesPowerOfTen exponent: Int, scale: Int) -> FixedDecimal {
        precondition((0...FixedDecimal.maximumScale).contains(scale), "scale \(scale) out of range")
        // Rounding the magnitude half up and restoring the sign is half away from zero.
        let divisor = UInt(denominator)
        let product = numerator.magnitude.multipliedFullWidth(by: FixedDecimal.powerOfTen(exponent))
        precondition(product.high < divisor, "rounded value of \(self) overflows")
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        // remainder ≥ divisor / 2, written so that nothing can overflow.
        let magnitude = remainder >= divisor - remainder ? quotient + 1 : quotient
        precondition(magnitude <= UInt(Int.max), "rounded value of \(self) overflows")
        let units = numerator < 0 ? -Int(magnitude) : Int(magnitude)
        return FixedDecimal(units: units, scale: scale)
    }

    /// The greatest common divisor of two magnitudes (Euclid).
    private static func greatestCommonDivisor(_ a: UInt, _ b: UInt) -> UInt {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

extension Ratio: Hashable {
    /// Whether two ratios have the same value, whatever their terms: 2/4 == 1/2.
    public static func == (lhs: Ratio, rhs: Ratio) -> Bool {
        // Both denominators are positive, so a/b == c/d exactly when a·d == c·b.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high == right.high && left.low == right.low
    }

    /// Hashes the value in lowest terms, so that equal ratios hash alike.
    public func hash(into hasher: inout Hasher) {
        // The divisor divides the positive denominator, so it fits in Int.
        let divisor = Int(Self.greatestCommonDivisor(numerator.magnitude, UInt(denominator)))
        hasher.combine(numerator / divisor)
        hasher.combine(denominator / divisor)
    }
}

extension Ratio: Comparable {
    /// Whether the left ratio is smaller in value: 1/3 < 1/2.
    public static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        // Both denominators are positive, so a/b < c/d exactly when a·d < c·b; the two-word
        // products compare high word first (signed), then low word (unsigned).
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high < right.high || (left.high == right.high && left.low < right.low)
    }
}

extension Ratio: CustomStringConvertible {
    /// The terms as stored, without reducing: "276/2830", "-1/2".
    public var description: String { "\(numerator)/\(denominator)" }
}
