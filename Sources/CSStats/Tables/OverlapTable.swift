/// Coverage by both programmes, by row: CS, HQ, both, the shares of both in CS and in HQ, and
/// the similar mechanisms counted beside CS.
///
/// The shares are exact ratios of the published counts (R3 合計: 8,528 / 11,856 and
/// 8,528 / 19,471), rounded half up only when printed.
public struct OverlapTable: Sendable {
    /// One row of the table.
    public struct Entry: Sendable {
        /// What the row is about.
        public var key: SurveyRow.Key
        /// Schools with a CS.
        public var cs: Figure
        /// Schools with an HQ.
        public var hq: Figure
        /// Schools with both.
        public var both: Figure
        /// Schools with a similar mechanism (not CS).
        public var similar: Figure
        /// both / CS.
        public var bothShareOfCS: Ratio?
        /// both / HQ.
        public var bothShareOfHQ: Ratio?
    }

    /// The survey year, if known.
    public var year: SurveyYear?
    /// The reference date, if known.
    public var referenceDate: String?
    /// The rows in published order, 合計 last.
    public var entries: [Entry]

    /// Builds the overlap table of a survey table.
    ///
    /// - Parameter table: the survey table.
    /// Whether the total row is computed from the rows (the file prints none).
    public var totalIsComputed = false

    public init(_ table: SurveyTable) {
        totalIsComputed = table.total == nil
        year = table.year
        referenceDate = table.referenceDate
        let keys = MeasureTable(table, programme: .cs).entries.map(\.key)
        entries = keys.compactMap { key in
            guard let row = key == .total ? table.effectiveTotal : table.rows.first(where: { $0.key == key }) else { return nil }
            return Entry(key: key, cs: row[.count(.cs)], hq: row[.count(.hq)], both: row[.count(.both)],
                         similar: row[.count(.similar)], bothShareOfCS: row.bothShareOfCS, bothShareOfHQ: row.bothShareOfHQ)
        }
    }
}
