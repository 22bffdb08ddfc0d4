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
            [f.label(e.key, computedTotal: totalIsComputed), f.count(e.cs), f.count(e.hq), f.count(e.both),
             f.percent(e.bothShareOfCS), f.percent(e.bothShareOfHQ), f.count(e.similar)]
        }
        var title = f.text("コミュニティ・スクールと地域学校協働本部", "Community schools and regional school cooperation HQ")
        if let period = f.period(year: year, referenceDate: referenceDate) { title += " (\(period))" }
        return TextTable(title: title, columns: columns, rows: rows)
    }

    /// The table as JSON, keys in English: `file`, `built_in`, `year`, `year_label`,
    /// `reference_date`, `rows`; each row `key`, `label_ja`, `label_en`, `label` (as published),
    /// `cs`, `hq`, `both`, `both_share_of_cs_pct`, `both_share_of_hq_pct`, `similar`. A published
    /// mark is `{"missing": …}`; unknown figures are `null`.
    ///
    /// - Parameter source: the survey table this table was built from (its file and labels).
    public func json(source: SurveyTable) -> JSONValue {
        let labels = Dictionary(source.rows.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
            .merging([(.total, source.effectiveTotal.label)], uniquingKeysWith: { a, _ in a })
        let rows = entries.map { e -> JSONValue in
            .object(SurveyFormatting.jsonRowMembers(e.key, published: labels[e.key]) + [
                ("cs", SurveyFormatting.json(e.cs)),
                ("hq", SurveyFormatting.json(e.hq)),
                ("both", SurveyFormatting.json(e.both)),
                ("both_share_of_cs_pct", SurveyFormatting.json(e.bothShareOfCS?.percent(scale: 1))),
                ("both_share_of_hq_pct", SurveyFormatting.json(e.bothShareOfHQ?.percent(scale: 1))),
                ("similar", SurveyFormatting.json(e.similar)),
            ])
        }
        return .object(SurveyFormatting.jsonFileMembers(source.file) + SurveyFormatting.jsonYearMembers(year) + [
            ("reference_date", referenceDate.map(JSONValue.string) ?? .null),
            ("rows", .array(rows)),
        ])
    }
}
