/// What `cs-stats summary` prints: one year's school-type table and its aggregates, or a
/// year-by-year series when given several years.
///
/// The report holds the tables it renders as `TextTable`s (for terminal, CSV, TSV and Markdown)
/// and as one JSON document, built from the same figures so the formats cannot disagree.
public struct SummaryReport: Sendable {
    /// The tables to print, in order.
    public var tables: [TextTable]
    /// The same content as JSON.
    public var json: JSONValue

    /// A single year's summary.
    ///
    /// - Parameters:
    ///   - table: the survey table.
    ///   - municipalities: establisher counts for the table's year, if known.
    ///   - formatting: how figures are written.
    public init(table: SurveyTable, municipalities: MunicipalityCounts?, formatting f: SurveyFormatting) {
        let ja = f.language == .japanese
        let programmes = [Programme.cs, .hq].filter { table.has(.count($0)) }
        // Machine formats get one flat header row of the Data/ schema's names, so they read back.
        let machine = !f.forDisplay
        let byPrefecture = table.dimension == .prefecture
        let keyColumn: SurveyColumn = byPrefecture ? .prefecture : .schoolType
        let keyTitle = byPrefecture ? (ja ? "都道府県" : "Prefecture") : (ja ? "学校種" : "School type")
        var columns = [TextTable.Column(title: machine ? keyColumn.identifier : keyTitle)]
        // The 母数 when the rows print it (prefecture tables often do).
        let showsDenominator = table.rows.contains { $0.denominator != nil }
        if showsDenominator {
            columns.append(TextTable.Column(title: machine ? SurveyColumn.denominator.identifier : ja ? "母数 (学校数)" : "Schools surveyed", alignment: .right))
        }
        for p in programmes {
            let group = machine ? nil : ja ? p.label : p.englishName
            func column(_ people: String, _ english: String, _ id: SurveyColumn) -> TextTable.Column {
                TextTable.Column(title: machine ? id.identifier : ja ? people : english, alignment: .right, group: group)
            }
            columns += [
                column(p.countLabel, "Schools", .count(p)),
                column(p.rateLabel, "Rate", .rate(p)),
                column("増加校数 (前年度比)", "Increase", .increase(p)),
                column("前年度", "Previous year", .previous(p)),
            ]
        }
        let allRows = table.rows + [table.effectiveTotal]
        let rows = allRows.map { row -> [String] in
            var cells = [f.label(row.key, computedTotal: table.total == nil)]
            if showsDenominator { cells.append(f.count(row[.denominator])) }
            for p in programmes {
                cells += [
                    f.count(row[.count(p)]),
                    f.rate(row, p, computing: SurveyScope.canComputeRate(p, of: row, in: table)),
                    f.count(row[.increase(p)]),
                    f.count(row.previousCount(p)),
                ]
            }
            return cells
        }
        let yearText = table.year.map { ja ? "\($0.japaneseLabel) (\($0.gregorian))" : "FY\($0.gregorian) (\($0.japaneseLabel))" } ?? ""
        let title = byPrefecture
            ? (ja ? "\(yearText) 都道府県別の導入・整備状況" : "\(yearText) by prefecture")
            : (ja ? "\(yearText) 学校種別の導入・整備状況" : "\(yearText) by school type")
        var notes: [String] = []
        if let date = table.referenceDate { notes.append(ja ? "基準日: \(date)" : "Reference date: \(date)") }
        notes.append(ja ? "前年度 = 導入(整備)校数 − 増加校数" : "Previous year = schools − increase")
        let main = TextTable(title: title.trimmingPublishedSpaces(), columns: columns, rows: rows, footnotes: notes)

        // Aggregates.
        let total = table.effectiveTotal
        var facts: [(ja: String, en: String, value: String)] = []
        if let year = table.year {
            facts.append(("調査年度", "Survey year", "\(year.japaneseLabel) (\(year.gregorian))"))
        }
        if let date = table.referenceDate {
            facts.append(("基準日", "Reference date", date))
        }
        if let d = total.denominator {
            facts.append(("母数 (学校数)", "Schools surveyed", f.count(d)))
        }
        for p in Programme.allCases {
            guard let n = total.count(p) else { continue }
            let rate = table.rate(total, p)
            var text = f.count(n)
            if let rate { text += " (\(f.percent(rate)))" }
            if let inc = total.increase(p) { text += ja ? " 前年度比 \(f.change(inc))" : ", \(f.change(inc)) on the previous year" }
            if table.total == nil { text += ja ? " (行の和)" : " (sum of rows)" }
            facts.append((p.label, p.englishName, text))
        }
        if let share = total.bothShareOfCS, let hqShare = total.bothShareOfHQ {
            let text = ja ? "CSの \(f.percent(share)), 本部の \(f.percent(hqShare))" : "\(f.percent(share)) of CS, \(f.percent(hqShare)) of HQ"
            facts.append(("いずれも整備の割合", "Both, as a share", text))
        }
        if let m = municipalities {
            var text = f.count(m.withCS)
            if let r = m.rate { text += " (\(f.percent(r)))" }
            if let a = m.prefectures, let b = m.municipalities, let c = m.schoolUnions {
                text += ja ? ": \(a)道府県, \(f.count(b))市区町村, \(c)学校組合" : ": \(a) prefectures, \(f.count(b)) municipalities, \(c) school unions"
            }
            facts.append(("CS導入自治体", "Establishers with CS", text))
        }
        let aggregates = TextTable(
            title: ja ? "集計" : "Aggregates",
            columns: [TextTable.Column(title: ja ? "項目" : "Measure"), TextTable.Column(title: ja ? "値" : "Value")],
            rows: facts.map { [ja ? $0.ja : $0.en, $0.value] })
        tables = [main, aggregates]

        let jsonRows = allRows.map { row in SummaryReport.jsonRow(row, programmes: Programme.allCases) }
        json = .object(SurveyFormatting.jsonFileMembers(table.file) + SurveyFormatting.jsonYearMembers(table.year) + [
            ("reference_date", table.referenceDate.map(JSONValue.string) ?? .null),
            ("rows", .array(jsonRows)),
            ("aggregates", SummaryReport.jsonAggregates(total, of: table, municipalities: municipalities)),
        ])
    }

