import CSStats

/// `cs-stats growth`: year-over-year change by row.
enum GrowthCommand: Command {
    static let spec = CommandSpec(
        name: "growth",
        abstract: "Print the change over the previous year by row: increase, growth and point change.",
        discussion: """
            With one file the previous year's counts are count − the printed increase (増加校数). \
            With two, the counts are differenced, the rates compared in percentage points \
            (ポイント増), and each printed increase that disagrees with the difference is reported \
            on standard error. HQ and both totals covered 小学校・中学校・義務教育学校 only before \
            令和3年度, so across 令和3年度 their 合計 row is marked not comparable, not differenced.
            """,
        arguments: [
            ArgumentSpec(name: "CURRENT", help: "This year's survey table."),
            ArgumentSpec(name: "PREVIOUS", help: "An earlier year's survey table, to difference with.", isOptional: true),
        ],
        options: [
            OptionSpec(names: ["--measure"], valueName: "measure", allowedValues: ["cs", "hq", "both", "similar"], defaultValue: "cs",
                       help: "CS, HQ, schools with both, or similar mechanisms."),
        ] + CommonOptions.outputOptions + CommonOptions.inputOptions,
        examples: [
            ("cs-stats growth Data/cs_r3_2021.csv", "R3 growth from the printed increases."),
            ("cs-stats growth Data/cs_r3_2021.csv Data/cs_r2_2020.csv", "R2 → R3 by differencing, checking the printed increases."),
            ("cs-stats growth Data/cs_r5_2023.csv Data/cs_r3_2021.csv --format csv", "R3 → R5 as CSV."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let paths = arguments.positionals
        let current = try SurveyInput.single(Array(paths.prefix(1)), arguments, console: console, command: "growth")
        let measure = Programme(rawValue: arguments.value("measure") ?? "cs") ?? .cs
        let result: GrowthTable
        if paths.count > 1 {
            let previous = try SurveyInput.single([paths[1]], arguments, console: console, command: "growth")
            if let c = current.year, let p = previous.year, p >= c {
                throw CommandError(message: "PREVIOUS (\(p.japaneseLabel)) is not earlier than CURRENT (\(c.japaneseLabel))", exitCode: ExitCode.usage)
            }
            if previous.dimension != current.dimension {
                throw CommandError(message: "CURRENT has rows by \(current.dimension.rawValue) but PREVIOUS by \(previous.dimension.rawValue)")
            }
            result = GrowthTable(current: current, previous: previous, programme: measure)
        } else {
            result = GrowthTable(current: current, programme: measure)
        }
        for warning in result.disagreementWarnings(file: current.file) { console.err(warning + "\n") }
        if let note = result.scopeWarning { console.err(note + "\n") }
        let target = OutputTarget(arguments, console: console)
        if target.format == "json" {
            try target.emit(result.json().serialized() + "\n", console: console)
        } else {
            let formatting = SurveyFormatting(format: target.format, language: target.language)
            try target.emit(target.render(result.textTable(formatting)), console: console)
        }
        return ExitCode.success
    }
}
