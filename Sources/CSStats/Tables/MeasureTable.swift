/// The published table of one measure (CS, HQ, both or similar) by school type or prefecture.
///
/// Each entry keeps the count as a `Figure`, so a published placeholder stays a placeholder and
/// is never printed as 0. The rate is computed exactly from the count when the table has a 母数,
/// else kept as printed; the previous year's count is published or count − increase. Entries
/// are in the published order (school types in order, prefectures in JIS code order) unless
/// sorted otherwise, with the 合計 row always last.
public struct MeasureTable: Sendable {
    /// How the rows other than 合計 are ordered.
    public enum Order: String, Sendable, CaseIterable {
        /// The published order: school types in order, prefectures by JIS code.
        case code
        /// Highest rate first; rows without a rate last; ties in published order.
        case rate
        /// Highest count first; rows without a count last; ties in published order.
        case count
    }

    /// One row of the table.
    public struct Entry: Sendable {
        /// What the row is about.
        public var key: SurveyRow.Key
        /// The count as published.
        public var count: Figure
        /// The rate in percent: as printed where the table prints one, else exact from the 母数.
        public var rate: FixedDecimal?
        /// The mark published where the rate would be (－, …, x), when there is no rate.
        public var rateMark: Placeholder? = nil
        /// The increase over the previous year, as published.
        public var increase: Figure
        /// The previous year's count: published, else count − increase.
        public var previous: Int?
        /// For prefectures: the rank by rate (1 is highest; equal rates share a rank).
        public var rank: Int?
        /// For prefectures: the class on the ministry's map.
        public var mapClass: MapClass?
    }

    /// The measure tabulated.
    public var programme: Programme
    /// How the rows are keyed.
    public var dimension: SurveyTable.Dimension
    /// The survey year, if known.
    public var year: SurveyYear?
    /// The reference date, if known.
    public var referenceDate: String?
    /// The rows, 合計 last.
    public var entries: [Entry]

    /// Builds the table of one measure from a survey table.
    ///
    /// - Parameters:
    ///   - table: the survey table.
    ///   - programme: the measure to tabulate.
    ///   - order: how to order the rows other than 合計.
    /// - Complexity: O(*n* log *n*) for *n* rows.
    /// Whether the total row is computed from the rows (the file prints none).
    public var totalIsComputed = false

    public init(_ table: SurveyTable, programme: Programme, order: Order = .code) {
        self.programme = programme
        self.dimension = table.dimension
        self.year = table.year
        self.referenceDate = table.referenceDate
        let byPrefecture = table.dimension == .prefecture
        // The maps shade prefectures; the national 合計 gets no class.
        func entry(_ row: SurveyRow) -> Entry {
            let rate = table.rate(row, programme)
            let mapped = byPrefecture && row.key != .total
            var entry = Entry(
                key: row.key, count: row[.count(programme)], rate: rate, increase: row[.increase(programme)],
                previous: row.previousCount(programme), rank: nil,
                mapClass: mapped ? MapClass.of(count: row.count(programme), rate: rate,
                                                countIsNone: row[.count(programme)] == .missing(.none)) : nil)
            if rate == nil, case .missing(let mark) = row[.rate(programme)], mark != .empty { entry.rateMark = mark }
            return entry
        }
        var rows = table.rows.map(entry)
        if byPrefecture {
            let rates = rows.compactMap(\.rate)
            for i in rows.indices {
                guard let rate = rows[i].rate else { continue }
                rows[i].rank = 1 + rates.filter { $0 > rate }.count
            }
        }
        rows = Self.sorted(rows, by: order)
        if table.total != nil || !table.rows.isEmpty {
            rows.append(entry(table.effectiveTotal))
        }
        self.entries = rows
        self.totalIsComputed = table.total == nil
    }

    private static func sorted(_ rows: [Entry], by order: Order) -> [Entry] {
        let published = rows.enumerated().sorted { Self.publishedOrder($0.element.key, $1.element.key, $0.offset, $1.offset) }.map(\.element)
        switch order {
        case .code:
            return published
        case .rate:
            return stableDescending(published) { $0.rate.map { $0.exactRatio } }
        case .count:
            return stableDescending(published) { $0.count.integer.map { Ratio(numerator: $0, positiveDenominator: 1) } }
        }
    }

    /// Sorts by a value, highest first, rows without one last, keeping the given order on ties.
    private static func stableDescending(_ rows: [Entry], by value: (Entry) -> Ratio?) -> [Entry] {
        rows.enumerated().sorted { a, b in
            switch (value(a.element), value(b.element)) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    private static func publishedOrder(_ a: SurveyRow.Key, _ b: SurveyRow.Key, _ i: Int, _ j: Int) -> Bool {
        SurveyRow.Key.publishedOrder(a, b) ?? (i < j)
    }
}
