extension MeasureTable {
    /// The table as text cells: a label column, then count, rate, increase and previous-year
    /// count under the measure's name; for prefectures a code column first and rank and map
    /// class last.
    ///
    /// - Parameter formatting: the output format's way of writing figures, and the language.
    /// - Returns: the table, titled with the measure and the survey year.
    public func textTable(_ formatting: SurveyFormatting) -> TextTable {
        let f = formatting
        let byPrefecture = dimension == .prefecture
        let group = f.name(programme)
        var columns: [TextTable.Column] = []
        if byPrefecture { columns.append(.init(title: f.text("コード", "Code"))) }
        columns += [
            .init(title: byPrefecture ? f.text("都道府県", "Prefecture") : f.text("学校種", "School type")),
            .init(title: f.text(programme.countLabel, "Schools"), alignment: .right, group: group),
            .init(title: f.text(programme.rateLabel, "Rate"), alignment: .right, group: group),
            .init(title: f.text("増加校数 (前年度比)", "Increase"), alignment: .right, group: group),
            .init(title: f.text("前年度校数", "Previous year"), alignment: .right, group: group),
        ]
        if byPrefecture {
            columns += [.init(title: f.text("順位", "Rank"), alignment: .right),
                        .init(title: f.text("区分", "Map class"))]
        }
        let rows = entries.map { entry -> [String] in
            var cells: [String] = []
            if byPrefecture {
                if case .prefecture(let prefecture) = entry.key { cells.append(prefecture.codeString) } else { cells.append("") }
            }
            cells += [f.label(entry.key, computedTotal: totalIsComputed), f.count(entry.count), entry.rate.map(f.percent) ?? entry.rateMark.map { f.forDisplay ? $0.mark : f.placeholder } ?? f.placeholder, f.count(entry.increase), f.count(entry.previous)]
            if byPrefecture {
                cells.append(entry.rank.map(String.init) ?? (entry.key == .total ? "" : f.placeholder))
                cells.append(entry.mapClass.map { f.text($0.label, $0.englishName) } ?? (entry.key == .total ? "" : f.placeholder))
            }
            return cells
        }
        let title = [group, f.period(year: year, referenceDate: referenceDate).map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        return TextTable(title: title, columns: columns, rows: rows)
    }

    /// The table as JSON: the measure, the year and one object per row, keys in English.
    ///
    /// Top level: `file`, `built_in`, `year`, `year_label`, `reference_date`, `dimension`,
    /// `measure`, `measure_ja`, `measure_en`, `rows`. Each row has `key` (`kindergarten`, `13`,
    /// `total`), `label_ja`, `label_en`, `label` (as published), `count`, `rate_pct`, `increase`
    /// and `previous`; a prefecture row also `rank` and `map_class` (`80-plus`, …, `none`) with
    /// `map_class_ja` and `map_class_en`. A published mark is `{"missing": …}`; unknown figures
    /// are `null`.
    ///
    /// - Parameter source: the survey table this table was built from (its file and labels).
    public func json(source: SurveyTable) -> JSONValue {
        let byPrefecture = dimension == .prefecture
        let labels = Dictionary(source.rows.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
            .merging([(.total, source.effectiveTotal.label)], uniquingKeysWith: { a, _ in a })
        let rows = entries.map { entry -> JSONValue in
            var members = SurveyFormatting.jsonRowMembers(entry.key, published: labels[entry.key])
            members += [
                ("count", SurveyFormatting.json(entry.count)),
                ("rate_pct", entry.rateMark.map(\.jsonValue) ?? SurveyFormatting.json(entry.rate)),
                ("increase", SurveyFormatting.json(entry.increase)),
                ("previous", SurveyFormatting.json(entry.previous)),
            ]
            if byPrefecture {
                members += [
                    ("rank", SurveyFormatting.json(entry.rank)),
                    ("map_class", entry.mapClass.map { .string($0.rawValue) } ?? .null),
                    ("map_class_ja", entry.mapClass.map { .string($0.label) } ?? .null),
                    ("map_class_en", entry.mapClass.map { .string($0.englishName) } ?? .null),
                ]
            }
            return .object(members)
        }
        return .object(SurveyFormatting.jsonFileMembers(source.file) + SurveyFormatting.jsonYearMembers(year) + [
            ("reference_date", referenceDate.map(JSONValue.string) ?? .null),
            ("dimension", .string(dimension.rawValue)),
            ("measure", .string(programme.rawValue)),
            ("measure_ja", .string(programme.label)),
            ("measure_en", .string(programme.englishName)),
            ("rows", .array(rows)),
        ])
    }
}
