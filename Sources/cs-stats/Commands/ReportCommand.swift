import CSStats

/// `cs-stats report`: the ministry's reference page regenerated as one HTML file.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Write the ministry's reference page, regenerated from data, as one HTML file.",
        discussion: """
            Regenerates コミュニティ・スクールに関する参考資料 from tables: the headline figures \
            (R3: 46都道府県内 11,856校, 33.3%; 1,041自治体, 57.4%: 32道府県, 998市区町村, 11学校組合; \
            19,471校, 54.7%), the table by school type of both programmes, charts by school type, \
            overlap and similar mechanisms, the series as a chart and a table, the maps by prefecture \
            when a table by prefecture is given, notes and sources. The page's table is the latest \
            table by school type given, else the built-in 令和3年度 table; the series is a file of \
            years, else tables of several years, else Data/cs_series.csv (built in). Figures no \
            table holds (establishers, the number of prefectures) come from Data/ and are shown \
            only beside the national table of their year; a figure not known shows as …, never \
            as 0. One self-contained file: lang="ja" (or en), no script, nothing fetched, real \
            tables, print styles.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "Survey tables (CSV/TSV): by school type, by prefecture, or years; none for the built-in data.", isOptional: true, isVariadic: true)],
        options: [output, CommonOptions.lang.spec] + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats report -o r3.html", "The R3 reference page from the built-in data and series."),
            ("cs-stats report prefectures.csv -o r3.html", "The same with maps of a table by prefecture."),
            ("cs-stats report Data/cs_r5_2023.csv Data/cs_series.csv --lang en -o r5.html", "R5's page in English."),
        ]
    )

    static let output = OptionSpec(
        names: ["-o", "--output"], valueName: "FILE",
        help: "Write the page to FILE (written whole to a temporary file, then renamed) instead of standard output.")

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        // No file: the built-in data, chosen by the page itself.
        let tables = arguments.positionals.isEmpty ? [] : try InputLoader.surveyTables(arguments.positionals, arguments, console: console)
        InputLoader.reportUnknownColumns(tables, console: console)
        let page: ReferencePage
        do {
            page = try ReferencePage(tables: tables, language: arguments.value(CommonOptions.lang))
        } catch {
            throw CommandError(message: error.message, exitCode: error.isUsage ? ExitCode.usage : ExitCode.dataError)
        }
        try OutputTarget(arguments, console: console).emit(page.html(), console: console)
        return ExitCode.success
    }
}
