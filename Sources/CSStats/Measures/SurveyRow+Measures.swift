extension SurveyRow {
    /// The number of schools (母数) that answered, if published.
    public var denominator: Int? { self[.denominator].integer }

    /// The published count of schools with `programme`.
    public func count(_ programme: Programme) -> Int? { self[.count(programme)].integer }

    /// The published rate in percent, as printed (already rounded by the publisher).
    public func printedRate(_ programme: Programme) -> FixedDecimal? { self[.rate(programme)].value }

    /// The published increase over the previous survey year.
    public func increase(_ programme: Programme) -> Int? { self[.increase(programme)].integer }

    /// The previous year's count: published, else derived as count − increase.
    public func previousCount(_ programme: Programme) -> Int? {
        if let published = self[.previous(programme)].integer { return published }
        guard let count = count(programme), let increase = increase(programme) else { return nil }
        return count - increase
    }

    /// The exact rate count / denominator, when both are published.
    public func exactRate(_ programme: Programme) -> Ratio? {
        guard let count = count(programme), let denominator else { return nil }
        return Ratio(count, denominator)
    }

    /// The rate to print: as published where the table prints one (`check` compares it with
    /// count / 母数), else computed from the counts when the 母数 is known.
    public func rate(_ programme: Programme) -> FixedDecimal? {
        printedRate(programme) ?? exactRate(programme)?.percent(scale: 1)
    }

    /// The rate in percent as an exact ratio, for drawing: as printed where the table prints
    /// one (9.8 is 98/10), else 100 × count / 母数, unrounded.
    ///
    /// It is the figure ``rate(_:)`` prints, before that rounds it, so a bar is as long as its
    /// label says to the resolution of the drawing.
    /// - Parameter computing: whether count / 母数 may stand in for a rate not printed
    ///   (``SurveyScope/canComputeRate(_:of:in:)``).
    public func percentRatio(_ programme: Programme, computing: Bool = true) -> Ratio? {
        if let printed = printedRate(programme) { return printed.exactRatio }
        guard computing, let count = count(programme), let denominator else { return nil }
        let (hundredfold, overflow) = count.multipliedReportingOverflow(by: 100)
        return overflow ? nil : Ratio(hundredfold, denominator)
    }

    /// Growth over the previous year: increase / previous count.
    public func growth(_ programme: Programme) -> Ratio? {
        guard let increase = increase(programme), let previous = previousCount(programme) else { return nil }
        return Ratio(increase, previous)
    }

    /// Share of CS schools that also have an HQ: both / CS.
    public var bothShareOfCS: Ratio? {
        guard let both = count(.both), let cs = count(.cs) else { return nil }
        return Ratio(both, cs)
    }

    /// Share of HQ schools that are also CS: both / HQ.
    public var bothShareOfHQ: Ratio? {
        guard let both = count(.both), let hq = count(.hq) else { return nil }
        return Ratio(both, hq)
    }

    /// The 母数 range that each (count, printed rate) pair of the row allows, by programme in
    /// `Programme` order; `nil` bounds for a pair that no denominator fits (1 at 40.0%).
    ///
    /// Programmes whose count or rate is not printed are left out.
    public var denominatorPairs: [(programme: Programme, bounds: DenominatorBounds?)] {
        Programme.allCases.compactMap { programme in
            guard let count = count(programme), let rate = printedRate(programme) else { return nil }
            return (programme, DenominatorBounds.consistent(count: count, printedPercent: rate))
        }
    }

    /// The denominators consistent with every (count, printed rate) pair of the row, or with
    /// the published denominator when there is one.
    ///
    /// - Returns: `nil` when the row has no pair to bound it with; `.some(nil)` when the pairs
    ///   contradict each other (no denominator fits them all).
    public var denominatorBounds: DenominatorBounds?? {
        if let denominator {
            let d = max(denominator, 0)
            return .some(DenominatorBounds(lower: d, upper: d))
        }
        let pairs = denominatorPairs
        guard let first = pairs.first else { return nil }
        return .some(pairs.dropFirst().reduce(first.bounds) { common, pair in
            common.flatMap { c in pair.bounds.flatMap(c.intersection) }
        })
    }
}

extension SurveyRow {
    /// The label of a total computed from the rows of a table that prints none.
    public static let computedTotalLabel = "合計 (行の和)"
}

extension SurveyTable {
    /// The rate of a row to print: as published where printed, else count / 母数 where that
    /// is a rate (``SurveyScope/canComputeRate(_:of:in:)``), rounded half up to one decimal.
    public func rate(_ row: SurveyRow, _ programme: Programme) -> FixedDecimal? {
        row.printedRate(programme)
            ?? (SurveyScope.canComputeRate(programme, of: row, in: self) ? row.exactRate(programme)?.percent(scale: 1) : nil)
    }
}

extension SurveyTable {
    /// The sum of a count column over the rows (not the total), or `nil` when any row lacks it.
    public func sum(_ column: SurveyColumn) -> Int? {
        guard !rows.isEmpty else { return nil }
        var sum = 0
        for row in rows {
            guard let n = row[column].integer else { return nil }
            sum += n
        }
        return sum
    }

    /// The total row as published; for a table without one, the rows' sums.
    ///
    /// A published 合計 that leaves a cell empty is kept so: the publisher may have left it out
    /// because it covers other schools (HQ totals before R3), and a sum printed in its place
    /// would pass for a published figure.
    public var effectiveTotal: SurveyRow {
        if let total { return total }
        // Labelled as computed: a sum must never pass for a published 合計.
        var total = SurveyRow(key: .total, label: SurveyRow.computedTotalLabel, figures: [:])
        for column in columns where column.holdsCount && total[column].integer == nil {
            if let sum = sum(column) { total.figures[column] = .value(FixedDecimal(units: sum, scale: 0)) }
        }
        return total
    }
}
