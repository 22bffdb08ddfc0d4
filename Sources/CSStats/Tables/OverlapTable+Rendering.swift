extension OverlapTable {
    /// The table as text cells: label, CS, HQ, both, both / CS, both / HQ, similar.
    ///
    /// - Parameter formatting: the output format's way of writing figures, and the language.
    public func textTable(_ formatting: SurveyFormatting) -> TextTable {
        let f = formatting
        let columns: [TextTable.Column] = [
            .init(title: f.text("区分", "Row")),
            .init(title: f.text("コミュニティ・スクール", "CS"), alignment: .right),
            .init(title: f.text("地域学校協働本部", "HQ"), alignment: .right),
            .init(title: f.text("いずれも整備", "Both"), alignment: .right),
            .init(title: f.text("いずれも整備 / CS", "Both / CS"), alignment: .right),
            .init(title: f.text("いずれも整備 / 本部", "Both / HQ"), alignment: .right),
            .init(title: f.text("類似の仕組み", "Similar"), alignment: .right),
        ]
        let rows = entries.map { e in
            [f.label(e.key), f.count(e.cs), f.count(e.hq), f.count(e.both),
             f.percent(e.bothShareOfCS), f.percent(e.bothShareOfHQ), f.count(e.similar)]
        }
        var title = f.text("コミュニティ・スクールと地域学校協働本部", "Community schools and regional school cooperation HQ")
        if let period = f.period(year: year, referenceDate: referenceDate) { title += " (\(period))" }
        return TextTable(title: title, columns: columns, rows: rows)
    }

    /// The table as JSON, keys in English: `year`, `reference_date`, `rows`; each row `key`,
    /// `label_ja`, `label_en`, `cs`, `hq`, `both`, `both_share_of_cs_pct`,
    /// `both_share_of_hq_pct`, `similar`. Unknown figures are `null`.
    ///
    /// - Parameter file: the file the table was read from, if any.
    public func json(file: String?) -> JSONValue {
        let rows = entries.map { e -> JSONValue in
            .object(SurveyFormatting.jsonKeyMembers(e.key) + [
                ("cs", SurveyFormatting.json(e.cs.integer)),
                ("hq", SurveyFormatting.json(e.hq.integer)),
                ("both", SurveyFormatting.json(e.both.integer)),
                ("both_share_of_cs_pct", SurveyFormatting.json(e.bothShareOfCS?.percent(scale: 1))),
                ("both_share_of_hq_pct", SurveyFormatting.json(e.bothShareOfHQ?.percent(scale: 1))),
                ("similar", SurveyFormatting.json(e.similar.integer)),
            ])
        }
        return .object([
            ("file", file.map(JSONValue.string) ?? .null),
            ("year", year.map { .integer($0.gregorian) } ?? .null),
            ("year_ja", year.map { .string($0.japaneseLabel) } ?? .null),
            ("reference_date", referenceDate.map(JSONValue.string) ?? .null),
            ("rows", .array(rows)),
        ])
    }
}
