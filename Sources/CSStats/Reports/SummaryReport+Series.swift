extension SummaryReport {
    /// Why tables cannot make a series of national totals, if they cannot: a year without a
    /// published 合計 whose rows differ from another year's (a sum over other rows would be
    /// compared as if it were the same total).
    ///
    /// - Returns: the reason, or `nil` when the series can be built.
    public static func seriesProblem(_ tables: [SurveyTable]) -> String? {
        guard tables.contains(where: { $0.total == nil && !$0.fromRecords }) else { return nil }
        let keySets = tables.map { Set($0.rows.map(\.key)) }
        guard let first = keySets.first, keySets.contains(where: { $0 != first }) else { return nil }
        let described = tables.map { table in
            "\(table.year?.japaneseLabel ?? "?"): \(table.rows.map(\.label).joined(separator: ", "))"
        }.joined(separator: "; ")
        return "a series compares each year's 合計, but some years print none and their rows differ (\(described)): add each year's 合計 row, or give every year the same rows"
    }

    /// A year-by-year series of national totals, for several survey years.
    ///
    /// For each programme: the count, the rate, the published increase and growth over the
    /// previous year, then the change from the previous entry of the series (difference and
    /// percentage points) and the multiple of the first year. Notes say where years are not
    /// consecutive and where a measure's scope changed (HQ before and after R3).
    ///
    /// - Parameters:
    ///   - tables: survey tables of distinct years; sorted here by year.
    ///   - formatting: how figures are written.
    public init(series surveyTables: [SurveyTable], formatting f: SurveyFormatting) {
        let ja = f.language == .japanese
        let sorted = surveyTables.sorted { ($0.year?.gregorian ?? 0) < ($1.year?.gregorian ?? 0) }
        let totals = sorted.map(\.effectiveTotal)
        var built: [TextTable] = []
        var jsonProgrammes = [[Programme: JSONValue]](repeating: [:], count: sorted.count)
        var notes: [String] = []
        var jsonYears: [[(key: String, value: JSONValue)]] = sorted.map { table in
            SurveyFormatting.jsonYearMembers(table.year) + SurveyFormatting.jsonFileMembers(table.file)
        }
        for i in 1..<max(sorted.count, 1) {
            guard let a = sorted[i - 1].year, let b = sorted[i].year, b.gregorian - a.gregorian > 1 else { continue }
            notes.append(ja
                ? "\(a.japaneseLabel)→\(b.japaneseLabel)は\(b.gregorian - a.gregorian)年の差: 増加校数(前年度比)は\(SurveyYear(gregorian: b.gregorian - 1).japaneseLabel)比、前回差は\(a.japaneseLabel)比"
                : "\(a.shortLabel) → \(b.shortLabel) is \(b.gregorian - a.gregorian) years: the published increase is on \(SurveyYear(gregorian: b.gregorian - 1).shortLabel), the change is on \(a.shortLabel)")
        }
        for programme in [Programme.cs, .hq, .both] where totals.contains(where: { $0.count(programme) != nil }) {
            // HQ and both totals covered elementary, lower secondary and compulsory schools only before R3.
            // Published HQ and both totals changed scope at R3; tables counted from records did not.
            let scopeBreak = programme != .cs && !sorted.allSatisfy(\.fromRecords)
                ? sorted.firstIndex { ($0.year?.gregorian ?? 0) >= SurveyScope.everyTypeFrom } : nil
            if let k = scopeBreak, k > 0, totals[..<k].contains(where: { $0.count(programme) != nil }) {
                let across = SurveyYear(gregorian: SurveyScope.everyTypeFrom)
                notes.append(SurveyScope.scopeNote(programme, language: f.language) + (ja
                    ? ": \(across.japaneseLabel)をまたぐ差は比較できません"
                    : "; changes across \(across.shortLabel) are not comparable"))
            }
            let group = ja ? programme.label : programme.englishName
            var rows: [[String]] = []
            for (i, total) in totals.enumerated() {
                let table = sorted[i]
                let count = total.count(programme)
                let rate = table.rate(total, programme)
                let previousEntry = i > 0 ? totals[i - 1] : nil
                let comparable = !(scopeBreak.map { $0 == i && i > 0 } ?? false)
                let difference = comparable ? previousEntry?.count(programme).flatMap { p in count.map { $0 - p } } : nil
                let previousRate = previousEntry.flatMap { sorted[i - 1].rate($0, programme) }
                let points = comparable ? rate.flatMap { r in previousRate.flatMap { FixedDecimal.difference(r, $0) } } : nil
                let first = totals.first?.count(programme)
                let multiple = (i > 0 && comparable && scopeBreak.map { $0 == 0 || i < $0 } ?? true)
                    ? first.flatMap { base in count.flatMap { Ratio($0, base) } } : nil
                // The first entry has nothing to be compared with: blank, not unknown.
                let isFirst = previousEntry == nil
                rows.append([
                    table.year.map(f.year) ?? (table.file ?? ""),
                    f.count(count), f.percent(rate), f.change(total.increase(programme)),
                    f.percent(total.growth(programme)), isFirst ? "" : f.change(difference), isFirst ? "" : f.points(points),
                    multiple.map { "\($0.multiple(scale: 1))" + (f.forDisplay ? f.text("倍", "×") : "") } ?? "",
                ])
                jsonProgrammes[i][programme] = .object([
                    ("schools", SurveyFormatting.json(count)),
                    ("rate_pct", SurveyFormatting.json(rate)),
                    ("increase", SurveyFormatting.json(total.increase(programme))),
                    ("growth_pct", SurveyFormatting.json(total.growth(programme)?.percent(scale: 1))),
                    ("change_from_previous_entry", SurveyFormatting.json(difference)),
                    ("point_change", SurveyFormatting.json(points)),
                    ("multiple_of_first", SurveyFormatting.json(multiple?.multiple(scale: 1))),
                ])
            }
            let right = TextTable.Alignment.right
            built.append(TextTable(
                title: group,
                columns: [
                    TextTable.Column(title: ja ? "年度" : "Year"),
                    TextTable.Column(title: ja ? programme.countLabel : "Schools", alignment: right),
                    TextTable.Column(title: ja ? programme.rateLabel : "Rate", alignment: right),
                    TextTable.Column(title: ja ? "増加校数 (前年度比)" : "Increase", alignment: right),
                    TextTable.Column(title: ja ? "伸び率" : "Growth", alignment: right),
                    TextTable.Column(title: ja ? "前回差" : "Change", alignment: right),
                    TextTable.Column(title: ja ? "ポイント差" : "Points", alignment: right),
                    TextTable.Column(title: ja ? "初年比" : "Multiple", alignment: right),
                ],
                rows: rows))
        }
        if !notes.isEmpty, !built.isEmpty { built[built.count - 1].footnotes = notes.map { "※ " + $0 } }
        tables = built
        let seriesKeys = ["schools", "rate_pct", "increase", "growth_pct", "change_from_previous_entry", "point_change", "multiple_of_first"]
        let unknown = JSONValue.object(seriesKeys.map { ($0, JSONValue.null) })
        for i in jsonYears.indices {
            for programme in [Programme.cs, .hq, .both] {
                jsonYears[i].append((programme.rawValue, jsonProgrammes[i][programme] ?? unknown))
            }
        }
        json = .object([
            ("series", .array(jsonYears.map { JSONValue.object($0) })),
            ("notes", .array(notes.map(JSONValue.string))),
        ])
    }
}
