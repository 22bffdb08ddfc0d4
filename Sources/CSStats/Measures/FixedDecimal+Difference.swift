extension FixedDecimal {
    /// `a − b` at the larger of their scales, exactly: a change of rates in percentage points.
    ///
    /// - Returns: the difference, or `nil` if it overflows.
    public static func difference(_ a: FixedDecimal, _ b: FixedDecimal) -> FixedDecimal? {
        let scale = Swift.max(a.scale, b.scale)
        guard let x = a.rescaled(to: scale), let y = b.rescaled(to: scale) else { return nil }
        let (d, overflow) = x.units.subtractingReportingOverflow(y.units)
        return overflow ? nil : FixedDecimal(units: d, scale: scale)
    }
}
