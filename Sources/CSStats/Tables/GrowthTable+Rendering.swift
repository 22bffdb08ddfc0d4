extension GrowthTable {
    /// The table as text cells: label, previous and current count, increase, growth and point
    /// change, titled with the measure and the years; notes on how it was derived below.
    ///
    /// - Parameter formatting: the output format's way of writing figures, and the language.
    public func textTable(_ formatting: SurveyFormatting) -> TextTable {
        let f = formatting
        let columns: [TextTable.Column] = [
            .init(title: f.text("区分", "Row")),
            .init(title: yearLabel(previousYear, f) ?? f.text("前年度", "Previous year"), alignment: .right),
            .init(title: yearLabel(currentYear, f) ?? f.text("本年度", "Current year"), alignment: .right),
            .init(title: f.text("増加校数", "Increase"), alignment: .right),
            .init(title: f.text("伸び率", "Growth"), alignment: .right),
            .init(title: f.text("ポイント増", "Points"), alignment: .right),
        ]
        let notComparable = f.forDisplay ? f.text("比較不可", "not comparable") : ""
        let rows = entries.map { entry -> [String] in
            [f.label(entry.key, computedTotal: totalIsComputed), entry.notComparable ? notComparable : f.count(entry.previous), f.count(entry.current),
             entry.notComparable ? notComparable : f.count(entry.increase),
             f.percent(entry.growth), f.points(entry.pointChange)]
        }
        let years = [yearLabel(previousYear, f), yearLabel(currentYear, f)].compactMap { $0 }
        let title = ([f.name(programme)] + (years.count == 2 ? [years.joined(separator: " → ")] : [])).joined(separator: " ")
        return TextTable(title: title, columns: columns, rows: rows, footnotes: notes(f))
    }

    /// Notes on how the table was derived, in the chosen language.
    public func notes(_ f: SurveyFormatting) -> [String] {
        var notes: [String] = []
        switch source {
        case .printedIncrease:
            notes.append(f.text("※ 前年度の校数は本年度の校数 − 増加校数 (前年度比)。",
                                "Note: previous-year counts are this year's counts − the printed increases."))
        case .difference where !increasesCompared:
            notes.append(f.text("※ 増加校数 (前年度比) は1年間の増加のため、差と照合していない。",
                                "Note: printed increases cover one year, so they are not checked against a difference over several years."))
        case .difference:
            break
        }
        if !onlyInPrevious.isEmpty {
            let labels = onlyInPrevious.map(f.label).joined(separator: ", ")
            notes.append(f.text("※ 前年度の表にだけある行 (本年度の表にないため差を求めない): \(labels)",
                                "Note: rows only in the previous table (not differenced, since this year's table lacks them): \(labels)"))
        }
        if hasScopeChange {
            notes.append(f.text(
                "※ \(f.name(programme))の合計は令和2年度まで小学校・中学校・義務教育学校のみ、令和3年度から全学校種が対象のため、比較しない。",
                "Note: \(f.name(programme)) totals covered elementary, lower secondary and compulsory education schools only before FY2021 and every school type from FY2021; the total is not compared."))
        }
        return notes
    }

    /// The disagreements as compiler-style warnings, one line each:
    /// `cs_r3.csv:2: warning: 幼稚園: printed increase 40, but 276 − 237 = 39`.
    ///
    /// - Parameter file: the current table's file, if any.
    public func disagreementWarnings(file: String?) -> [String] {
        disagreements.map { d in
            let place = file.map { d.line > 0 ? "\($0):\(d.line): " : "\($0): " } ?? ""
            let entry = entries.first { $0.key == d.key }
            let arithmetic = entry.flatMap { e in e.current.flatMap { c in e.previous.map { "\(c) − \($0) = \(d.difference)" } } } ?? "\(d.difference)"
            return "\(place)warning: \(SurveyFormatting.label(d.key, .japanese)): printed increase \(d.printed), but \(arithmetic)"
        }
    }

    /// The scope note for standard error, when the measure's scope changed between the years.
    public var scopeWarning: String? {
        guard hasScopeChange else { return nil }
        return "note: \(programme.rawValue) totals are not comparable across \(previousYear?.japaneseLabel ?? "the previous year") → \(currentYear?.japaneseLabel ?? "this year"): before 令和3年度 they covered 小学校・中学校・義務教育学校 only; the 合計 row is not differenced"
    }

    /// The table as JSON, keys in English.
    ///
    /// Top level: `file`, `built_in` (the current table's), `measure`, `measure_ja`,
    /// `measure_en`, `source` (`printed-increase` or `difference`), `previous_year`,
    /// `previous_year_label`, `current_year`, `current_year_label`, `increases_compared`,
    /// `scope_changed`, `rows`, `disagreements`. Each row: `key`, `label_ja`, `label_en`,
    /// `label` (as published), `previous`, `current`, `increase`, `growth_pct`, `point_change`,
    /// `comparable`. A figure read from a table keeps the publisher's mark (`{"missing": …}`);
    /// unknown figures are `null`.
    ///
    /// - Parameters:
    ///   - current: the current table, for its file, published labels and marks; without it
    ///     `file` is `null`, `label` the canonical Japanese and marks are `null`.
    ///   - previous: the previous table (two-table growth), for the marks of previous counts.
    public func json(current: SurveyTable? = nil, previous: SurveyTable? = nil) -> JSONValue {
        let p = programme
        func row(_ table: SurveyTable?, _ key: SurveyRow.Key) -> SurveyRow? {
            guard let table else { return nil }
            return key == .total ? table.effectiveTotal : table.rows.first { $0.key == key }
        }
        let rows = entries.map { entry -> JSONValue in
            let now = row(current, entry.key)
            let nowFigure = now?[.count(p)] ?? .unpublished
            let previousFigure: Figure
            let increaseFigure: Figure
            switch source {
            case .printedIncrease:
                previousFigure = .unpublished
                increaseFigure = now?[.increase(p)] ?? .unpublished
            case .difference:
                previousFigure = entry.notComparable ? .unpublished : row(previous, entry.key)?[.count(p)] ?? .unpublished
                increaseFigure = .unpublished
            }
            return .object(SurveyFormatting.jsonRowMembers(entry.key, published: now?.label) + [
                ("previous", SurveyFormatting.json(previousFigure, else: entry.previous)),
                ("current", SurveyFormatting.json(nowFigure, else: entry.current)),
                ("increase", SurveyFormatting.json(increaseFigure, else: entry.increase)),
                ("growth_pct", SurveyFormatting.json(entry.growth?.percent(scale: 1))),
                ("point_change", SurveyFormatting.json(entry.pointChange)),
                ("comparable", .bool(!entry.notComparable)),
            ])
        }
        let disagreements = self.disagreements.map { d -> JSONValue in
            .object(SurveyFormatting.jsonRowMembers(d.key, published: row(current, d.key)?.label) + [
                ("printed_increase", .integer(d.printed)), ("difference", .integer(d.difference)),
            ])
        }
        return .object(SurveyFormatting.jsonFileMembers(current?.file) + [
            ("measure", .string(programme.rawValue)),
            ("measure_ja", .string(programme.label)),
            ("measure_en", .string(programme.englishName)),
            ("source", .string(source.rawValue)),
            ("previous_year", previousYear.map { .integer($0.gregorian) } ?? .null),
            ("previous_year_label", previousYear.map { .string($0.japaneseLabel) } ?? .null),
            ("current_year", currentYear.map { .integer($0.gregorian) } ?? .null),
            ("current_year_label", currentYear.map { .string($0.japaneseLabel) } ?? .null),
            ("increases_compared", .bool(increasesCompared)),
            ("scope_changed", .bool(hasScopeChange)),
            ("rows", .array(rows)),
            ("disagreements", .array(disagreements)),
            ("only_in_previous", .array(onlyInPrevious.map { .object(SurveyFormatting.jsonRowMembers($0, published: nil)) })),
        ])
    }

    private func yearLabel(_ year: SurveyYear?, _ f: SurveyFormatting) -> String? {
        year.map(f.year)
    }
}
