import CSStats

/// `cs-stats table`: the published table of one measure by school type or prefecture.
enum TableCommand: Command {
    static let spec = CommandSpec(
        name: "table",
        abstract: "Print the published table of one measure by school type or prefecture.",
        discussion: """
            For each row: the count, the rate (as printed where the table prints one, else \
            exact from the 母数, one decimal rounded half up), the increase over the previous year and the \
            previous year's count (count − increase). Rows come in the published order, 合計 last. \
            A prefecture table adds the rank by rate (equal rates share a rank) and the class on \
            the ministry's maps (80%以上, 50%以上, 20%以上, 20%未満, 設置なし). A figure that is \
            not published prints as …, never as 0. No FILE: the built-in 令和3年度 table.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The survey table to read; none for the built-in R3 table.", isOptional: true)],
        options: [
            OptionSpec(names: ["--by"], valueName: "dimension", allowedValues: ["school-type", "prefecture"],
                       help: "The rows the table must have; an error if the file's rows are of another kind."),
            OptionSpec(names: ["--measure"], valueName: "measure", allowedValues: ["cs", "hq", "both", "similar"], defaultValue: "cs",
                       help: "CS, HQ, schools with both, or similar mechanisms."),
            OptionSpec(names: ["--sort"], valueName: "order", allowedValues: MeasureTable.Order.allCases.map(\.rawValue), defaultValue: "code",
                       help: "Published order, or highest rate or count first; 合計 stays last."),
        ] + CommonOptions.outputOptions + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats table", "The built-in R3 CS table by school type."),
            ("cs-stats table Data/cs_r3_2021.csv --measure hq", "The HQ table of a file."),
            ("cs-stats table prefectures.csv --by prefecture --sort rate", "Prefectures, highest rate first, with rank and map class."),
            ("cs-stats table --format json --lang en", "The R3 table as JSON."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let table = try SurveyInput.single(arguments.positionals, arguments, console: console, command: "table")
        if let by = arguments.value("by"), by != table.dimension.rawValue {
            throw CommandError(
                message: "\(table.file ?? "the built-in table") has rows by \(table.dimension.rawValue); --by \(by) needs a table by \(by)",
                exitCode: ExitCode.dataError)
        }
        let measure = Programme(rawValue: arguments.value("measure") ?? "cs") ?? .cs
        let order = MeasureTable.Order(rawValue: arguments.value("sort") ?? "code") ?? .code
        let result = MeasureTable(table, programme: measure, order: order)
        let target = OutputTarget(arguments, console: console)
        try target.emit(json: { result.json(source: table) }, tables: { [result.textTable($0)] }, console: console)
        return ExitCode.success
    }
}
