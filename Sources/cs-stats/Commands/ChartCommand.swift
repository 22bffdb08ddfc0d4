import CSStats

/// `cs-stats chart`: a table's rates or counts as bars, or a series of years.
enum ChartCommand: Command {
    static let spec = CommandSpec(
        name: "chart",
        abstract: "Draw rates or counts as bars in the terminal, or as an SVG chart.",
        discussion: """
            Draws one bar per school type, prefecture or survey year: a measure's rates (a full bar \
            is 100%) or, with --counts, its counts (a full bar is the largest count), in block \
            elements at an eighth of a cell, with labels aligned by display width (a kanji is two \
            columns) and the figure at each bar's end, fitted to COLUMNS (else 80 columns), without \
            colour. Several files, or a file of several years (Data/cs_series.csv), draw a bar per \
            year from each year's 合計; a year with no table keeps its row, and HQ and both totals \
            before 令和3年度 (小学校・中学校・義務教育学校 only) are marked *. A figure that is not \
            known has no bar and prints as …, never as 0. No FILE: the built-in 令和3年度 table.
            With --format svg (or -o FILE.svg): bars of CS and HQ side by side (or of the --measure \
            given), or for years a line chart of counts and rates, with years that have no figures \
            left open, never drawn through, and the change of scope of HQ totals at 令和3年度 marked.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "Survey tables (CSV/TSV); none for the built-in R3 table.", isOptional: true, isVariadic: true)],
        options: [
            rows.spec, measure.spec,
            OptionSpec(names: ["--counts"], help: "Draw counts of schools instead of rates."),
            format.spec, output, CommonOptions.lang.spec, CommonOptions.pictureTitle, CommonOptions.pictureSource,
        ] + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats chart", "The built-in R3 CS rates by school type, as bars."),
            ("cs-stats chart Data/cs_r3_2021.csv --measure hq --counts", "HQ counts by school type."),
            ("cs-stats chart Data/cs_series.csv --counts", "CS schools year by year, 2005–2024."),
            ("cs-stats chart -o r3.svg", "CS and HQ rates by school type as an SVG bar chart."),
            ("cs-stats chart Data/cs_series.csv -o series.svg", "The series as an SVG line chart."),
        ]
    )

    static let rows = EnumeratedOption<BarChart.Rows?>(
        names: ["--by"], valueName: "rows", choices: BarChart.Rows.allCases.map { ($0.rawValue, $0) }, default: nil,
        help: "One bar per school type, prefecture or survey year; default: years for several tables or a file of years, else the table's rows.")
    static let measure = EnumeratedOption<Programme?>(
        names: ["--measure"], valueName: "measure", choices: Programme.allCases.map { ($0.rawValue, $0) }, default: nil,
        help: "The measure drawn; default: CS in the terminal, CS and HQ side by side in SVG bars, every measure in a series' lines.")
    static let format = EnumeratedOption<OutputFormat>(
        names: ["-f", "--format"], valueName: "format", choices: [("text", .table), ("svg", .svg)], default: .table,
        help: "Bars of text for a terminal, or an SVG picture.")

    static let output = OptionSpec(
        names: ["-o", "--output"], valueName: "FILE",
        help: "Write to FILE instead of standard output (written whole to a temporary file, then renamed); without --format, FILE.svg means SVG.")

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let tables = try InputLoader.surveyTables(arguments.positionals, arguments, console: console)
        InputLoader.reportUnknownColumns(tables, console: console)
        let target = OutputTarget(arguments, console: console, formatOption: format)
        try CommonOptions.requirePicture(arguments, format: target.format)
        let request = Picture.Request(
            rows: arguments.value(rows), programme: arguments.value(measure), quantity: arguments.flag("counts") ? .count : .rate,
            title: arguments.value("title"), source: arguments.value("source"), formatting: target.formatting)
        do {
            if target.format == .svg {
                try target.emit(Picture.chart(tables, request).renderSVG(idPrefix: "chart"), console: console)
            } else {
                try target.emit(Picture.bars(tables, request).renderTerminal(width: CommonOptions.terminalWidth(console)), console: console)
            }
        } catch let problem as Picture.Problem {
            throw CommandError(message: problem.message, exitCode: problem.isUsage ? ExitCode.usage : ExitCode.dataError)
        }
        return ExitCode.success
    }
}
