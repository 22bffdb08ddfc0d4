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
            cells += [f.label(entry.key), f.count(entry.count), f.percent(entry.rate), f.count(entry.increase), f.count(entry.previous)]
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
    /// Each row has `key` (`kindergarten`, `13`, `total`), `label_ja`, `label_en`, `count`,
    /// `rate_pct`, `increase` and `previous`; a prefecture row also `rank` and `map_class`
    /// (`80-plus`, …, `none`) with `map_class_ja` and `map_class_en`. Unknown figures are `null`.
    ///
    /// - Parameter file: the file the table was read from, if any.
    public func json(file: String?) -> JSONValue {
        let byPrefecture = dimension == .prefecture
        let rows = entries.map { entry -> JSONValue in
            var members = SurveyFormatting.jsonKeyMembers(entry.key)
            members += [
                ("count", SurveyFormatting.json(entry.count.integer)),
                ("rate_pct", SurveyFormatting.json(entry.rate)),
                ("increase", SurveyFormatting.json(entry.increase.integer)),
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
        return .object([
            ("file", file.map(JSONValue.string) ?? .null),
            ("year", year.map { .integer($0.gregorian) } ?? .null),
            ("year_ja", year.map { .string($0.japaneseLabel) } ?? .null),
            ("reference_date", referenceDate.map(JSONValue.string) ?? .null),
            ("dimension", .string(dimension.rawValue)),
            ("measure", .string(programme.rawValue)),
            ("measure_ja", .string(programme.label)),
            ("measure_en", .string(programme.englishName)),
            ("rows", .array(rows)),
        ])
    }
}
