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
    ///   - style: how figures are written.
    public init(table: SurveyTable, municipalities: MunicipalityCounts?, style: FigureStyle) {
        let ja = style.language == .japanese
        let programmes = [Programme.cs, .hq].filter { table.has(.count($0)) }
        // Machine formats get one flat header row of the Data/ schema's names, so they read back.
        let machine = !style.groupsThousands
        var columns = [TextTable.Column(title: machine ? SurveyColumn.schoolType.identifier : ja ? "学校種" : "School type")]
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
            var cells = [style.label(row)]
            for p in programmes {
                cells += [
                    style.figure(row[.count(p)]),
                    row.printedRate(p).map(style.rate) ?? style.percent(row.exactRate(p)),
                    style.figure(row[.increase(p)]),
                    style.count(row.previousCount(p)),
                ]
            }
            return cells
        }
        let yearText = table.year.map { ja ? "\($0.japaneseLabel) (\($0.gregorian))" : "FY\($0.gregorian) (\($0.japaneseLabel))" } ?? ""
        let title = ja ? "\(yearText) 学校種別の導入・整備状況" : "\(yearText) by school type"
        var notes: [String] = []
        if let date = table.referenceDate { notes.append(ja ? "基準日: \(date)" : "Reference date: \(date)") }
        notes.append(ja ? "前年度 = 導入(整備)校数 − 増加校数" : "Previous year = schools − increase")
        let main = TextTable(title: title.trimmingPublishedSpaces(), columns: columns, rows: rows, footnotes: notes)

        // Aggregates.
        let total = table.effectiveTotal
        var facts: [(key: String, ja: String, en: String, value: String, json: JSONValue)] = []
        if let year = table.year {
            facts.append(("year", "調査年度", "Survey year", "\(year.japaneseLabel) (\(year.gregorian))", .integer(year.gregorian)))
        }
        if let date = table.referenceDate {
            facts.append(("reference_date", "基準日", "Reference date", date, .string(date)))
        }
        if let d = total.denominator {
            facts.append(("total_schools", "母数 (学校数)", "Schools surveyed", style.count(d), .integer(d)))
        }
        for p in Programme.allCases {
            guard let n = total.count(p) else { continue }
            let rate = total.printedRate(p) ?? total.exactRate(p)?.percent(scale: 1)
            var text = style.count(n)
            if let rate { text += " (\(style.rate(rate)))" }
            if let inc = total.increase(p) { text += ja ? " 前年度比 \(style.change(inc))" : ", \(style.change(inc)) on the previous year" }
            var object: [(key: String, value: JSONValue)] = [("schools", .integer(n))]
            if let rate { object.append(("rate_pct", .number(rate.description))) }
            if let inc = total.increase(p) { object.append(("increase", .integer(inc))) }
            if let prev = total.previousCount(p) { object.append(("previous", .integer(prev))) }
            if let g = total.growth(p) { object.append(("growth_pct", .number(g.percent(scale: 1).description))) }
            facts.append((p.rawValue, p.label, p.englishName, text, .object(object)))
        }
        if let share = total.bothShareOfCS, let hqShare = total.bothShareOfHQ {
            let text = ja ? "CSの \(style.percent(share)), 本部の \(style.percent(hqShare))" : "\(style.percent(share)) of CS, \(style.percent(hqShare)) of HQ"
            facts.append(("overlap", "いずれも整備の割合", "Both, as a share", text, .object([
                ("share_of_cs_pct", .number(share.percent(scale: 1).description)),
                ("share_of_hq_pct", .number(hqShare.percent(scale: 1).description)),
            ])))
        }
        if let m = municipalities {
            var text = style.count(m.withCS)
            if let r = m.rate { text += " (\(style.rate(r)))" }
            if let a = m.prefectures, let b = m.municipalities, let c = m.schoolUnions {
                text += ja ? ": \(a)道府県, \(style.count(b))市区町村, \(c)学校組合" : ": \(a) prefectures, \(style.count(b)) municipalities, \(c) school unions"
            }
            var object: [(key: String, value: JSONValue)] = [("with_cs", .integer(m.withCS))]
            if let a = m.prefectures { object.append(("prefectures", .integer(a))) }
            if let b = m.municipalities { object.append(("municipalities", .integer(b))) }
            if let c = m.schoolUnions { object.append(("school_unions", .integer(c))) }
            if let r = m.rate { object.append(("rate_pct", .number(r.description))) }
            facts.append(("establishers", "CS導入自治体", "Establishers with CS", text, .object(object)))
        }
        let aggregates = TextTable(
            title: ja ? "集計" : "Aggregates",
            columns: [TextTable.Column(title: ja ? "項目" : "Measure"), TextTable.Column(title: ja ? "値" : "Value")],
            rows: facts.map { [ja ? $0.ja : $0.en, $0.value] })
        tables = [main, aggregates]

        let jsonRows = allRows.map { row in SummaryReport.jsonRow(row, programmes: Programme.allCases) }
        json = .object([
            ("year", table.year.map { .integer($0.gregorian) } ?? .null),
            ("year_label", table.year.map { .string($0.japaneseLabel) } ?? .null),
            ("reference_date", table.referenceDate.map(JSONValue.string) ?? .null),
            ("rows", .array(jsonRows)),
            ("aggregates", .object(facts.filter { $0.key != "year" && $0.key != "reference_date" }.map { ($0.key, $0.json) })),
        ])
    }

    /// One row as JSON: key, labels in both languages, and per programme its published figures
    /// and derived previous-year count.
    static func jsonRow(_ row: SurveyRow, programmes: [Programme]) -> JSONValue {
        let english = FigureStyle(format: "json", language: .english).label(row)
        var object: [(key: String, value: JSONValue)] = [
            ("key", .string(rowKey(row))), ("label", .string(row.label)), ("label_en", .string(english)),
            ("total_schools", figureJSON(row[.denominator])),
        ]
        for p in programmes {
            var fields: [(key: String, value: JSONValue)] = [("schools", figureJSON(row[.count(p)]))]
            if p == .cs || p == .hq {
                fields.append(("rate_pct", figureJSON(row[.rate(p)])))
                fields.append(("increase", figureJSON(row[.increase(p)])))
                fields.append(("previous", row.previousCount(p).map(JSONValue.integer) ?? .null))
            }
            object.append((p.rawValue, .object(fields)))
        }
        return .object(object)
    }

    /// A row's ASCII key: `kindergarten`, `13` (a prefecture code), `13/elementary`, `total`.
    static func rowKey(_ row: SurveyRow) -> String {
        switch row.key {
        case .schoolType(let t): t.identifier
        case .prefecture(let p): p.codeString
        case .prefectureSchoolType(let p, let t): "\(p.codeString)/\(t.identifier)"
        case .total: "total"
        }
    }

    /// A figure as JSON: a number, `{"missing": kind}`, or null when unpublished.
    static func figureJSON(_ figure: Figure) -> JSONValue {
        switch figure {
        case .value(let d): d.scale == 0 ? .integer(d.units) : .number(d.description)
        case .missing(let p): p.jsonValue
        case .unpublished: .null
        }
    }
}
