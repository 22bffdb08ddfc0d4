import CSStats

/// `cs-stats denominators`: the 母数 each row's printed rates allow, and whether they add up.
enum DenominatorsCommand: Command {
    static let spec = CommandSpec(
        name: "denominators",
        abstract: "Bound each row's 母数 from its printed counts and rounded rates.",
        discussion: """
            A rate printed to one decimal pins its denominator to a range: 276 schools at 9.8% \
            means 2,803…2,830 schools. For each row this prints the range from the CS pair, from \
            the HQ pair and their intersection (CS and HQ share one 母数), then the rows' \
            intersections added up against the 合計 row's: consistent when they overlap. Without \
            FILE, the built-in R3 table is used.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The table to read; the built-in R3 table when omitted.", isOptional: true)],
        options: CommonOptions.outputOptionsWithoutLanguage + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats denominators", "Bound R3's 母数 by school type."),
            ("cs-stats denominators Data/cs_r2_2020.csv --format json", "The same for R2, as JSON."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let tables = try InputLoader.surveyTables(arguments.positionals, arguments, console: console)
        let target = OutputTarget(arguments, console: console)
        let reports = tables.map(DenominatorReport.init)
        try target.emit(
            json: { json(reports, tables: tables) },
            tables: { f in reports.map { f.forDisplay ? textTable($0) : machineTable($0) } }, console: console)
        return ExitCode.success
    }

    static func check(_ report: DenominatorReport) -> String {
        report.isConsistent.map { $0 ? "consistent" : "inconsistent" } ?? ""
    }

    /// CSV and TSV: each range as two plain numbers (lower, upper; upper empty when unbounded),
    /// so a spreadsheet reads them as numbers.
    static func machineTable(_ report: DenominatorReport) -> TextTable {
        func ends(_ estimate: DenominatorReport.Estimate) -> [String] {
            guard let b = estimate.bounds else { return ["", ""] }
            return [String(b.lower), b.upper.map(String.init) ?? ""]
        }
        func cells(_ line: DenominatorReport.Line, check: String) -> [String] {
            [line.label, line.printed.map(String.init) ?? ""] + ends(line.cs) + ends(line.hq) + ends(line.common) + [check]
        }
        var rows = report.rows.map { line in cells(line, check: line.common == .contradictory ? "inconsistent" : "") }
        if let total = report.total { rows.append(cells(total, check: "")) }
        rows.append(["rows added up", "", "", "", "", ""] + ends(report.rowsSum) + [check(report)])
        let titles = ["row", "total_schools", "cs_lower", "cs_upper", "hq_lower", "hq_upper", "common_lower", "common_upper", "check"]
        return TextTable(columns: titles.map { TextTable.Column(title: $0) }, rows: rows)
    }

    static func textTable(_ report: DenominatorReport) -> TextTable {
        func cells(_ line: DenominatorReport.Line, check: String) -> [String] {
            [line.label, line.printed?.groupedDecimal ?? "", "\(line.cs)", "\(line.hq)", "\(line.common)", check]
        }
        var rows = report.rows.map { line in
            cells(line, check: line.common == .contradictory ? "inconsistent" : "")
        }
        if let total = report.total { rows.append(cells(total, check: "")) }
        rows.append(["rows added up", "", "", "", "\(report.rowsSum)", check(report)])
        return TextTable(columns: [
            .init(title: "row"), .init(title: "母数", alignment: .right),
            .init(title: "CS", alignment: .right), .init(title: "HQ", alignment: .right),
            .init(title: "common", alignment: .right), .init(title: "check"),
        ], rows: rows)
    }

    /// Every table's report as one object: `file`, `built_in`, then `tables`, one entry per
    /// table (oldest first), even for one table.
    static func json(_ reports: [DenominatorReport], tables: [SurveyTable]) -> JSONValue {
        .object(SurveyFormatting.jsonFileMembers(tables.first?.file) + [
            ("tables", .array(zip(reports, tables).map { json($0, table: $1) })),
        ])
    }

    static func json(_ report: DenominatorReport, table: SurveyTable) -> JSONValue {
        func estimate(_ e: DenominatorReport.Estimate) -> JSONValue {
            switch e {
            case .unknown: .null
            case .contradictory: .string("contradictory")
            case .range(let b): .object([("lower", .integer(b.lower)), ("upper", b.upper.map(JSONValue.integer) ?? .null)])
            }
        }
        func line(_ l: DenominatorReport.Line, _ key: SurveyRow.Key) -> JSONValue {
            .object(SurveyFormatting.jsonRowMembers(key, published: l.label) + [
                ("denominator", l.printed.map(JSONValue.integer) ?? .null),
                ("cs", estimate(l.cs)), ("hq", estimate(l.hq)), ("common", estimate(l.common)),
            ])
        }
        // The report's lines are the table's rows in file order, then its 合計 row.
        let rows = zip(report.rows, table.rows).map { line($0, $1.key) }
        return .object(SurveyFormatting.jsonYearMembers(table.year) + [
            ("reference_date", table.referenceDate.map(JSONValue.string) ?? .null),
            ("rows", .array(rows)),
            ("total", report.total.map { line($0, .total) } ?? .null),
            ("rows_added_up", estimate(report.rowsSum)),
            ("consistent", report.isConsistent.map(JSONValue.bool) ?? .null),
        ])
    }
}
