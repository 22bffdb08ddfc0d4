extension BarChart {
    /// The chart of one table by school type or by prefecture: a row per school type or
    /// prefecture in published order, 合計 last.
    ///
    /// - Parameters:
    ///   - table: the survey table.
    ///   - programmes: the programmes whose bars each row has, in order.
    ///   - quantity: rates or counts.
    ///   - formatting: the language, and how figures are written (for display).
    ///   - source: the source line, if any.
    /// - Complexity: O(*n* log *n*) for *n* rows.
    public init(table: SurveyTable, programmes: [Programme], quantity: Quantity, formatting f: SurveyFormatting, source: String? = nil) {
        // MeasureTable orders rows as published and appends the 合計 (or the rows' sum).
        let keys = MeasureTable(table, programme: programmes.first ?? .cs).entries.map(\.key)
        let computedTotal = table.total == nil
        let rows = keys.compactMap { key -> Row? in
            guard let row = key == .total ? table.effectiveTotal : table.rows.first(where: { $0.key == key }) else { return nil }
            let bars = programmes.map { p in
                var bar = Self.bar(row, p, quantity, f, computing: SurveyScope.canComputeRate(p, of: row, in: table))
                bar.coversSomeTypesOnly = key == .total && bar.amount != nil && !table.fromRecords
                    && SurveyScope.totalCoversSomeTypesOnly(p, in: table.year)
                return bar
            }
            return Row(label: f.label(key, computedTotal: computedTotal), isTotal: key == .total, bars: bars)
        }
        self.init(
            title: Self.title(programmes, quantity, f), period: f.period(year: table.year, referenceDate: table.referenceDate),
            quantity: quantity, programmes: programmes, rows: rows,
            notes: Self.absentNotes(table, rows, programmes, quantity, f) + Self.scopeNotes(rows, programmes, f), source: source, formatting: f)
    }

    /// A note for each programme of which no row has a figure: its bars are all …, and the
    /// note says so once rather than leave a reader to wonder.
    private static func absentNotes(_ table: SurveyTable, _ rows: [Row], _ programmes: [Programme], _ quantity: Quantity, _ f: SurveyFormatting) -> [String] {
        programmes.enumerated().filter { i, _ in rows.allSatisfy { $0.bars[i].amount == nil } }.map { _, p in
            let name = table.file ?? f.text("入力", "the input")
            let measure = quantity == .rate ? f.text(p.rateLabel, "rate") : f.text(p.countLabel, "count")
            return f.text("※ \(name) には\(f.name(p))の\(measure)がない", "Note: \(name) has no \(f.name(p)) \(measure)")
        }
    }

    /// The chart of a series: a row per survey year from the first to the last, each year's
    /// 合計, and a row marked as a gap for a year with no table.
    ///
    /// - Parameters:
    ///   - tables: one table per survey year, each with its year (``YearSpan/seriesProblem(_:)``
    ///     says why tables are not such a series).
    ///   - programmes: the programmes whose bars each row has.
    ///   - quantity: rates or counts.
    ///   - formatting: the language, and how figures are written.
    ///   - source: the source line, if any.
    public init(series tables: [SurveyTable], programmes: [Programme], quantity: Quantity, formatting f: SurveyFormatting, source: String? = nil) {
        let byYear = Dictionary(tables.compactMap { t in t.year.map { ($0.gregorian, t) } }, uniquingKeysWith: { a, _ in a })
        let span = YearSpan(years: Array(byYear.keys))
        var rows: [Row] = []
        for year in span?.years ?? 0...(-1) {
            let label = f.year(SurveyYear(gregorian: year))
            guard let table = byYear[year] else {
                rows.append(Row(label: label, isGap: true, bars: programmes.map { Bar(programme: $0, amount: nil, text: f.placeholder) }))
                continue
            }
            let total = table.effectiveTotal
            let bars = programmes.map { p in
                var bar = Self.bar(total, p, quantity, f, computing: SurveyScope.canComputeRate(p, of: total, in: table))
                bar.coversSomeTypesOnly = bar.amount != nil && !table.fromRecords
                    && SurveyScope.totalCoversSomeTypesOnly(p, in: table.year)
                return bar
            }
            rows.append(Row(label: label, bars: bars))
        }
        self.init(
            title: Self.title(programmes, quantity, f), period: span?.label(f), quantity: quantity,
            programmes: programmes, rows: rows,
            notes: (span?.gapNotes(f) ?? []) + Self.scopeNotes(rows, programmes, f), source: source, formatting: f)
    }

    /// The marker printed after a figure that covers some school types only.
    public static let scopeMarker = "*"

    private static func bar(_ row: SurveyRow, _ p: Programme, _ quantity: Quantity, _ f: SurveyFormatting, computing: Bool) -> Bar {
        switch quantity {
        case .rate:
            return Bar(programme: p, amount: row.percentRatio(p, computing: computing), text: f.rate(row, p, computing: computing))
        case .count:
            return Bar(programme: p, amount: row.count(p).map { Ratio(numerator: $0, positiveDenominator: 1) }, text: f.count(row[.count(p)]))
        }
    }

    /// `コミュニティ・スクール 導入率`, `コミュニティ・スクールと地域学校協働本部 導入率・整備率`,
    /// `Community schools: rate`.
    static func title(_ programmes: [Programme], _ quantity: Quantity, _ f: SurveyFormatting) -> String {
        let names = programmes.map(f.name)
        if f.language == .japanese {
            var measures: [String] = []
            for p in programmes {
                let label = quantity == .rate ? p.rateLabel : p.countLabel
                if !measures.contains(label) { measures.append(label) }
            }
            let who = names.count == 2 ? names.joined(separator: "と") : names.joined(separator: "、")
            return "\(who) \(measures.joined(separator: "・"))"
        }
        // Names after the first are lower-cased at their start: "Community schools and regional …".
        let english = names.enumerated().map { $0.offset == 0 ? $0.element : $0.element.prefix(1).lowercased() + $0.element.dropFirst() }
        let who = english.count == 2 ? english.joined(separator: " and ") : english.joined(separator: ", ")
        let what = quantity == .rate ? "rate" : "schools"
        return "\(who): \(what)\(programmes.count > 1 && quantity == .rate ? "s" : "")"
    }

    private static func scopeNotes(_ rows: [Row], _ programmes: [Programme], _ f: SurveyFormatting) -> [String] {
        programmes.filter { p in rows.contains { $0.bars.contains { $0.programme == p && $0.coversSomeTypesOnly } } }
            .map { "\(scopeMarker) " + SurveyScope.scopeNote($0, language: f.language) }
    }
}