    /// The national aggregates as JSON: every key present, `null` when unknown.
    static func jsonAggregates(_ total: SurveyRow, of table: SurveyTable, municipalities m: MunicipalityCounts?) -> JSONValue {
        func number(_ value: FixedDecimal?) -> JSONValue { SurveyFormatting.json(value) }
        var members: [(key: String, value: JSONValue)] = [("total_schools", SurveyFormatting.json(total.denominator))]
        for p in Programme.allCases {
            members.append((p.rawValue, .object([
                ("schools", SurveyFormatting.json(total.count(p))),
                ("rate_pct", number(table.rate(total, p))),
                ("increase", SurveyFormatting.json(total.increase(p))),
                ("previous", SurveyFormatting.json(total.previousCount(p))),
                ("growth_pct", number(total.growth(p)?.percent(scale: 1))),
            ])))
        }
        members.append(("overlap", .object([
            ("share_of_cs_pct", number(total.bothShareOfCS?.percent(scale: 1))),
            ("share_of_hq_pct", number(total.bothShareOfHQ?.percent(scale: 1))),
        ])))
        members.append(("establishers", m.map { m in .object([
            ("with_cs", .integer(m.withCS)),
            ("prefectures", SurveyFormatting.json(m.prefectures)),
            ("municipalities", SurveyFormatting.json(m.municipalities)),
            ("school_unions", SurveyFormatting.json(m.schoolUnions)),
            ("rate_pct", number(m.rate)),
        ]) } ?? .null))
        return .object(members)
    }

    /// One row as JSON: key, labels in both languages, and per programme its published figures
    /// and derived previous-year count.
    static func jsonRow(_ row: SurveyRow, programmes: [Programme]) -> JSONValue {
        var object = SurveyFormatting.jsonRowMembers(row.key, published: row.label)
        object.append(("total_schools", SurveyFormatting.json(row[.denominator])))
        for p in programmes {
            var fields: [(key: String, value: JSONValue)] = [("schools", SurveyFormatting.json(row[.count(p)]))]
            if p == .cs || p == .hq {
                fields.append(("rate_pct", SurveyFormatting.json(row[.rate(p)])))
                fields.append(("increase", SurveyFormatting.json(row[.increase(p)])))
                fields.append(("previous", SurveyFormatting.json(row.previousCount(p))))
            }
            object.append((p.rawValue, .object(fields)))
        }
        return .object(object)
    }

}
