/// Counts of schools per group, from school-level records: the table `aggregate` prints.
public struct SchoolAggregation: Sendable {
    /// One group: its key values (those not grouped by are `nil`) and its counts.
    public struct Group: Sendable, Equatable {
        public var year: SurveyYear? = nil
        public var prefecture: Prefecture?
        public var municipality: String? = nil
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
    /// Notes on how cells were read (盲学校 counted as 特別支援学校, ※ lines read past), once each.
    public var notes: [String] = []
    /// Doubts about the counts: columns that took no role, departments counted as schools, a
    /// flag column with no mark. Warnings in `check` (so `--strict` fails), notes elsewhere.
    public var warnings: [String] = []
    /// The programmes the file has flags for: a file without an HQ column says nothing of HQ
    /// (or of both), which is not the same as no school having one.
    public var programmes: Set<Programme> = Set(Programme.allCases)

    /// Whether the file has a flag for `programme` (for `.both`: flags for CS and HQ).
    public func counts(_ programme: Programme) -> Bool { programmes.contains(programme) }
}

extension SchoolAggregation {
    /// The aggregation as survey tables, one per year, keyed by school type or prefecture, with
    /// a total row computed from the records (so its figures are exact, not published).
    ///
    /// - Parameter dimension: `.schoolType` or `.prefecture`; the groups must have been keyed by it.
    public func surveyTables(file: String?) -> [SurveyTable] {
        let years = Array(Set(groups.map(\.year))).sorted { ($0?.gregorian ?? 0) < ($1?.gregorian ?? 0) }
        let columns: [SurveyColumn] = [.denominator] + Programme.allCases.filter(counts).map { .count($0) }
        // Every year gets a row for every key seen in any year (zero when none), so totals and
        // increases add up across years.
        var allKeys: [Group] = []
        var seenKeys = Set<String>()
        for g in groups where seenKeys.insert("\(g.prefecture?.code ?? 0)/\(g.schoolType?.rawValue ?? -1)").inserted {
            allKeys.append(Group(prefecture: g.prefecture, schoolType: g.schoolType, schools: 0, cs: 0, hq: 0, both: 0, similar: 0))
        }
        allKeys.sort { ($0.prefecture?.code ?? 0, $0.schoolType?.rawValue ?? -1) < ($1.prefecture?.code ?? 0, $1.schoolType?.rawValue ?? -1) }
        let tables = years.map { year in
            let mine = allKeys.map { key in
                groups.first { $0.year == year && $0.prefecture == key.prefecture && $0.schoolType == key.schoolType }
                    ?? Group(year: year, prefecture: key.prefecture, schoolType: key.schoolType, schools: 0, cs: 0, hq: 0, both: 0, similar: 0)
            }
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
                rows.append(SurveyRow(key: key, label: label, figures: figures(g)))
            }
            var table = SurveyTable(
                year: year, rows: rows,
                total: SurveyRow(key: .total, label: "合計", figures: figures(total)),
                columns: columns, file: file)
            table.fromRecords = true
            return table
        }
        return tables.map { table in
            guard let year = table.year,
                  let previous = tables.first(where: { $0.year?.gregorian == year.gregorian - 1 }) else { return table }
            return SchoolAggregation.withIncreases(table, previous: previous)
        }
    }

    /// The table with each row's increase over the previous year's same row, from the records:
    /// the published tables' 増加校数 (前年度比), exact here.
    static func withIncreases(_ table: SurveyTable, previous: SurveyTable) -> SurveyTable {
        var result = table
        let programmes: [Programme] = [.cs, .hq, .both, .similar]
        func fill(_ row: SurveyRow, _ before: SurveyRow?) -> SurveyRow {
            var row = row
            for p in programmes {
                guard let now = row.count(p) else { continue }
                let then = before?.count(p) ?? 0
                row.figures[.increase(p)] = .value(FixedDecimal(units: now - then, scale: 0))
                row.figures[.previous(p)] = .value(FixedDecimal(units: then, scale: 0))
            }
            return row
        }
        result.rows = table.rows.map { row in fill(row, previous.rows.first { $0.key == row.key }) }
        result.total = table.total.map { fill($0, previous.total) }
        result.columns += programmes.flatMap { [SurveyColumn.increase($0), .previous($0)] }
        return result
    }

    /// A group's counts as figures, for the programmes the file has flags for.
    func figures(_ g: Group) -> [SurveyColumn: Figure] {
        func v(_ n: Int) -> Figure { .value(FixedDecimal(units: n, scale: 0)) }
        var figures: [SurveyColumn: Figure] = [.denominator: v(g.schools)]
        let values: [(Programme, Int)] = [(.cs, g.cs), (.hq, g.hq), (.both, g.both), (.similar, g.similar)]
        for (programme, n) in values where counts(programme) { figures[.count(programme)] = v(n) }
        return figures
    }
}
