/// Counts of schools per group, from school-level records: the table `aggregate` prints.
public struct SchoolAggregation: Sendable {
    /// One group: its key values (those not grouped by are `nil`) and its counts.
    public struct Group: Sendable, Equatable {
        public var year: SurveyYear?
        public var prefecture: Prefecture?
        public var municipality: String?
        public var schoolType: SchoolType?
        /// Schools in the group: the denominator of every rate.
        public var schools: Int
        public var cs: Int
        public var hq: Int
        public var both: Int
        public var similar: Int
    }

    /// What the groups are keyed by, in the order asked.
    public var keys: [AggregationKey]
    /// The groups, ordered by the keys (years ascending, prefectures in JIS order, school types
    /// in published order, municipalities by name).
    public var groups: [Group]
    /// The records counted.
    public var records: Int
    /// The records left out with `--skip-invalid`.
    public var skipped: SkippedRecords
    /// The input's encoding.
    public var encoding: TextEncoding
    /// How many workers read the file in parallel.
    public var workers: Int
}

extension SchoolAggregation {
    /// The aggregation as survey tables, one per year, keyed by school type or prefecture, with
    /// a total row computed from the records (so its figures are exact, not published).
    ///
    /// - Parameter dimension: `.schoolType` or `.prefecture`; the groups must have been keyed by it.
    public func surveyTables(file: String?) -> [SurveyTable] {
        let years = Array(Set(groups.map(\.year))).sorted { ($0?.gregorian ?? 0) < ($1?.gregorian ?? 0) }
        let columns: [SurveyColumn] = [.denominator, .count(.cs), .count(.hq), .count(.both), .count(.similar)]
        return years.map { year in
            let mine = groups.filter { $0.year == year }
            var total = Group(year: year, schools: 0, cs: 0, hq: 0, both: 0, similar: 0)
            var rows: [SurveyRow] = []
            for g in mine {
                total.schools += g.schools
                total.cs += g.cs
                total.hq += g.hq
                total.both += g.both
                total.similar += g.similar
                let key: SurveyRow.Key
                switch (g.prefecture, g.schoolType) {
                case let (p?, t?): key = .prefectureSchoolType(p, t)
                case let (p?, nil): key = .prefecture(p)
                case let (nil, t?): key = .schoolType(t)
                case (nil, nil): continue
                }
                let label = [g.prefecture?.name, g.schoolType?.label].compactMap { $0 }.joined(separator: " ")
                rows.append(SurveyRow(key: key, label: label, figures: SchoolAggregation.figures(g)))
            }
            return SurveyTable(
                year: year, rows: rows,
                total: SurveyRow(key: .total, label: "合計", figures: SchoolAggregation.figures(total)),
                columns: columns, file: file)
        }
    }

    static func figures(_ g: Group) -> [SurveyColumn: Figure] {
        func v(_ n: Int) -> Figure { .value(FixedDecimal(units: n, scale: 0)) }
        return [.denominator: v(g.schools), .count(.cs): v(g.cs), .count(.hq): v(g.hq),
                .count(.both): v(g.both), .count(.similar): v(g.similar)]
    }
}
