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
        options: [CommonOptions.measure.spec] + CommonOptions.outputOptions + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats growth Data/cs_r3_2021.csv", "R3 growth from the printed increases."),
            ("cs-stats growth Data/cs_r3_2021.csv Data/cs_r2_2020.csv", "R2 → R3 by differencing, checking the printed increases."),
            ("cs-stats growth Data/cs_r5_2023.csv Data/cs_r3_2021.csv --format csv", "R3 → R5 as CSV."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let paths = arguments.positionals
        let measure = arguments.value(CommonOptions.measure)
        // Read once. A file of several years (school-level records, or a published file with a
        // year column) gives the chosen (or latest) year against the year before, from itself.
        let loaded = try InputLoader.surveyTables(Array(paths.prefix(1)), arguments.without("year"), console: console)
        InputLoader.reportUnknownColumns(loaded, console: console)
        let requested = try CommonOptions.surveyYear(arguments)
        let candidates = requested.map { y in loaded.filter { $0.year == y } } ?? loaded
        guard let current = candidates.max(by: { ($0.year?.gregorian ?? 0) < ($1.year?.gregorian ?? 0) }) else {
            throw CommandError(message: "no table for \(requested?.japaneseLabel ?? "any year") in \(paths.first ?? "the input")")
        }
        if paths.count == 1, loaded.count > 1 {
            guard let year = current.year, let previous = loaded.first(where: { $0.year?.gregorian == year.gregorian - 1 }) else {
                throw CommandError(message: "\(paths[0]) has no year before \(current.year?.japaneseLabel ?? "the chosen one") to compare with")
            }
            return try emit(GrowthTable(current: current, previous: previous, programme: measure),
                            current: current, previous: previous, arguments, console: console)
        }
        if paths.count > 1 {
            if requested == nil, loaded.count > 1, let year = current.year {
                console.err("note: \(paths[0]) holds \(loaded.count) survey years; comparing the latest, \(year.japaneseLabel) (choose another with --year)\n")
            }
            // PREVIOUS: the year before CURRENT's when it holds several (--year chose CURRENT's).
            let previousTables = try InputLoader.surveyTables([paths[1]], arguments.without("year"), console: console)
            // (The year before 昭和元年度 is no survey year: it is said as "earlier year".)
            let wanted = current.year.map { $0.gregorian - 1 }
            guard let previous = previousTables.count == 1 ? previousTables.first
                    : previousTables.first(where: { $0.year?.gregorian == wanted }) else {
                let found = previousTables.compactMap { $0.year?.japaneseLabel }.joined(separator: ", ")
                throw CommandError(message: "\(paths[1]) holds no \(wanted.flatMap { $0 >= SurveyYear.Era.showa.firstYear ? SurveyYear(gregorian: $0).japaneseLabel : nil } ?? "earlier year") to compare with (found: \(found))")
            }
            if let c = current.year, let p = previous.year, p >= c {
                throw CommandError(message: "PREVIOUS (\(p.japaneseLabel)) is not earlier than CURRENT (\(c.japaneseLabel))", exitCode: ExitCode.usage)
            }
            if previous.dimension != current.dimension {
                throw CommandError(message: "CURRENT has rows by \(current.dimension.rawValue) but PREVIOUS by \(previous.dimension.rawValue)")
            }
            return try emit(GrowthTable(current: current, previous: previous, programme: measure),
                            current: current, previous: previous, arguments, console: console)
        }
        // One table: its printed increases give last year. Counts from records print none, and a
        // table without increases would give a growth table of … only: say why instead.
        guard !current.fromRecords, current.columns.contains(where: { if case .increase = $0 { return true }; return false })
                || current.columns.contains(where: { if case .previous = $0 { return true }; return false }) else {
            throw CommandError(message: "\(paths.first ?? "the input") holds one survey year (\(current.year?.japaneseLabel ?? "year not stated")) and no increase column: growth needs last year's counts, from the same file or as PREVIOUS (cs-stats growth CURRENT PREVIOUS)")
        }
        return try emit(GrowthTable(current: current, programme: measure), current: current, previous: nil, arguments, console: console)
    }

    private static func emit(
        _ result: GrowthTable, current: SurveyTable, previous: SurveyTable?, _ arguments: ParsedArguments, console: Console
    ) throws -> Int32 {
        for warning in result.disagreementWarnings(file: current.file) { console.err(warning + "\n") }
        if let note = result.scopeWarning { console.err(note + "\n") }
        let target = OutputTarget(arguments, console: console)
        try target.emit(json: { result.json(current: current, previous: previous) }, tables: { [result.textTable($0)] }, console: console)
        return ExitCode.success
    }
}
