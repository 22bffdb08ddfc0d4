/// What `cs-stats aggregate` prints: one row per group with its counts and exact rates.
public struct AggregationReport: Sendable {
    /// The groups as a table (terminal, CSV, TSV, Markdown).
    public var table: TextTable
    /// The groups as JSON, built when asked for (a table's output does not pay for it).
    public var json: JSONValue { AggregationReport.json(aggregation, groups, file: file) }
    private let aggregation: SchoolAggregation
    private let groups: [SchoolAggregation.Group]
    private let file: String?

    /// Builds the report.
    ///
    /// - Parameters:
    ///   - aggregation: the counts.
    ///   - groups: the groups to show (all, or one year's).
    ///   - formatting: how figures are written.
    ///   - file: the file read (`nil` for standard input), for JSON's `file`.
    public init(aggregation: SchoolAggregation, groups: [SchoolAggregation.Group], formatting f: SurveyFormatting, file: String? = nil) {
        let machine = !f.forDisplay
        var columns: [TextTable.Column] = []
        for key in aggregation.keys {
            switch key {
            case .year: columns.append(.init(title: machine ? "year" : f.text("年度", "Year")))
            case .prefecture: columns.append(.init(title: machine ? "prefecture" : f.text("都道府県", "Prefecture")))
            case .municipality: columns.append(.init(title: machine ? "municipality" : f.text("市区町村", "Municipality")))
            case .schoolType: columns.append(.init(title: machine ? "school_type" : f.text("学校種", "School type")))
            }
        }
        let measures: [(SurveyColumn, String, String)] = [
            (.denominator, "学校数", "Schools"),
            (.count(.cs), "CS導入校数", "CS schools"),
            (.count(.hq), "本部整備校数", "HQ schools"),
            (.count(.both), "いずれも整備", "Both"),
            (.count(.similar), "類似の仕組み", "Similar"),
            (.rate(.cs), "CS導入率", "CS rate"),
            (.rate(.hq), "本部整備率", "HQ rate"),
            (.rate(.both), "いずれも整備率", "Both rate"),
        ]
        for (column, ja, en) in measures {
            columns.append(.init(title: machine ? column.identifier : f.text(ja, en), alignment: .right))
        }
        // A programme the file has no flag for is unknown, never 0.
        let known = AggregationReport.known(aggregation)
        var rows: [[String]] = []
        rows.reserveCapacity(groups.count)
        for g in groups {
            var cells: [String] = []
            for key in aggregation.keys {
                switch key {
                case .year:
                    cells.append(g.year.map { machine ? String($0.gregorian) : f.text($0.japaneseLabel, String($0.gregorian)) } ?? "")
                case .prefecture:
                    cells.append(g.prefecture.map { f.language == .japanese ? $0.name : $0.englishName } ?? "")
                case .municipality:
                    cells.append(g.municipality ?? "")
                case .schoolType:
                    cells.append(g.schoolType.map { f.language == .japanese ? $0.label : $0.englishName } ?? "")
                }
            }
            let counts = AggregationReport.counts(g, known)
            cells += counts.map { f.count($0) }
            cells += AggregationReport.rates(g, counts).map { f.percent($0) }
            rows.append(cells)
        }
        table = TextTable(columns: columns, rows: rows)
        self.aggregation = aggregation
        self.groups = groups
        self.file = file
    }

    /// Per measure (schools, CS, HQ, both, similar), whether the file has the flags to count it.
    private static func known(_ aggregation: SchoolAggregation) -> [Bool] {
        [true] + ([.cs, .hq, .both, .similar] as [Programme]).map(aggregation.counts)
    }

    /// A group's counts (schools, CS, HQ, both, similar); `nil` for a programme not known.
    private static func counts(_ g: SchoolAggregation.Group, _ known: [Bool]) -> [Int?] {
        zip([g.schools, g.cs, g.hq, g.both, g.similar], known).map { $1 ? $0 : nil }
    }

    /// A group's exact CS, HQ and both rates, from its counts.
    private static func rates(_ g: SchoolAggregation.Group, _ counts: [Int?]) -> [Ratio?] {
        [counts[1], counts[2], counts[3]].map { n in n.flatMap { Ratio($0, g.schools) } }
    }

    private static func json(_ aggregation: SchoolAggregation, _ groups: [SchoolAggregation.Group], file: String?) -> JSONValue {
        let known = AggregationReport.known(aggregation)
        var objects: [JSONValue] = []
        for g in groups {
            var object: [(key: String, value: JSONValue)] = []
            for key in aggregation.keys {
                switch key {
                case .year:
                    object.append(("year", g.year.map { .integer($0.gregorian) } ?? .null))
                case .prefecture:
                    object.append(("prefecture_code", g.prefecture.map { .string($0.codeString) } ?? .null))
                    object.append(("prefecture", g.prefecture.map { .string($0.name) } ?? .null))
                case .municipality:
                    object.append(("municipality", g.municipality.map(JSONValue.string) ?? .null))
                case .schoolType:
                    object.append(("school_type", g.schoolType.map { .string($0.identifier) } ?? .null))
                    object.append(("school_type_label", g.schoolType.map { .string($0.label) } ?? .null))
                }
            }
            let counts = AggregationReport.counts(g, known)
            let rates = AggregationReport.rates(g, counts)
            for (k, name) in ["total_schools", "cs_schools", "hq_schools", "both_schools", "similar_schools"].enumerated() {
                object.append((name, counts[k].map(JSONValue.integer) ?? .null))
            }
            for (k, name) in ["cs_rate_pct", "hq_rate_pct", "both_rate_pct"].enumerated() {
                object.append((name, rates[k].map { .number($0.percent(scale: 1).description) } ?? .null))
            }
            objects.append(.object(object))
        }
        var skipped: [(key: String, value: JSONValue)] = []
        for (kind, entry) in aggregation.skipped.byKind.sorted(by: { $0.key < $1.key }) {
            skipped.append((kind.identifier, .object([("count", .integer(entry.count)), ("first_lines", .array(entry.lines.map(JSONValue.integer)))])))
        }
        return .object(SurveyFormatting.jsonFileMembers(file) + [
            ("keys", .array(aggregation.keys.map { .string($0.rawValue) })),
            ("records", .integer(aggregation.records)),
            ("skipped", .object(skipped)),
            ("groups", .array(objects)),
        ])
    }
}
