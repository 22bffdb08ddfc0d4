import CSStats

/// `cs-stats summary`: the published school-type table and its aggregates, or a series.
enum SummaryCommand: Command {
    static let spec = CommandSpec(
        name: "summary",
        abstract: "Print the survey's school-type table and aggregates, or a year-by-year series.",
        discussion: """
            With no file, summarises the built-in R3 (令和3年度) table. With one file, prints its \
            table as published (count, rate, increase and the previous-year count derived from \
            them), then the totals, overlap of both programmes, similar mechanisms and, for R3, the \
            establishers with CS (in CSV and TSV the tables follow one another, a blank line apart). \
            With files of several years, prints the series with increases, \
            growth, point changes and a note where a measure's scope changed.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "Survey tables (CSV/TSV); none for the built-in R3 data.", isOptional: true, isVariadic: true)],
        options: CommonOptions.outputOptions + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats summary", "Summarise the built-in R3 table."),
            ("cs-stats summary Data/cs_r2_2020.csv Data/cs_r3_2021.csv Data/cs_r5_2023.csv", "A series over R2, R3 and R5."),
            ("cs-stats summary --lang en --format markdown", "The R3 summary as a Markdown table with English headers and labels."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let tables = try InputLoader.surveyTables(arguments.positionals, arguments, console: console)
        InputLoader.reportUnknownColumns(tables, console: console)
        let target = OutputTarget(arguments, console: console)
        let formatting = target.formatting
        let report: SummaryReport
        let years = Set(tables.map { $0.year?.gregorian })
        if tables.count == 1 {
            report = SummaryReport(table: tables[0], municipalities: MunicipalityCounts.builtIn(for: tables[0]), formatting: formatting)
        } else if years.count == tables.count {
            if let problem = SummaryReport.seriesProblem(tables) { throw CommandError(message: problem) }
            report = SummaryReport(series: tables, formatting: formatting)
        } else {
            throw CommandError(message: "a series needs one table per survey year; found \(tables.count) tables for \(years.count) years")
        }
        try target.emit(json: { report.json }, tables: { _ in report.tables }, console: console)
        return ExitCode.success
    }
}
